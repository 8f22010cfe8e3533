// Short day labels in the screens' language, for chart axes and the home grid's columns:
// "12 Mar" / "12. März" / "12 mar", and the weekday names "Mon" / "Mo" / "lun".
import { formatDate, intlLocales, type UiLanguage } from '../../../../shared/i18n';
import { addDays, readableDate, shortDate, weekdayLabels } from '../../../../shared/visits/dates';

const cache = new Map<string, Intl.DateTimeFormat>();

function format(language: UiLanguage, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}:${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (!found) {
    // Calendar days are taken at noon UTC and written in UTC, so no time zone moves them.
    found = new Intl.DateTimeFormat(intlLocales[language], { ...options, timeZone: 'UTC' });
    cache.set(key, found);
  }
  return found;
}

function noonUtc(isoDate: string): Date {
  return new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
}

// English keeps the clinic's own abbreviations ("Sep", not Intl's "Sept"), as printed on the
// home grid the patient filled in.

/** "2026-03-12" → "12 Mar" (en), "12. März" (de), "12 mar" (es). */
export function shortDay(isoDate: string, language: UiLanguage): string {
  if (language === 'en') return shortDate(isoDate);
  return format(language, { day: 'numeric', month: 'short' }).format(noonUtc(isoDate));
}

/** The seven weekday names from a week's first day: "Mon" … "Sun", "Mo" … "So". */
export function weekdayNames(weekStart: string, language: UiLanguage): string[] {
  if (language === 'en') return weekdayLabels(weekStart);
  const weekday = format(language, { weekday: 'short' });
  return Array.from({ length: 7 }, (_, i) => weekday.format(noonUtc(addDays(weekStart, i))));
}

/** "2026-03-12" → "12 Mar 2026" (en), "12.3.2026" (de), as the rest of the screens write it. */
export function dayText(isoDate: string, language: UiLanguage): string {
  return language === 'en' ? readableDate(isoDate) : formatDate(isoDate, language);
}
