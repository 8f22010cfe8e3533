// The renderer's message store: each language's messages are a chunk of their own, fetched the
// first time the screens need that language. The build puts this module in place of
// shared/i18n/message-store.ts (electron.vite.config.ts); component tests keep the Node one.
import type { LanguageMessages, UiLanguage } from '../../../shared/i18n';
import type * as NodeStore from '../../../shared/i18n/message-store';

const chunks: Readonly<Record<UiLanguage, () => Promise<{ messages: LanguageMessages }>>> = {
  en: () => import('../../../shared/i18n/messages/en'),
  es: () => import('../../../shared/i18n/messages/es'),
  de: () => import('../../../shared/i18n/messages/de'),
  fr: () => import('../../../shared/i18n/messages/fr'),
  pt: () => import('../../../shared/i18n/messages/pt'),
};

const loaded = new Map<UiLanguage, LanguageMessages>();

/** The messages of `language`, or undefined while they are not loaded. */
export function messagesIn(language: UiLanguage): LanguageMessages | undefined {
  return loaded.get(language);
}

/** Fetches the messages of `language` once; later calls resolve at once. */
export async function loadMessages(language: UiLanguage): Promise<void> {
  if (loaded.has(language)) return;
  const { messages } = await chunks[language]();
  loaded.set(language, messages);
}

/** Checked by the typecheck: this module answers the same calls as the Node store it replaces. */
export const asNodeStore: typeof NodeStore = { messagesIn, loadMessages };
