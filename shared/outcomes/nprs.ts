// Numeric pain rating scale: one answer 0–10, higher = worse.
import type { z } from 'zod';
import { itemAnswersSchema, type Mcid, type MeasureItem, type ScoreResult } from './common';

export const NPRS_ITEMS: readonly MeasureItem[] = [
  { key: 'pain', label: 'Pain, 0 (none) to 10 (worst)' },
];

/** Meaningful when pain changes by 2 points or by 30 % of the baseline rating. */
export const NPRS_MCID: Mcid = {
  points: 2,
  percent: 30,
  source: 'CLINICAL.md: a change of 2 points or 30 % is clinically meaningful',
};

export const nprsAnswersSchema = itemAnswersSchema({
  measureName: 'NPRS',
  items: NPRS_ITEMS,
  min: 0,
  max: 10,
});
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
  return { status: 'scored', measure: 'nprs', score: pain, maxScore: 10, answered: 1, items: 1 };
}
