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

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(language: UiLanguage, withTime: boolean): Intl.DateTimeFormat {
  const key = `d:${language}:${withTime}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocales[language], {
      ...dateOptions[language],
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    });
    cache.set(key, format);
  }
  return format;
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
  const key = `n:${language}:${min}:${max}:${grouping}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(intlLocales[language], {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      // Only switched off: each language's own rule ("1234,5" but "12.345" in Spanish) otherwise.
      ...(grouping ? {} : { useGrouping: false }),
    });
    cache.set(key, format);
  }
  return format.format(value);
}

/** ["a", "b", "c"] → "a, b and c" (en), "a, b y c" (es), "a, b und c" (de). */
export function formatList(items: readonly string[], language: UiLanguage): string {
  return new Intl.ListFormat(intlLocales[language], { style: 'long', type: 'conjunction' }).format(
    items,
  );
}
