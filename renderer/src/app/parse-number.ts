// What a clinician types into a number field, read as they mean it: "1.8", or "1,8" where the
// language writes a decimal comma, and half-typed numbers ("2.", "-") kept while they type.

import { formatNumber, intlLocales, translatorFor, type UiLanguage } from '../../../shared/i18n';

/** The decimal separator of a language ("." in English, "," in German). */
export function decimalSeparator(language: UiLanguage): string {
  const parts = new Intl.NumberFormat(intlLocales[language]).formatToParts(1.5);
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

const withUnit = (n: number, unit: string | undefined, language: UiLanguage) => {
  const number = formatNumber(n, language, { maxDecimals: 3 });
  return unit ? `${number} ${unit}` : number;
};

/** A number's range and precision problem in the clinician's words, or undefined. */
export function numberProblem(
  value: number,
  rules: NumberRules,
  language: UiLanguage,
): string | undefined {
  const { label, unit, min, max, decimals } = rules;
  const t = translatorFor(language);
  if (min !== undefined && min >= 0 && value < 0) return t('app:number.negative', { label });
  if (decimals === 0 && !Number.isInteger(value)) return t('app:number.whole', { label });
  if (min !== undefined && value < min) {
    return t('app:number.atLeast', { label, min: withUnit(min, unit, language) });
  }
  if (max !== undefined && value > max) {
    return t('app:number.atMost', { label, max: withUnit(max, unit, language) });
  }
  return undefined;
}

/**
 * Reads typed text. Both "." and the locale's separator count as the decimal point: clinic
 * numbers are small, never written with thousands separators, and clinicians paste values
 * written either way.
 */
export function readNumber(text: string, rules: NumberRules, language: UiLanguage): ReadNumber {
  const separator = decimalSeparator(language);
  const trimmed = text.trim().replace(/\s+/g, '');
  if (trimmed === '') return { state: 'empty' };
  const negativeAllowed = rules.min === undefined || rules.min < 0;
  if (trimmed.startsWith('-') && !negativeAllowed) {
    return {
      state: 'invalid',
      problem: translatorFor(language)('app:number.negative', { label: rules.label }),
    };
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
      problem: translatorFor(language)('app:number.notANumber', {
        // Mid-sentence a label is lower case, except German nouns, which keep their capital.
        label: language === 'de' ? rules.label : rules.label.toLowerCase(),
        example,
      }),
    };
  }
  const value = Number(normalised);
  const problem = numberProblem(value, rules, language);
  return problem === undefined ? { state: 'number', value } : { state: 'number', value, problem };
}

/** A stored number as the language writes it: 1.8 → "1,8" in German. */
export function formatForInput(value: number, language: UiLanguage): string {
  return String(value).replace('.', decimalSeparator(language));
}
