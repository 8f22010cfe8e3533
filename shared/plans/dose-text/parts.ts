// The pieces a dose line is built from, and the number, time and side words every kind uses.
import type { Words } from '../../domain/parameter-descriptors';

/** One piece of a dose line. `short` is the compact form used in lists and diffs ("3×15"). */
export interface DosePart {
  /** Stable name of the piece, the same across versions (used to match parts in a diff). */
  key: string;
  /** What the piece is, for "no hold → hold 3 s" style diffs. */
  label: string;
  /**
   * How the patient reads it. Empty when the line says nothing about it (body weight is the
   * default load; rest between sets means nothing with one set) while diffs still compare it.
   */
  text: string;
  short: string;
  /** How this part attaches to the one before it. */
  joiner: ', ' | ' ' | ' — ';
}

export const part = (
  key: string,
  label: string,
  text: string,
  options: { short?: string; joiner?: DosePart['joiner'] } = {},
): DosePart => ({
  key,
  label,
  text,
  short: options.short ?? text,
  joiner: options.joiner ?? ', ',
});

export { formatNumber, formatOneDecimal } from '../../domain/parameter-descriptors';
export type { Words } from '../../domain/parameter-descriptors';

/**
 * Free text written to start a sentence ("Heaviest weight you can lift") reads better in the
 * middle of one. Only a plain capitalised first word is lowered, and not when the next word is
 * capitalised too or there is none: "MRI", "Low-dye", "TheraBand" and "Royal London Hospital
 * test" stay as written.
 */
export function midSentence(text: string): string {
  const [first = '', second = ''] = text.split(/\s+/u);
  // A single word may be a name ("Low-dye"); a sentence has a second, lower-case word.
  const plain = /^\p{Lu}[^\p{Lu}]*$/u.test(first) && /^\p{Ll}/u.test(second);
  return plain ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** 30 → "30 s", 120 → "2 min", 90 → "1 min 30 s". */
export function formatSeconds({ t }: Words, seconds: number): string {
  if (seconds < 60) return t('params:units.seconds', { value: seconds });
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0
    ? t('params:units.minutes', { value: minutes })
    : t('params:units.minutesSeconds', { minutes, seconds: rest });
}

/** 1 → "once a day", 2 → "twice a day", 3 → "3 times a day". */
export function timesPerDayText({ t }: Words, times: number): string {
  if (times === 1) return t('dose:timesPerDay.once');
  if (times === 2) return t('dose:timesPerDay.twice');
  return t('dose:timesPerDay.other', { n: times });
}

/** 7 → "every day", 1 → "once a week", 3 → "3 days a week". */
export function daysPerWeekText({ t }: Words, days: number): string {
  if (days === 7) return t('dose:daysPerWeek.every');
  if (days === 1) return t('dose:daysPerWeek.once');
  return t('dose:daysPerWeek.other', { n: days });
}
