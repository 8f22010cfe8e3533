// What a clinician types into a number field, read as they mean it: "1.8", or "1,8" where the
// locale writes a decimal comma, and half-typed numbers ("2.", "-") kept while they type.

/** The decimal separator of a locale ("." in en-GB, "," in de-DE). */
export function decimalSeparator(locale?: string): string {
  const parts = new Intl.NumberFormat(locale).formatToParts(1.5);
  return parts.find((part) => part.type === 'decimal')?.value ?? '.';
}

export interface NumberRules {
  label: string;
  unit?: string | undefined;
  min?: number | undefined;
  max?: number | undefined;
  /** Decimal places allowed; 0 is whole numbers only. */
  decimals: number;
}

export type ReadNumber =
  /** Nothing typed. */
  | { state: 'empty' }
  /** Half-typed ("-", "2.", ","): no number yet and nothing wrong yet. */
  | { state: 'partial' }
  | { state: 'number'; value: number; problem?: string }
  | { state: 'invalid'; problem: string };

const withUnit = (n: number, unit: string | undefined) => (unit ? `${n} ${unit}` : String(n));

/** A number's range and precision problem in the clinician's words, or undefined. */
export function numberProblem(value: number, rules: NumberRules): string | undefined {
  const { label, unit, min, max, decimals } = rules;
  if (min !== undefined && min >= 0 && value < 0) return `${label} can't be negative.`;
  if (decimals === 0 && !Number.isInteger(value)) return `${label} must be a whole number.`;
  if (min !== undefined && value < min) return `${label} must be at least ${withUnit(min, unit)}.`;
  if (max !== undefined && value > max) return `${label} must be at most ${withUnit(max, unit)}.`;
  return undefined;
}

/**
 * Reads typed text. Both "." and the locale's separator count as the decimal point: clinic
 * numbers are small, never written with thousands separators, and clinicians paste values
 * written either way.
 */
export function readNumber(text: string, rules: NumberRules, locale?: string): ReadNumber {
  const separator = decimalSeparator(locale);
  const trimmed = text.trim().replace(/\s+/g, '');
  if (trimmed === '') return { state: 'empty' };
  const negativeAllowed = rules.min === undefined || rules.min < 0;
  if (trimmed.startsWith('-') && !negativeAllowed) {
    return { state: 'invalid', problem: `${rules.label} can't be negative.` };
  }
  const normalised = trimmed.replaceAll(separator, '.').replaceAll(',', '.');
  if (/^-?\.?$/.test(normalised) || /^-?\d+\.$/.test(normalised)) {
    // "2." is half-typed but already means 2, so the form can use it.
    const value = Number(normalised.slice(0, -1));
    return /\d/.test(normalised) ? { state: 'number', value } : { state: 'partial' };
  }
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(normalised)) {
    const example = rules.decimals > 0 ? `2${separator}5` : '12';
    return {
      state: 'invalid',
      problem: `Write ${rules.label.toLowerCase()} as a number, e.g. ${example}.`,
    };
  }
  const value = Number(normalised);
  const problem = numberProblem(value, rules);
  return problem === undefined ? { state: 'number', value } : { state: 'number', value, problem };
}

/** A stored number as the locale writes it: 1.8 → "1,8" in de-DE. */
export function formatForInput(value: number, locale?: string): string {
  return String(value).replace('.', decimalSeparator(locale));
}
