// Foot and Ankle Ability Measure, in two subscales scored apart: activities of daily living
// (21 items) and sports (8 items). Each item 4 (no difficulty) to 0 (unable), N/A allowed;
// score = sum ÷ (answered × 4) × 100. ADL needs 19 answered, Sports 7.
import type { z } from 'zod';
import {
  itemAnswersWithNaSchema,
  scoreAnsweredPercent,
  type Mcid,
  type MeasureItem,
  type OutcomeMeasureDefinition,
  type ScoreResult,
} from './common';

/** The scale both subscales share. */
const faamScale = {
  answerMin: 0,
  answerMax: 4,
  answerAnchors: { min: 'unable', max: 'no difficulty' },
  allowsNotApplicable: true,
  scoreMin: 0,
  scoreMax: 100,
  unit: '%',
  direction: 'higher_is_better',
} as const;

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
const FAAM_REFERENCE =
  'Martin RL, Irrgang JJ, Burdett RG, Conti SF, Van Swearingen JM. Evidence of validity for ' +
  'the Foot and Ankle Ability Measure (FAAM). Foot Ankle Int 2005;26(11):968–983.';
export const FAAM_ADL_MCID: Mcid = {
  points: 8,
  source: 'Martin et al. 2005',
  reference: FAAM_REFERENCE,
};

export const faamAdlMeasure: OutcomeMeasureDefinition = {
  key: 'faam-adl',
  name: 'Foot and Ankle Ability Measure — daily living',
  shortName: 'FAAM ADL',
  items: FAAM_ADL_ITEMS,
  ...faamScale,
  mcid: FAAM_ADL_MCID,
  // Only the published English wording ships; see formLanguages.
  formLanguages: ['en'],
};

export const faamAdlAnswersSchema = itemAnswersWithNaSchema(faamAdlMeasure);
export type FaamAdlAnswers = z.infer<typeof faamAdlAnswersSchema>;

export function scoreFaamAdl(answers: FaamAdlAnswers): ScoreResult {
  return scoreAnsweredPercent(faamAdlMeasure, answers, FAAM_ADL_MIN_ANSWERED);
}

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
  source: 'Martin et al. 2005',
  reference: FAAM_REFERENCE,
};

export const faamSportsMeasure: OutcomeMeasureDefinition = {
  key: 'faam-sports',
  name: 'Foot and Ankle Ability Measure — sports',
  shortName: 'FAAM Sports',
  items: FAAM_SPORTS_ITEMS,
  ...faamScale,
  mcid: FAAM_SPORTS_MCID,
  // Only the published English wording ships; see formLanguages.
  formLanguages: ['en'],
};

export const faamSportsAnswersSchema = itemAnswersWithNaSchema(faamSportsMeasure);
export type FaamSportsAnswers = z.infer<typeof faamSportsAnswersSchema>;

export function scoreFaamSports(answers: FaamSportsAnswers): ScoreResult {
  return scoreAnsweredPercent(faamSportsMeasure, answers, FAAM_SPORTS_MIN_ANSWERED);
}
