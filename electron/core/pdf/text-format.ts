// Dates and names as printed on documents (English labels; fixed formats, no locale surprises).
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
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

function parts(isoDate: string): { year: number; month: number; day: number } {
  const [year = 1970, month = 1, day = 1] = isoDate.slice(0, 10).split('-').map(Number);
  return { year, month, day };
}

/** "2026-11-22" → "22 November 2026". */
export function longDate(isoDate: string): string {
  const { year, month, day } = parts(isoDate);
  return `${day} ${MONTHS[month - 1] ?? ''} ${year}`;
}

/** "2026-11-22" → "22 Nov 2026". */
export function shortDate(isoDate: string): string {
  const { year, month, day } = parts(isoDate);
  return `${day} ${(MONTHS[month - 1] ?? '').slice(0, 3)} ${year}`;
}

/** A calendar date `days` after an ISO date (calendar arithmetic in UTC, so no DST shifts). */
export function addDays(isoDate: string, days: number): string {
  const { year, month, day } = parts(isoDate);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** "2026-11-23" → { weekday: "Mon", day: "23 Nov" }. */
export function dayLabel(isoDate: string): { weekday: string; day: string } {
  const { year, month, day } = parts(isoDate);
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '';
  return { weekday, day: `${day} ${(MONTHS[month - 1] ?? '').slice(0, 3)}` };
}

/** The local calendar date of an instant, as YYYY-MM-DD (what the clinician calls "today"). */
export function localIsoDate(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

export function fullName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`.trim();
}
