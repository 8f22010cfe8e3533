// Calendar dates as the clinic means them (YYYY-MM-DD, no time zone) and their display.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Year, month and day of an ISO date (or of the date part of an ISO timestamp). */
function parts(isoDate: string): [number, number, number] {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return [year ?? 1970, month ?? 1, day ?? 1];
}

/** The calendar date `days` after an ISO date. */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = parts(isoDate);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** "12 Mar 2026". */
export function readableDate(isoDate: string): string {
  const [year, month, day] = parts(isoDate);
  return `${day} ${MONTHS[month - 1] ?? ''} ${year}`;
}

/** "12 Mar", for chart axes. */
export function shortDate(isoDate: string): string {
  const [, month, day] = parts(isoDate);
  return `${day} ${MONTHS[month - 1] ?? ''}`;
}

/** Mon … Sun labels for the seven days from a week start. */
export function weekdayLabels(weekStart: string): string[] {
  const names = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const [year, month, day] = parts(weekStart);
  const first = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return Array.from({ length: 7 }, (_, i) => names[(first + i) % 7] ?? '');
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}
