// Shared shapes for outcome measures: item answers, score results and the MCID rule.
// Scoring follows the rules in CLINICAL.md exactly; results never round (display does).
import { z } from 'zod';
import type { UiLanguage } from '../i18n/languages';

export const outcomeMeasureKeys = [
  'nprs',
  'faam-adl',
  'faam-sports',
  'lefs',
  'ffi',
  'visa-a',
] as const;
export type OutcomeMeasureKey = (typeof outcomeMeasureKeys)[number];
export const outcomeMeasureKeySchema = z.enum(outcomeMeasureKeys);

/** Which way is better: FAAM, LEFS and VISA-A rise as the patient improves; NPRS and FFI fall. */
export type ScoreDirection = 'higher_is_better' | 'lower_is_better';

/**
 * Minimal clinically important difference: an improvement of at least `points` in the
 * measure's own units. Where a figure comes from is shown to the clinician beside the badge.
 */
export interface Mcid {
  readonly points: number;
  /** Short citation shown beside the badge, e.g. "Martin et al. 2005". */
  readonly source: string;
  /** The full reference. */
  readonly reference: string;
  /**
   * Set where the figure or rule is our reading of the literature rather than CLINICAL.md's
   * table, so the clinic knows to review it.
   */
  readonly review?: string;
}

/** One item as the app names it: a short label in our own words, never the form's wording. */
export interface MeasureItem {
  readonly key: string;
  readonly label: string;
}

/** An item's entry: a number from the form, 'na' where the form allows "not applicable", null = blank. */
export const NOT_APPLICABLE = 'na';
export type ItemAnswer = number | typeof NOT_APPLICABLE | null;

/** What the app knows of a measure: its items, answer scale, score range and MCID. */
export interface OutcomeMeasureDefinition {
  key: OutcomeMeasureKey;
  name: string;
  /** Also the measure's name in messages: "FAAM ADL is not scored: …". */
  shortName: string;
  /** Item labels in our own words; VISA-A's Q8 is separate (see visa-a.ts). */
  items: readonly MeasureItem[];
  answerMin: number;
  answerMax: number;
  /** What the ends of each item's scale mean, for the entry form. */
  answerAnchors: { min: string; max: string };
  allowsNotApplicable: boolean;
  scoreMin: number;
  scoreMax: number;
  /** How a score is written: "6/10", "72.6 %", "54/80". */
  unit: '/10' | '%' | '/80' | '/100';
  direction: ScoreDirection;
  mcid: Mcid;
  /**
   * Languages whose validated wording of this form the app ships; the items, anchors and answer
   * wording above are that wording in English. A validated translation is added per form and
   * language (its wording beside the English, and its language here); until then the form is
   * shown in English with a note, never in a translation of our own.
   */
  formLanguages: readonly UiLanguage[];
}

/**
 * The language a form is shown in on screens in `screenLanguage`: that language where a
 * validated version ships, otherwise English.
 */
export function formLanguageFor(
  measure: Pick<OutcomeMeasureDefinition, 'formLanguages'>,
  screenLanguage: UiLanguage,
): UiLanguage {
  return measure.formLanguages.includes(screenLanguage) ? screenLanguage : 'en';
}

/** Some items accept only certain values (VISA-A Q7: 0, 4, 7, 10), by item index. */
type AllowedValues = Readonly<Record<number, readonly number[]>>;

/**
 * A fixed-length list of item answers (a number, or null while blank). Errors name the item
 * so the clinician can find the box on the paper form.
 */
export function itemAnswersSchema(measure: OutcomeMeasureDefinition, allowed?: AllowedValues) {
  const { shortName, answerMin, answerMax } = measure;
  const element = z.union([z.number(), z.null()], {
    error: `Each ${shortName} answer is a whole number from ${answerMin} to ${answerMax}, or blank.`,
  });
  return answerList(element, measure, allowed);
}

/** As itemAnswersSchema, for forms where the patient may mark an item not applicable. */
export function itemAnswersWithNaSchema(measure: OutcomeMeasureDefinition) {
  const { shortName, answerMin, answerMax } = measure;
  const element = z.union([z.number(), z.literal(NOT_APPLICABLE), z.null()], {
    error: `Each ${shortName} answer is a whole number from ${answerMin} to ${answerMax}, N/A, or blank.`,
  });
  return answerList(element, measure);
}

