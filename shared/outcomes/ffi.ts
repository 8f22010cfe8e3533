// Foot Function Index (numeric version): 23 items rated 0–10 in three subscales (pain 9,
// disability 9, activity limitation 5); higher = worse. Items marked not applicable are
// skipped: subscale and total = sum ÷ (answered × 10) × 100.
//
// Minimum answers (our rule, published in the app): a subscale is scored only when at least
// half its items, rounded up, carry a number (pain 5 of 9, disability 5 of 9, activity
// limitation 3 of 5); the total is scored only when all three subscales are. Without it, a
// form with 2 of 23 items answered and the rest N/A scored like a full one, and a total that
// leaves out a whole subscale cannot be compared with one that includes it.
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
 * CLINICAL.md gives no MCID for the FFI. 7 points on the total is the minimal important
 * difference reported for plantar heel pain; replace it if the clinic uses another.
 */
export const FFI_MCID: Mcid = {
  points: 7,
  source: 'Landorf & Radford 2008',
  reference:
    'Landorf KB, Radford JA. Minimal important difference: values for the Foot Health Status ' +
    'Questionnaire, Foot Function Index and Visual Analogue Scale. The Foot 2008;18(1):15–19.',
  review: 'Not in CLINICAL.md: literature value for plantar heel pain chosen by the app.',
};

/** Items that must carry a number for a subscale to be scored: half, rounded up. */
export function ffiSubscaleMinimum(subscale: FfiSubscale): number {
  return Math.ceil(FFI_ITEMS.filter((item) => item.subscale === subscale).length / 2);
}

/** The minimum-answers rule in words, for the entry form. */
export const FFI_MINIMUM_RULE =
  'Scored only when at least half the items of each subscale are answered (not N/A): ' +
  'pain 5 of 9, disability 5 of 9, activity limitation 3 of 5.';

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
  // Only the published English wording ships; see formLanguages.
  formLanguages: ['en'],
};

export const ffiAnswersSchema = itemAnswersWithNaSchema(ffiMeasure);
export type FfiAnswers = z.infer<typeof ffiAnswersSchema>;

function scoreSubscale(subscale: FfiSubscale, answers: readonly ItemAnswer[]): SubscaleScore {
  const own = answers.filter((_, index) => FFI_ITEMS[index]?.subscale === subscale);
  const answered = countAnswered(own);
  const minimum = ffiSubscaleMinimum(subscale);
  if (answered < minimum) {
    return {
      status: 'incomplete',
      answered,
      items: own.length,
      message:
        `${FFI_SUBSCALE_LABELS[subscale]} is not scored: ${answered} of ${own.length} items ` +
        `answered, at least ${minimum} needed.`,
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
  const subscales: Record<FfiSubscale, SubscaleScore> = {
    pain: scoreSubscale('pain', answers),
    disability: scoreSubscale('disability', answers),
    activity_limitation: scoreSubscale('activity_limitation', answers),
  };
  const short = ffiSubscales.filter((subscale) => subscales[subscale].status !== 'scored');
  if (short.length > 0) {
    const detail = short
      .map((subscale) => {
        const { answered: own, items } = subscales[subscale];
        return `${FFI_SUBSCALE_LABELS[subscale].toLowerCase()} ${own} of ${items} (needs ${ffiSubscaleMinimum(subscale)})`;
      })
      .join(', ');
    return {
      status: 'incomplete',
      measure: 'ffi',
      answered,
      required: ffiSubscales.reduce((sum, subscale) => sum + ffiSubscaleMinimum(subscale), 0),
      message:
        `FFI is not scored: too few items answered, the rest N/A (${detail}). At least half ` +
        'the items of each subscale must be answered.',
    };
  }
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
