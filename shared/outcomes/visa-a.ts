// VISA-A (Achilles): Q1–Q7 scored 0–10, Q8 0–30 in one of three branches; total 0–100,
// 100 = no symptoms. The form has no N/A; every question must be answered to score.
import { z } from 'zod';
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

export const VISA_A_ITEMS: readonly MeasureItem[] = [
  { key: 'morning_stiffness', label: 'Stiffness on getting up' },
  { key: 'calf_stretch', label: 'Pain stretching the calf over a step' },
  { key: 'walk_6_min', label: 'Pain after a 6-minute walk on the flat' },
  { key: 'downstairs', label: 'Pain walking downstairs' },
  { key: 'heel_raises', label: 'Pain with 10 single-leg heel raises' },
  { key: 'hops', label: 'Pain-free single-leg hops' },
  { key: 'activity_level', label: 'Current sport or activity level' },
];
export const VISA_A_Q8_LABEL = 'Training time';

/** Q7 is a four-box question on the form; only these point values exist. */
export const VISA_A_Q7_OPTIONS: readonly { points: number; label: string }[] = [
  { points: 0, label: 'No sport or activity' },
  { points: 4, label: 'Modified training or competition' },
  { points: 7, label: 'Full training, below the level before symptoms' },
  { points: 10, label: 'Competing at or above the level before symptoms' },
];

export const visaAQ8Bands = ['nil', '1-10', '11-20', '21-30', 'over-30'] as const;
export type VisaAQ8Band = (typeof visaAQ8Bands)[number];
export const visaAQ8BandSchema = z.enum(visaAQ8Bands);
export const VISA_A_Q8_BAND_LABELS: Record<VisaAQ8Band, string> = {
  nil: 'None',
  '1-10': '1–10 min',
  '11-20': '11–20 min',
  '21-30': '21–30 min',
  'over-30': 'Over 30 min',
};

export const visaAQ8Branches = ['noPain', 'painCompletes', 'painStops'] as const;
export type VisaAQ8Branch = (typeof visaAQ8Branches)[number];
export const VISA_A_Q8_BRANCH_LABELS: Record<VisaAQ8Branch, string> = {
  noPain: 'No pain while training',
  painCompletes: 'Some pain, but completes training',
  painStops: 'Pain stops training',
};

/** Points per minutes band in each Q8 branch (CLINICAL.md). */
export const VISA_A_Q8_POINTS: Record<VisaAQ8Branch, Record<VisaAQ8Band, number>> = {
  noPain: { nil: 0, '1-10': 7, '11-20': 14, '21-30': 21, 'over-30': 30 },
  painCompletes: { nil: 0, '1-10': 4, '11-20': 10, '21-30': 14, 'over-30': 20 },
  painStops: { nil: 0, '1-10': 2, '11-20': 5, '21-30': 7, 'over-30': 10 },
};

/** The band for a number of whole minutes trained. */
export function visaAQ8BandForMinutes(minutes: number): VisaAQ8Band {
  if (!Number.isInteger(minutes) || minutes < 0) {
    throw new RangeError('Training time is a whole number of minutes, 0 or more.');
  }
  if (minutes === 0) return 'nil';
  if (minutes <= 10) return '1-10';
  if (minutes <= 20) return '11-20';
  if (minutes <= 30) return '21-30';
  return 'over-30';
}

/**
 * CLINICAL.md gives no MCID for VISA-A. 14 points is the figure reported over 12 weeks of
 * exercise therapy for active people with midportion Achilles tendinopathy (7 points over 24
 * weeks); replace it if the clinic uses another.
 */
export const VISA_A_MCID: Mcid = {
  points: 14,
  source: 'JOSPT 2021 (12-week figure)',
  reference:
    'Victorian Institute of Sport Assessment-Achilles (VISA-A) questionnaire: minimal ' +
    'clinically important difference for active people with midportion Achilles ' +
    'tendinopathy, a prospective cohort study. J Orthop Sports Phys Ther 2021;51(10).',
  review: 'Not in CLINICAL.md: literature value chosen by the app (12-week figure).',
};

/**
 * Q8 as it appears on paper: three rows, of which the patient answers exactly one. Entering
 * two rows is refused rather than guessed at.
 */
export const visaAQ8Schema = z
  .object({
    noPain: visaAQ8BandSchema.nullable(),
    painCompletes: visaAQ8BandSchema.nullable(),
    painStops: visaAQ8BandSchema.nullable(),
  })
  .superRefine((q8, ctx) => {
    const answered = visaAQ8Branches.filter((branch) => q8[branch] !== null);
    if (answered.length > 1) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message:
          `VISA-A question 8 is answered in ${answered.length} branches ` +
          `(${answered.map((branch) => VISA_A_Q8_BRANCH_LABELS[branch]).join('; ')}). ` +
          'The patient answers only one: keep the branch that matches their training.',
      });
    }
  });
export type VisaAQ8 = z.infer<typeof visaAQ8Schema>;

export const visaAMeasure: OutcomeMeasureDefinition = {
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
  // Only the published English wording ships; see formLanguages.
  formLanguages: ['en'],
};

export const visaAAnswersSchema = z.object({
  items: itemAnswersSchema(visaAMeasure, {
    6: VISA_A_Q7_OPTIONS.map((option) => option.points),
  }),
  q8: visaAQ8Schema,
});
export type VisaAAnswers = z.infer<typeof visaAAnswersSchema>;

export const EMPTY_VISA_A_Q8: VisaAQ8 = { noPain: null, painCompletes: null, painStops: null };

/** Points for Q8, or null when no branch is answered. Assumes the schema has been applied. */
export function visaAQ8Points(q8: VisaAQ8): number | null {
  for (const branch of visaAQ8Branches) {
    const band = q8[branch];
    if (band !== null) return VISA_A_Q8_POINTS[branch][band];
  }
  return null;
}

export function scoreVisaA(answers: VisaAAnswers): ScoreResult {
  const q8 = visaAQ8Points(answers.q8);
  const answered = countAnswered(answers.items) + (q8 === null ? 0 : 1);
  const required = VISA_A_ITEMS.length + 1;
  if (q8 === null || answered < required) {
    const blank = required - answered;
    return {
      status: 'incomplete',
      measure: 'visa-a',
      answered,
      required,
      message: `VISA-A is not scored: all 8 questions need an answer and ${plural(blank, 'is', 'are')} blank.`,
    };
  }
  return {
    status: 'scored',
    measure: 'visa-a',
    score: sumAnswered(answers.items) + q8,
    maxScore: visaAMeasure.scoreMax,
    answered,
    items: required,
  };
}