function answerList<T extends z.ZodType<ItemAnswer>>(
  element: T,
  measure: OutcomeMeasureDefinition,
  allowed?: AllowedValues,
) {
  const { shortName, items } = measure;
  return z
    .array(element)
    .length(items.length, { error: `${shortName} has ${items.length} items.` })
    .superRefine((answers, ctx) => checkItemRanges(answers, ctx, measure, allowed));
}

function checkItemRanges(
  answers: readonly ItemAnswer[],
  ctx: z.RefinementCtx,
  { shortName, items, answerMin: min, answerMax: max }: OutcomeMeasureDefinition,
  allowedValues: AllowedValues | undefined,
): void {
  answers.forEach((answer, index) => {
    if (typeof answer !== 'number') return;
    const item = items[index];
    const label = item ? `${shortName} item ${index + 1} (${item.label})` : shortName;
    const allowed = allowedValues?.[index];
    // Whole-number and range checks live here, not in the element schema, so one pass
    // reports every wrong box at once.
    if (!Number.isInteger(answer)) {
      ctx.addIssue({
        code: 'custom',
        path: [index],
        message: `${label} must be a whole number from ${min} to ${max}; ${answer} is not.`,
      });
    } else if (allowed && !allowed.includes(answer)) {
      ctx.addIssue({
        code: 'custom',
        path: [index],
        message: `${label} is one of ${allowed.join(', ')} on the form; ${answer} is not.`,
      });
    } else if (answer < min || answer > max) {
      ctx.addIssue({
        code: 'custom',
        path: [index],
        message: `${label} must be a whole number from ${min} to ${max}; ${answer} is out of range.`,
      });
    }
  });
}

export const subscaleScoreSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('scored'),
    score: z.number(),
    answered: z.int().nonnegative(),
    items: z.int().positive(),
  }),
  z.object({
    status: z.literal('incomplete'),
    answered: z.int().nonnegative(),
    items: z.int().positive(),
    message: z.string(),
  }),
]);
export type SubscaleScore = z.infer<typeof subscaleScoreSchema>;

export const scoreResultSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('scored'),
    measure: outcomeMeasureKeySchema,
    /** Unrounded; use formatScore for display. */
    score: z.number(),
    maxScore: z.number(),
    answered: z.int().nonnegative(),
    items: z.int().positive(),
    subscales: z.record(z.string(), subscaleScoreSchema).optional(),
  }),
  z.object({
    status: z.literal('incomplete'),
    measure: outcomeMeasureKeySchema,
    answered: z.int().nonnegative(),
    required: z.int().positive(),
    message: z.string(),
  }),
]);
export type ScoreResult = z.infer<typeof scoreResultSchema>;
export type ScoredResult = Extract<ScoreResult, { status: 'scored' }>;
export type IncompleteResult = Extract<ScoreResult, { status: 'incomplete' }>;

export function countAnswered(answers: readonly ItemAnswer[]): number {
  return answers.filter((answer) => typeof answer === 'number').length;
}

export function sumAnswered(answers: readonly ItemAnswer[]): number {
  return answers.reduce<number>(
    (sum, answer) => (typeof answer === 'number' ? sum + answer : sum),
    0,
  );
}

/**
 * sum ÷ (answered × itemMax) × 100, computed as one division of integers so the result is
 * the correctly rounded double of the exact fraction (no accumulated float error).
 */
export function percentOfAnswered(sum: number, answered: number, itemMax: number): number {
  return (sum * 100) / (answered * itemMax);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * The FAAM rule: sum of answered items ÷ (answered × item maximum) × 100, scored only when at
 * least `minAnswered` items carry a number (N/A and blank items both count as not answered).
 */
export function scoreAnsweredPercent(
  measure: OutcomeMeasureDefinition,
  answers: readonly ItemAnswer[],
  minAnswered: number,
): ScoreResult {
  const { key, shortName, answerMax, scoreMax } = measure;
  const answered = countAnswered(answers);
  if (answered < minAnswered) {
    const missing = answers.length - answered;
    return {
      status: 'incomplete',
      measure: key,
      answered,
      required: minAnswered,
      message:
        `${shortName} is not scored: it needs at least ${minAnswered} of ${answers.length} items ` +
        `answered; ${answered} ${answered === 1 ? 'is' : 'are'} answered and ${missing} ` +
        `${missing === 1 ? 'is' : 'are'} N/A or blank.`,
    };
  }
  return {
    status: 'scored',
    measure: key,
    score: percentOfAnswered(sumAnswered(answers), answered, answerMax),
    maxScore: scoreMax,
    answered,
    items: answers.length,
  };
}
