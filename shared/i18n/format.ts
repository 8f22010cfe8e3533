// Dates, times and numbers the way each language writes them. English keeps the clinic's
// unambiguous "4 Dec 2026"; the other languages write the day first in figures ("4/12/2026",
// "4.12.2026"), as their clinicians and patients do. Times are 24 h everywhere.
import { intlLocales, type UiLanguage } from './languages';

const dateOptions: Readonly<Record<UiLanguage, Intl.DateTimeFormatOptions>> = {
  en: { day: 'numeric', month: 'short', year: 'numeric' },
  es: { day: 'numeric', month: 'numeric', year: 'numeric' },
  de: { day: 'numeric', month: 'numeric', year: 'numeric' },
  fr: { day: '2-digit', month: '2-digit', year: 'numeric' },
  pt: { day: '2-digit', month: '2-digit', year: 'numeric' },
};

// Making an Intl formatter costs far more than using one (a home programme's diary formats
// dozens of days): each is made once per language and options, and kept.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

function kept<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(
  key: string,
  make: () => T,
): T {
  let format = cache.get(key) as T | undefined;
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

function dateFormat(language: UiLanguage, withTime: boolean): Intl.DateTimeFormat {
  return kept(
    `d:${language}:${withTime}`,
    () =>
      new Intl.DateTimeFormat(intlLocales[language], {
        ...dateOptions[language],
        ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
      }),
  );
}

/** A calendar day ("2026-12-04") or a timestamp as a Date; a calendar day is taken at noon. */
function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  return value.length === 10 ? new Date(`${value}T12:00:00`) : new Date(value);
}

/** "2026-12-04" or an ISO timestamp → "4 Dec 2026" (en), "4/12/2026" (es), "4.12.2026" (de). */
export function formatDate(value: string | Date | null | undefined, language: UiLanguage): string {
  if (value === null || value === undefined || value === '') return '—';
  const date = toDate(value);
  return Number.isNaN(date.getTime()) ? String(value) : dateFormat(language, false).format(date);
}

/** An ISO timestamp → "4 Dec 2026, 14:05" (en), "4/12/2026, 14:05" (es). */
export function formatDateTime(
  value: string | Date | null | undefined,
  language: UiLanguage,
): string {
  if (value === null || value === undefined || value === '') return '—';
  const date = toDate(value);
  return Number.isNaN(date.getTime()) ? String(value) : dateFormat(language, true).format(date);
}

/** A calendar day without its year: "12 Mar" (en), "12/3" (es, fr, pt), "12.3." (de). */
export function formatShortDay(isoDate: string, language: UiLanguage): string {
  const format = kept(
    `s:${language}`,
    () =>
      new Intl.DateTimeFormat(
        intlLocales[language],
        language === 'en'
          ? { day: 'numeric', month: 'short' }
          : { day: 'numeric', month: 'numeric' },
      ),
  );
  return format.format(toDate(isoDate));
}

/** A calendar day's weekday, short and capitalised: "Mon", "Lun", "Mo", "Lun.", "Seg.". */
export function formatWeekday(isoDate: string, language: UiLanguage): string {
  const locale = intlLocales[language];
  const weekday = kept(
    `w:${language}`,
    () => new Intl.DateTimeFormat(locale, { weekday: 'short' }),
  ).format(toDate(isoDate));
  return `${weekday.charAt(0).toLocaleUpperCase(locale)}${weekday.slice(1)}`;
}

export interface NumberStyle {
  /** Decimal places always shown ("1.0 W/cm²"); none unless set. */
  minDecimals?: number;
  /** Decimal places at most; 2 unless set. */
  maxDecimals?: number;
  /** Thousands separators ("1,234"); on unless false (device settings print "2000 pulses"). */
  grouping?: boolean;
}

/** 1234.5 → "1,234.5" (en), "1234,5" (es), "1.234,5" (de), "1 234,5" (fr). */
export function formatNumber(value: number, language: UiLanguage, style: NumberStyle = {}): string {
  const min = style.minDecimals ?? 0;
  const max = Math.max(min, style.maxDecimals ?? 2);
  const grouping = style.grouping ?? true;
  const format = kept(
    `n:${language}:${min}:${max}:${grouping}`,
    () =>
      new Intl.NumberFormat(intlLocales[language], {
        minimumFractionDigits: min,
        maximumFractionDigits: max,
        // Only switched off: each language's own rule ("1234,5" but "12.345" in Spanish) otherwise.
        ...(grouping ? {} : { useGrouping: false }),
      }),
  );
  return format.format(value);
}

/** ["a", "b", "c"] → "a, b and c" (en), "a, b y c" (es), "a, b und c" (de). */
export function formatList(items: readonly string[], language: UiLanguage): string {
  return kept(
    `l:${language}`,
    () => new Intl.ListFormat(intlLocales[language], { style: 'long', type: 'conjunction' }),
  ).format(items);
}
