// Numeric pain rating scale: one answer 0–10, higher = worse.
import type { z } from 'zod';
import {
  itemAnswersSchema,
  type Mcid,
  type MeasureItem,
  type OutcomeMeasureDefinition,
  type ScoreResult,
} from './common';

export const NPRS_ITEMS: readonly MeasureItem[] = [
  { key: 'pain', label: 'Pain, 0 (none) to 10 (worst)' },
];

/** Meaningful when pain changes by 2 points or by 30 % of the baseline rating. */
export const NPRS_MCID: Mcid = {
  points: 2,
  percent: 30,
  source: 'CLINICAL.md: a change of 2 points or 30 % is clinically meaningful',
};

export const nprsMeasure: OutcomeMeasureDefinition = {
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
};

export const nprsAnswersSchema = itemAnswersSchema(nprsMeasure);
export type NprsAnswers = z.infer<typeof nprsAnswersSchema>;

export function scoreNprs(answers: NprsAnswers): ScoreResult {
  const pain = answers[0];
  if (typeof pain !== 'number') {
    return {
      status: 'incomplete',
      measure: 'nprs',
      answered: 0,
      required: 1,
      message: 'Enter the pain rating (0–10) to score NPRS.',
    };
  }
  return {
    status: 'scored',
    measure: 'nprs',
    score: pain,
    maxScore: nprsMeasure.scoreMax,
    answered: 1,
    items: 1,
  };
}
