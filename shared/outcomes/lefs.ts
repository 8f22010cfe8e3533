// Lower Extremity Functional Scale: 20 items, 0 (extreme difficulty or unable) to 4 (no
// difficulty). Score = sum, 0–80, higher = better. A form with any blank item is not scored.
import type { z } from 'zod';
import {
  countAnswered,
  itemAnswersSchema,
  plural,
  sumAnswered,
  type Mcid,
  type MeasureItem,
  type OutcomeMeasureDefinition,
  type ScoreResult,
} from './common';

export const LEFS_ITEMS: readonly MeasureItem[] = [
  { key: 'usual_work', label: 'Usual work, housework or school' },
  { key: 'hobbies_sport', label: 'Usual hobbies or sport' },
  { key: 'bath', label: 'Getting in and out of the bath' },
  { key: 'between_rooms', label: 'Walking between rooms' },
  { key: 'shoes_socks', label: 'Putting on shoes or socks' },
  { key: 'squatting', label: 'Squatting' },
  { key: 'lift_from_floor', label: 'Lifting a bag from the floor' },
  { key: 'light_house', label: 'Light jobs around the home' },
  { key: 'heavy_house', label: 'Heavy jobs around the home' },
  { key: 'car', label: 'Getting in and out of a car' },
  { key: 'walk_2_blocks', label: 'Walking two blocks' },
  { key: 'walk_mile', label: 'Walking a mile' },
  { key: 'ten_stairs', label: 'Ten stairs up or down' },
  { key: 'stand_hour', label: 'Standing for an hour' },
  { key: 'sit_hour', label: 'Sitting for an hour' },
  { key: 'run_even', label: 'Running on level ground' },
  { key: 'run_uneven', label: 'Running on uneven ground' },
  { key: 'sharp_turns', label: 'Sharp turns when running fast' },
  { key: 'hopping', label: 'Hopping' },
  { key: 'roll_in_bed', label: 'Turning over in bed' },
];

export const LEFS_MCID: Mcid = {
  points: 9,
  source: 'Binkley et al. 1999',
  reference:
    'Binkley JM, Stratford PW, Lott SA, Riddle DL. The Lower Extremity Functional Scale ' +
    '(LEFS): scale development, measurement properties, and clinical application. Phys Ther ' +
    '1999;79(4):371–383.',
};

export const lefsMeasure: OutcomeMeasureDefinition = {
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
  // Only the published English wording ships; see formLanguages.
  formLanguages: ['en'],
};

export const lefsAnswersSchema = itemAnswersSchema(lefsMeasure);
export type LefsAnswers = z.infer<typeof lefsAnswersSchema>;

export function scoreLefs(answers: LefsAnswers): ScoreResult {
  const answered = countAnswered(answers);
  if (answered < answers.length) {
    const blank = answers.length - answered;
    return {
      status: 'incomplete',
      measure: 'lefs',
      answered,
      required: answers.length,
      message: `LEFS is not scored: every item needs an answer and ${plural(blank, 'item is', 'items are')} blank.`,
    };
  }
  return {
    status: 'scored',
    measure: 'lefs',
    score: sumAnswered(answers),
    maxScore: lefsMeasure.scoreMax,
    answered,
    items: answers.length,
  };
}
