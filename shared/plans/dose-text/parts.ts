// The pieces a dose line is built from, and the number, time and side words every kind uses.
import type { Side } from '../../domain/parameters';

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

/** Trims float noise (0.30000000000000004) without forcing decimals. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/** At least one decimal: 1 → "1.0", 1.25 → "1.25" (how device settings are written). */
export function formatOneDecimal(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  return Number.isInteger(rounded * 10) ? rounded.toFixed(1) : String(rounded);
}

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
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** 1 → "once a day", 2 → "twice a day", 3 → "3 times a day". */
export function timesPerDayText(times: number): string {
  if (times === 1) return 'once a day';
  if (times === 2) return 'twice a day';
  return `${times} times a day`;
}

/** 7 → "every day", 1 → "once a week", 3 → "3 days a week". */
export function daysPerWeekText(days: number): string {
  if (days === 7) return 'every day';
  if (days === 1) return 'once a week';
  return `${days} days a week`;
}

/** The body part a side refers to depends on what is applied: a leg exercise, a shoe insert. */
export function sideText(side: Side, body: 'leg' | 'foot' | 'side'): string {
  switch (side) {
    case 'left':
      return `left ${body}`;
    case 'right':
      return `right ${body}`;
    case 'both':
      return body === 'foot' ? 'both feet' : body === 'leg' ? 'both legs' : 'both sides';
    case 'affected':
      return body === 'side' ? 'your sore side' : `your sore ${body}`;
    default: {
      const unreachable: never = side;
      return unreachable;
    }
  }
}
