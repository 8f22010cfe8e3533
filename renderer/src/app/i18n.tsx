// The language of the screens: the signed-in clinician's choice, else the clinic's, else the
// one last used on this computer (the lock and sign-in screens come before the record is open).
// Switching remounts the app under a new key so every date, number and label follows at once.
import 'dayjs/locale/de';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/es';
import 'dayjs/locale/fr';
import 'dayjs/locale/pt';
import { DatesProvider } from '@mantine/dates';
import { Fragment, useSyncExternalStore, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createI18n, isUiLanguage, type Translate, type UiLanguage } from '../../../shared/i18n';
import { namespaces } from '../../../shared/i18n/resources';
import { setFormatLanguage } from './format';

const STORAGE_KEY = 'physioplan.uiLanguage';

function storedLanguage(): UiLanguage {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isUiLanguage(stored) ? stored : 'en';
  } catch {
    return 'en';
  }
}

const dayjsLocales: Readonly<Record<UiLanguage, string>> = {
  en: 'en-gb',
  es: 'es',
  de: 'de',
  fr: 'fr',
  pt: 'pt',
};

let current: UiLanguage = storedLanguage();
const instance = createI18n(current);
const listeners = new Set<() => void>();
setFormatLanguage(current);
if (typeof document !== 'undefined') document.documentElement.lang = current;

/** Shows the screens in `language` from now on, and remembers it for the next start. */
export function setUiLanguage(language: UiLanguage): void {
  if (language === current) return;
  current = language;
  setFormatLanguage(language);
  void instance.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private windows may refuse storage; the language then holds for this session only.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The language the screens are in. */
export function useUiLanguage(): UiLanguage {
  return useSyncExternalStore(subscribe, () => current);
}

/** The translator of the screens; keys are written whole: `t('plans:items.add')`. */
export function useT(): Translate {
  return useTranslation([...namespaces]).t as Translate;
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const language = useUiLanguage();
  return (
    <I18nextProvider i18n={instance}>
      {/* Calendars start on Monday, with the language's month and day names. */}
      <DatesProvider settings={{ locale: dayjsLocales[language], firstDayOfWeek: 1 }}>
        <Fragment key={language}>{children}</Fragment>
      </DatesProvider>
    </I18nextProvider>
  );
}
