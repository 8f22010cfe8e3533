// Foot Function Index (numeric version): 23 items rated 0–10 in three subscales (pain 9,
// disability 9, activity limitation 5); higher = worse. Items marked not applicable are
// skipped: subscale and total = sum ÷ (answered × 10) × 100.
import type { z } from 'zod';
import {
  countAnswered,
  itemAnswersWithNaSchema,
  percentOfAnswered,
  plural,
  sumAnswered,
  type ItemAnswer,
  type Mcid,
  type MeasureItem,
  type OutcomeMeasureDefinition,
  type ScoreResult,
  type SubscaleScore,
} from './common';

export const ffiSubscales = ['pain', 'disability', 'activity_limitation'] as const;
export type FfiSubscale = (typeof ffiSubscales)[number];

export const FFI_SUBSCALE_LABELS: Record<FfiSubscale, string> = {
  pain: 'Pain',
  disability: 'Disability',
  activity_limitation: 'Activity limitation',
};

interface FfiItem extends MeasureItem {
  readonly subscale: FfiSubscale;
}

export const FFI_ITEMS: readonly FfiItem[] = [
  { subscale: 'pain', key: 'worst', label: 'Pain at its worst' },
  { subscale: 'pain', key: 'first_steps', label: 'Pain on first steps in the morning' },
  { subscale: 'pain', key: 'walk_barefoot', label: 'Pain walking barefoot' },
  { subscale: 'pain', key: 'stand_barefoot', label: 'Pain standing barefoot' },
  { subscale: 'pain', key: 'walk_shoes', label: 'Pain walking in shoes' },
  { subscale: 'pain', key: 'stand_shoes', label: 'Pain standing in shoes' },
  { subscale: 'pain', key: 'walk_orthoses', label: 'Pain walking with orthoses' },
  { subscale: 'pain', key: 'stand_orthoses', label: 'Pain standing with orthoses' },
  { subscale: 'pain', key: 'end_of_day', label: 'Pain at the end of the day' },
  { subscale: 'disability', key: 'walk_indoors', label: 'Walking indoors' },
  { subscale: 'disability', key: 'walk_outdoors', label: 'Walking outdoors' },
  { subscale: 'disability', key: 'walk_4_blocks', label: 'Walking four blocks' },
  { subscale: 'disability', key: 'stairs_up', label: 'Stairs up' },
  { subscale: 'disability', key: 'stairs_down', label: 'Stairs down' },
  { subscale: 'disability', key: 'tiptoe', label: 'Standing on tiptoe' },
  { subscale: 'disability', key: 'rise_chair', label: 'Rising from a chair' },
  { subscale: 'disability', key: 'kerbs', label: 'Stepping up kerbs' },
  { subscale: 'disability', key: 'walk_fast', label: 'Walking fast' },
  { subscale: 'activity_limitation', key: 'aid_indoors', label: 'Walking aid indoors' },
  { subscale: 'activity_limitation', key: 'aid_outdoors', label: 'Walking aid outdoors' },
  {
    subscale: 'activity_limitation',
    key: 'stay_indoors',
    label: 'Staying in all day because of the feet',
  },
  {
    subscale: 'activity_limitation',
    key: 'stay_in_bed',
    label: 'Staying in bed because of the feet',
  },
  {
    subscale: 'activity_limitation',
    key: 'limit_activities',
    label: 'Cutting back activities because of the feet',
  },
];

/**
 * CLINICAL.md gives no MCID for the FFI. 7 points on the total is the figure reported for
 * plantar heel pain (Landorf & Radford, 2008); replace it if the clinic uses another.
 */
export const FFI_MCID: Mcid = {
  points: 7,
  source: 'Literature value for plantar heel pain (FFI total, 7 points); not set by CLINICAL.md',
};

export const ffiMeasure: OutcomeMeasureDefinition = {
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
};

export const ffiAnswersSchema = itemAnswersWithNaSchema(ffiMeasure);
export type FfiAnswers = z.infer<typeof ffiAnswersSchema>;

function scoreSubscale(subscale: FfiSubscale, answers: readonly ItemAnswer[]): SubscaleScore {
  const own = answers.filter((_, index) => FFI_ITEMS[index]?.subscale === subscale);
  const answered = countAnswered(own);
  if (answered === 0) {
    return {
      status: 'incomplete',
      answered,
      items: own.length,
      message: `${FFI_SUBSCALE_LABELS[subscale]} is not scored: every item is N/A.`,
    };
  }
  return {
    status: 'scored',
    score: percentOfAnswered(sumAnswered(own), answered, ffiMeasure.answerMax),
    answered,
    items: own.length,
  };
}

export function scoreFfi(answers: FfiAnswers): ScoreResult {
  const answered = countAnswered(answers);
  const blank = answers.filter((answer) => answer === null).length;
  // A blank box is a form not yet entered, unlike an item the patient marked not applicable.
  if (blank > 0) {
    return {
      status: 'incomplete',
      measure: 'ffi',
      answered,
      required: answers.length,
      message:
        `FFI is not scored: ${plural(blank, 'item is', 'items are')} blank. Enter each answer ` +
        'from the form, or mark it N/A where the patient marked it not applicable.',
    };
  }
  if (answered === 0) {
    return {
      status: 'incomplete',
      measure: 'ffi',
      answered,
      required: 1,
      message: 'FFI is not scored: every item is marked N/A.',
    };
  }
  const subscales: Record<FfiSubscale, SubscaleScore> = {
    pain: scoreSubscale('pain', answers),
    disability: scoreSubscale('disability', answers),
    activity_limitation: scoreSubscale('activity_limitation', answers),
  };
  return {
    status: 'scored',
    measure: 'ffi',
    score: percentOfAnswered(sumAnswered(answers), answered, ffiMeasure.answerMax),
    maxScore: ffiMeasure.scoreMax,
    answered,
    items: answers.length,
    subscales,
  };
}
