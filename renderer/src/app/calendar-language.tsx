// Calendars (the date fields' pickers) in the screens' language: its month and day names, weeks
// starting on Monday. Part of the signed-in app, so the lock screens load no calendar code.
import 'dayjs/locale/de';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/es';
import 'dayjs/locale/fr';
import 'dayjs/locale/pt';
import { DatesProvider } from '@mantine/dates';
import type { ReactNode } from 'react';
import type { UiLanguage } from '../../../shared/i18n';
import { useUiLanguage } from './i18n';

const dayjsLocales: Readonly<Record<UiLanguage, string>> = {
  en: 'en-gb',
  es: 'es',
  de: 'de',
  fr: 'fr',
  pt: 'pt',
};

export function CalendarLanguage({ children }: { children: ReactNode }) {
  const language = useUiLanguage();
  return (
    <DatesProvider settings={{ locale: dayjsLocales[language], firstDayOfWeek: 1 }}>
      {children}
    </DatesProvider>
  );
}
