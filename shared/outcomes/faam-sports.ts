// Foot and Ankle Ability Measure, sports: 8 items, 4 (no difficulty) to 0 (unable), N/A
// allowed. Score = sum ÷ (answered × 4) × 100; needs 7 answered.
import type { z } from 'zod';
import {
  itemAnswersWithNaSchema,
  scoreAnsweredPercent,
  type Mcid,
  type MeasureItem,
  type ScoreResult,
} from './common';

export const FAAM_SPORTS_ITEMS: readonly MeasureItem[] = [
  { key: 'running', label: 'Running' },
  { key: 'jumping', label: 'Jumping' },
  { key: 'landing', label: 'Landing' },
  { key: 'start_stop', label: 'Quick starts and stops' },
  { key: 'cutting', label: 'Side-steps and cutting' },
  { key: 'low_impact', label: 'Low-impact sport' },
  { key: 'usual_technique', label: 'Sport with usual technique' },
  { key: 'sport_duration', label: 'Sport for as long as wished' },
];

export const FAAM_SPORTS_MIN_ANSWERED = 7;
export const FAAM_SPORTS_MCID: Mcid = {
  points: 9,
  source: 'CLINICAL.md: FAAM Sports MCID 9 points',
};

export const faamSportsAnswersSchema = itemAnswersWithNaSchema({
  measureName: 'FAAM Sports',
  items: FAAM_SPORTS_ITEMS,
  min: 0,
  max: 4,
});
export type FaamSportsAnswers = z.infer<typeof faamSportsAnswersSchema>;

export function scoreFaamSports(answers: FaamSportsAnswers): ScoreResult {
  return scoreAnsweredPercent({
    measure: 'faam-sports',
    measureName: 'FAAM Sports',
    answers,
    itemMax: 4,
    minAnswered: FAAM_SPORTS_MIN_ANSWERED,
  });
}
