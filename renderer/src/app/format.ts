// Dates and numbers the way a clinician writes them in the screens' language: 22 Nov 2026 and
// 14:05 in English, 22/11/2026 in Spanish (shared/i18n/format.ts holds the rules).
import {
  formatDate as formatDateIn,
  formatDateTime as formatDateTimeIn,
  formatNumber as formatNumberIn,
  type NumberStyle,
  type UiLanguage,
} from '../../../shared/i18n';

let language: UiLanguage = 'en';

/** Set by the language provider when the screens change language. */
export function setFormatLanguage(next: UiLanguage): void {
  language = next;
}

/** "2026-11-22" or an ISO timestamp → "22 Nov 2026" (English). */
export function formatDate(value: string | null | undefined): string {
  return formatDateIn(value, language);
}

export function formatDateTime(value: string | null | undefined): string {
  return formatDateTimeIn(value, language);
}

/** 1234.5 → "1,234.5" in English, "1.234,5" in German. */
export function formatNumber(value: number, style?: NumberStyle): string {
  return formatNumberIn(value, language, style);
}

/** 1468006 → "1.4 MB" in English, "1,4 MB" in German. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, { maxDecimals: 0 })} kB`;
  return `${formatNumber(bytes / (1024 * 1024), { minDecimals: 1, maxDecimals: 1 })} MB`;
}

/** The computer's calendar day as "2026-11-22" (the clinic's today, not UTC's). */
export function localIsoDate(at: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
