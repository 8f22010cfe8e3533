// The language of the screens: the signed-in clinician's choice, else the clinic's, else the
// one last used on this computer (the lock and sign-in screens come before the record is open).
// Switching remounts the app under a new key so every date, number and label follows at once.
// Each language's messages are fetched the first time it is shown (./message-store.ts).
import { Fragment, useSyncExternalStore, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n } from 'i18next';
import {
  createI18n,
  loadMessages,
  messagesIn,
  namespaces,
  type Translate,
  type UiLanguage,
} from '../../../shared/i18n';
import { setFormatLanguage } from './format';
import { storedLanguage, storeLanguage } from './stored-language';

let current: UiLanguage = storedLanguage();
/** The language last asked for; it differs from `current` while its messages are on the way. */
let requested: UiLanguage = current;
setFormatLanguage(current);
const instances = new Map<UiLanguage, i18n>();
const listeners = new Set<() => void>();

function instanceFor(language: UiLanguage): i18n {
  let instance = instances.get(language);
  if (!instance) {
    instance = createI18n(language);
    instances.set(language, instance);
  }
  return instance;
}

function notify(): void {
  for (const listener of listeners) listener();
}

function show(language: UiLanguage): void {
  current = language;
  setFormatLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  notify();
}

/**
 * Fetches the messages of the language the screens start in (the one last used on this
 * computer); main.tsx renders once they are here, with index.html's skeleton shown meanwhile.
 */
export async function startLanguage(): Promise<void> {
  await loadMessages(current);
  show(current);
}

/**
 * Shows the screens in `language` from now on, and remembers it for the next start. At once
 * when its messages are loaded; otherwise they are fetched first, and the screens keep the
 * language they have until then (useLanguagePending tells).
 */
export function setUiLanguage(language: UiLanguage): Promise<void> {
  requested = language;
  storeLanguage(language);
  if (language === current) {
    notify();
    return Promise.resolve();
  }
  if (messagesIn(language)) {
    show(language);
    return Promise.resolve();
  }
  notify();
  return loadMessages(language).then(
    () => {
      // A later choice wins over one still loading.
      if (requested === language) show(language);
    },
    (error: unknown) => {
      console.error(`The ${language} messages could not be loaded`, error);
      if (requested === language) {
        requested = current;
        notify();
      }
    },
  );
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The language the screens are in. */
export function useUiLanguage(): UiLanguage {
  return useSyncExternalStore(subscribe, () => current);
}

/** True while the screens wait for the messages of a newly chosen language. */
export function useLanguagePending(): boolean {
  return useSyncExternalStore(subscribe, () => requested !== current);
}

/** The translator of the screens; keys are written whole: `t('plans:items.add')`. */
export function useT(): Translate {
  return useTranslation([...namespaces]).t as Translate;
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const language = useUiLanguage();
  return (
    <I18nextProvider i18n={instanceFor(language)}>
      <Fragment key={language}>{children}</Fragment>
    </I18nextProvider>
  );
}
