// Dates and names as printed on documents (English labels; fixed formats, no locale surprises).
// Short dates ("22 Nov 2026") and date arithmetic are shared/visits/dates.ts.
import { shortDate, weekdayLabels } from '../../../shared/visits/dates';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function parts(isoDate: string): { year: number; month: number; day: number } {
  const [year = 1970, month = 1, day = 1] = isoDate.slice(0, 10).split('-').map(Number);
  return { year, month, day };
}

/** "2026-11-22" → "22 November 2026". */
export function longDate(isoDate: string): string {
  const { year, month, day } = parts(isoDate);
  return `${day} ${MONTHS[month - 1] ?? ''} ${year}`;
}

/** "2026-11-23" → { weekday: "Mon", day: "23 Nov" }. */
export function dayLabel(isoDate: string): { weekday: string; day: string } {
  return { weekday: weekdayLabels(isoDate)[0] ?? '', day: shortDate(isoDate) };
}

/** The local calendar date of an instant, as YYYY-MM-DD (what the clinician calls "today"). */
export function localIsoDate(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

export function fullName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`.trim();
}
