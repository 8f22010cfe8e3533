// Outcome measures: definitions, answer schemas, scoring and change from baseline.
// Pure code; CLINICAL.md's table is the specification and the unit tests hold it.
import { z } from 'zod';
import {
  NOT_APPLICABLE,
  type ItemAnswer,
  type Mcid,
  type MeasureItem,
  type OutcomeMeasureKey,
  type ScoreDirection,
  type ScoreResult,
} from './common';
import { compareScores, type BaselineComparison } from './compare';
import { FAAM_ADL_ITEMS, FAAM_ADL_MCID, faamAdlAnswersSchema, scoreFaamAdl } from './faam-adl';
import {
  FAAM_SPORTS_ITEMS,
  FAAM_SPORTS_MCID,
  faamSportsAnswersSchema,
  scoreFaamSports,
} from './faam-sports';
import { FFI_ITEMS, FFI_MCID, ffiAnswersSchema, scoreFfi } from './ffi';
import { LEFS_ITEMS, LEFS_MCID, lefsAnswersSchema, scoreLefs } from './lefs';
import { NPRS_ITEMS, NPRS_MCID, nprsAnswersSchema, scoreNprs } from './nprs';
import {
  EMPTY_VISA_A_Q8,
  VISA_A_ITEMS,
  VISA_A_MCID,
  scoreVisaA,
  visaAAnswersSchema,
} from './visa-a';

export * from './common';
export * from './compare';
export * from './nprs';
export * from './faam-adl';
export * from './faam-sports';
export * from './lefs';
export * from './ffi';
export * from './visa-a';

export interface OutcomeMeasureDefinition {
  key: OutcomeMeasureKey;
  name: string;
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
}

export const outcomeMeasures: Record<OutcomeMeasureKey, OutcomeMeasureDefinition> = {
  nprs: {
    key: 'nprs',
    name: 'Numeric pain rating scale',
    shortName: 'NPRS',
    items: NPRS_ITEMS,
    answerMin: 0,
    answerMax: 10,
    answerAnchors: { min: 'no pain', max: 'worst pain' },
    allowsNotApplicable: false,
    scoreMin: 0,
    scoreMax: 10,
    unit: '/10',
    direction: 'lower_is_better',
    mcid: NPRS_MCID,
  },
  'faam-adl': {
    key: 'faam-adl',
    name: 'Foot and Ankle Ability Measure — daily living',
    shortName: 'FAAM ADL',
    items: FAAM_ADL_ITEMS,
    answerMin: 0,
    answerMax: 4,
    answerAnchors: { min: 'unable', max: 'no difficulty' },
    allowsNotApplicable: true,
    scoreMin: 0,
    scoreMax: 100,
    unit: '%',
    direction: 'higher_is_better',
    mcid: FAAM_ADL_MCID,
  },
  'faam-sports': {
    key: 'faam-sports',
    name: 'Foot and Ankle Ability Measure — sports',
    shortName: 'FAAM Sports',
    items: FAAM_SPORTS_ITEMS,
    answerMin: 0,
    answerMax: 4,
    answerAnchors: { min: 'unable', max: 'no difficulty' },
    allowsNotApplicable: true,
    scoreMin: 0,
    scoreMax: 100,
    unit: '%',
    direction: 'higher_is_better',
    mcid: FAAM_SPORTS_MCID,
  },
  lefs: {
    key: 'lefs',
    name: 'Lower Extremity Functional Scale',
    shortName: 'LEFS',
    items: LEFS_ITEMS,
    answerMin: 0,
    answerMax: 4,
    answerAnchors: { min: 'extreme difficulty or unable', max: 'no difficulty' },
    allowsNotApplicable: false,
    scoreMin: 0,
    scoreMax: 80,
    unit: '/80',
    direction: 'higher_is_better',
    mcid: LEFS_MCID,
  },
  ffi: {
    key: 'ffi',
    name: 'Foot Function Index',
    shortName: 'FFI',
    items: FFI_ITEMS,
    answerMin: 0,
    answerMax: 10,
    answerAnchors: { min: 'none', max: 'worst' },
    allowsNotApplicable: true,
    scoreMin: 0,
    scoreMax: 100,
    unit: '%',
    direction: 'lower_is_better',
    mcid: FFI_MCID,
  },
  'visa-a': {
    key: 'visa-a',
    name: 'VISA-A (Achilles)',
    shortName: 'VISA-A',
    items: VISA_A_ITEMS,
    answerMin: 0,
    answerMax: 10,
    answerAnchors: { min: 'worst', max: 'best' },
    allowsNotApplicable: false,
    scoreMin: 0,
    scoreMax: 100,
    unit: '/100',
    direction: 'higher_is_better',
    mcid: VISA_A_MCID,
  },
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
  const blanks = (items: readonly MeasureItem[]) => items.map((): null => null);
  switch (measure) {
    case 'nprs':
      return { measure, answers: blanks(NPRS_ITEMS) };
    case 'faam-adl':
      return { measure, answers: blanks(FAAM_ADL_ITEMS) };
    case 'faam-sports':
      return { measure, answers: blanks(FAAM_SPORTS_ITEMS) };
    case 'lefs':
      return { measure, answers: blanks(LEFS_ITEMS) };
    case 'ffi':
      return { measure, answers: blanks(FFI_ITEMS) };
    case 'visa-a':
      return { measure, answers: { items: blanks(VISA_A_ITEMS), q8: { ...EMPTY_VISA_A_Q8 } } };
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
