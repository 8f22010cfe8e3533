// Outcome measures: definitions, answer schemas, scoring and change from baseline.
// Pure code; CLINICAL.md's table is the specification and the unit tests hold it.
import { z } from 'zod';
import {
  NOT_APPLICABLE,
  type ItemAnswer,
  type OutcomeMeasureDefinition,
  type OutcomeMeasureKey,
  type ScoreResult,
} from './common';
import { compareScores, type BaselineComparison } from './compare';
import {
  faamAdlAnswersSchema,
  faamAdlMeasure,
  faamSportsAnswersSchema,
  faamSportsMeasure,
  scoreFaamAdl,
  scoreFaamSports,
} from './faam';
import { ffiAnswersSchema, ffiMeasure, scoreFfi } from './ffi';
import { lefsAnswersSchema, lefsMeasure, scoreLefs } from './lefs';
import { nprsAnswersSchema, nprsMeasure, scoreNprs } from './nprs';
import { EMPTY_VISA_A_Q8, scoreVisaA, visaAAnswersSchema, visaAMeasure } from './visa-a';

export * from './common';
export * from './compare';
export * from './nprs';
export * from './faam';
export * from './lefs';
export * from './ffi';
export * from './visa-a';

export const outcomeMeasures: Record<OutcomeMeasureKey, OutcomeMeasureDefinition> = {
  nprs: nprsMeasure,
  'faam-adl': faamAdlMeasure,
  'faam-sports': faamSportsMeasure,
  lefs: lefsMeasure,
  ffi: ffiMeasure,
  'visa-a': visaAMeasure,
};

/** A filled-in form: which measure and the answers as entered from the patient's sheet. */
export const outcomeAnswersSchema = z.discriminatedUnion('measure', [
  z.object({ measure: z.literal('nprs'), answers: nprsAnswersSchema }),
  z.object({ measure: z.literal('faam-adl'), answers: faamAdlAnswersSchema }),
  z.object({ measure: z.literal('faam-sports'), answers: faamSportsAnswersSchema }),
  z.object({ measure: z.literal('lefs'), answers: lefsAnswersSchema }),
  z.object({ measure: z.literal('ffi'), answers: ffiAnswersSchema }),
  z.object({ measure: z.literal('visa-a'), answers: visaAAnswersSchema }),
]);
export type OutcomeAnswers = z.infer<typeof outcomeAnswersSchema>;

/** Scores a form whose answers have passed outcomeAnswersSchema. */
export function scoreOutcome(form: OutcomeAnswers): ScoreResult {
  switch (form.measure) {
    case 'nprs':
      return scoreNprs(form.answers);
    case 'faam-adl':
      return scoreFaamAdl(form.answers);
    case 'faam-sports':
      return scoreFaamSports(form.answers);
    case 'lefs':
      return scoreLefs(form.answers);
    case 'ffi':
      return scoreFfi(form.answers);
    case 'visa-a':
      return scoreVisaA(form.answers);
    default: {
      const unreachable: never = form;
      return unreachable;
    }
  }
}

/** A blank form for a measure, ready for entry. */
export function emptyOutcomeAnswers(measure: OutcomeMeasureKey): OutcomeAnswers {
  const blanks = outcomeMeasures[measure].items.map((): null => null);
  switch (measure) {
    case 'nprs':
    case 'faam-adl':
    case 'faam-sports':
    case 'lefs':
    case 'ffi':
      return { measure, answers: blanks };
    case 'visa-a':
      return { measure, answers: { items: blanks, q8: { ...EMPTY_VISA_A_Q8 } } };
    default: {
      const unreachable: never = measure;
      return unreachable;
    }
  }
}

/**
 * Change from baseline for two scores of the same measure, and whether it reaches the
 * measure's MCID in the better direction (or the worse one).
 */
export function compareToBaseline(
  measure: OutcomeMeasureKey,
  baseline: number,
  current: number,
): BaselineComparison {
  const definition = outcomeMeasures[measure];
  return compareScores(measure, definition.direction, definition.mcid, baseline, current);
}

/** A score for display: whole numbers as they are, fractions to one decimal. */
export function formatScore(measure: OutcomeMeasureKey, score: number): string {
  const value = Number.isInteger(score) ? String(score) : score.toFixed(1);
  const unit = outcomeMeasures[measure].unit;
  return unit === '%' ? `${value} %` : `${value}${unit}`;
}

/** A change for display, always signed: "+8.3", "−2", "0". */
export function formatChange(change: number): string {
  if (change === 0) return '0';
  const magnitude = Number.isInteger(change)
    ? String(Math.abs(change))
    : Math.abs(change).toFixed(1);
  return `${change > 0 ? '+' : '−'}${magnitude}`;
}

export function isNotApplicable(answer: ItemAnswer): boolean {
  return answer === NOT_APPLICABLE;
}
