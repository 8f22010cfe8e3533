// Foot and Ankle Ability Measure, activities of daily living: 21 items, 4 (no difficulty)
// to 0 (unable), N/A allowed. Score = sum ÷ (answered × 4) × 100; needs 19 answered.
import type { z } from 'zod';
import {
  itemAnswersWithNaSchema,
  scoreAnsweredPercent,
  type Mcid,
  type MeasureItem,
  type ScoreResult,
} from './common';

export const FAAM_ADL_ITEMS: readonly MeasureItem[] = [
  { key: 'standing', label: 'Standing' },
  { key: 'level_walking', label: 'Walking on level ground' },
  { key: 'barefoot_walking', label: 'Walking barefoot on level ground' },
  { key: 'uphill', label: 'Walking uphill' },
  { key: 'downhill', label: 'Walking downhill' },
  { key: 'stairs_up', label: 'Stairs up' },
  { key: 'stairs_down', label: 'Stairs down' },
  { key: 'uneven_ground', label: 'Walking on uneven ground' },
  { key: 'kerbs', label: 'Stepping on and off kerbs' },
  { key: 'squatting', label: 'Squatting' },
  { key: 'tiptoes', label: 'Rising onto the toes' },
  { key: 'first_steps', label: 'First steps' },
  { key: 'walk_5_min', label: 'Walking up to 5 minutes' },
  { key: 'walk_10_min', label: 'Walking about 10 minutes' },
  { key: 'walk_15_min', label: 'Walking 15 minutes or more' },
  { key: 'household', label: 'Household tasks' },
  { key: 'daily_activities', label: 'Everyday activities' },
  { key: 'personal_care', label: 'Personal care' },
  { key: 'light_work', label: 'Light to moderate work' },
  { key: 'heavy_work', label: 'Heavy work' },
  { key: 'leisure', label: 'Leisure activities' },
];

/** Fewer answered items than this and the form is not scored. */
export const FAAM_ADL_MIN_ANSWERED = 19;
export const FAAM_ADL_MCID: Mcid = { points: 8, source: 'CLINICAL.md: FAAM ADL MCID 8 points' };

export const faamAdlAnswersSchema = itemAnswersWithNaSchema({
  measureName: 'FAAM ADL',
  items: FAAM_ADL_ITEMS,
  min: 0,
  max: 4,
});
export type FaamAdlAnswers = z.infer<typeof faamAdlAnswersSchema>;

export function scoreFaamAdl(answers: FaamAdlAnswers): ScoreResult {
  return scoreAnsweredPercent({
    measure: 'faam-adl',
    measureName: 'FAAM ADL',
    answers,
    itemMax: 4,
    minAnswered: FAAM_ADL_MIN_ANSWERED,
  });
}
