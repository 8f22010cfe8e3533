// Where translators find each language's messages. In Node (the core, the tests) every language
// is in memory from the start, so loading is already done. The renderer's build puts
// renderer/src/app/message-store.ts in this module's place (electron.vite.config.ts), which
// fetches one language when the screens first need it: the first screen then carries one
// language's messages instead of five.
import type { LanguageMessages } from './message-types';
import type { UiLanguage } from './languages';
import { resources } from './resources';

/** The messages of `language`, or undefined while they are not loaded. */
export function messagesIn(language: UiLanguage): LanguageMessages | undefined {
  return resources[language];
}

/** Makes `messagesIn(language)` answer; resolves at once when it already does. */
export function loadMessages(language: UiLanguage): Promise<void> {
  void language;
  return Promise.resolve();
}
