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

/**
 * CLINICAL.md counts "2 points or 30 %" as meaningful. On a 0–10 scale 30 % of a baseline of
 * 6 or less is under 2 points, so the percentage alone would badge a 3 → 2 change, within the
 * scale's measurement error. The badge therefore needs 2 points whatever the baseline; above a
 * baseline of 6.7 the 30 % figure is itself more than 2 points, so it never lowers the bar.
 */
export const NPRS_MCID: Mcid = {
  points: 2,
  source: 'Farrar et al. 2001',
  reference:
    'Farrar JT, Young JP, LaMoreaux L, Werth JL, Poole RM. Clinical importance of changes in ' +
    'chronic pain intensity measured on an 11-point numerical pain rating scale. Pain ' +
    '2001;94(2):149–158.',
  review:
    'CLINICAL.md: 2 points or 30 %; the app requires at least 2 points so a low baseline ' +
    '(3 → 2) is not badged.',
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
  // Only the published English wording ships; see formLanguages.
  formLanguages: ['en'],
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
