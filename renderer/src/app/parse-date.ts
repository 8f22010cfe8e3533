// What a clinician types into a date field, read the way they mean it: day before month
// ("2/4/1988" is 2 April), month names or their first three letters, or an ISO date.
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}`;
}

function monthFromName(name: string): number | null {
  const lower = name.toLowerCase();
  if (lower.length < 3) return null;
  const index = MONTHS.findIndex((month) => month.startsWith(lower));
  return index === -1 ? null : index + 1;
}

/** "22 Nov 2026", "22 november 2026", "22/11/2026", "22.11.2026", "2026-11-22" → "2026-11-22". */
export function parseClinicDate(text: string): string | null {
  const value = text.trim().replace(/,/g, ' ').replace(/\s+/g, ' ');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = /^(\d{1,2})\s?[/.\-\s]\s?(\d{1,2})\s?[/.\-\s]\s?(\d{4})$/.exec(value);
  if (numeric) return isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const named = /^(\d{1,2})(?:st|nd|rd|th)?[\s\-/]?([a-z]+)\.?[\s\-/]?(\d{4})$/i.exec(value);
  if (named) {
    const month = monthFromName(named[2] ?? '');
    return month === null ? null : isoDate(Number(named[3]), month, Number(named[1]));
  }
  return null;
}
