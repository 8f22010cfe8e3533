// Entry criteria of a plan phase ("first-step pain ≤ 3/10 every day for 7 days") and how they
// are judged against what was recorded: a flat list of dated measurements, so any source of
// numbers (the paper diary, assessment findings, outcome scores, running load) can feed it.
import { z } from 'zod';
import { idSchema, isoDateSchema } from './common';
import { daysBetween, readableDate } from '../visits/dates';

interface PhaseMeasure {
  label: string;
  /** Printed after the number: "3/10", "85 %", "72 points". */
  unit: string;
  min: number;
  max: number;
  /** Whole numbers only (pain ratings, counts). */
  whole: boolean;
  /** Where the app finds the readings, in the clinician's words. */
  source: string;
}

/** What an entry criterion can measure; each reading is `{ measure, date, value }`. */
export const phaseMeasures = {
  first_step_pain: {
    label: 'First-step pain',
    unit: '/10',
    min: 0,
    max: 10,
    whole: true,
    source: 'the exercise diary, or the first-step pain assessment',
  },
  heel_raise_symmetry: {
    label: 'Single-leg heel raises, weaker side as % of the other',
    unit: '%',
    min: 0,
    max: 100,
    whole: true,
    source: 'the single-leg heel-raise test (both sides recorded)',
  },
  heel_raise_reps: {
    label: 'Single-leg heel raises, weaker side',
    unit: 'reps',
    min: 0,
    max: 150,
    whole: true,
    source: 'the single-leg heel-raise test',
  },
  hop_pain: {
    label: 'Heel pain on single-leg hopping',
    unit: '/10',
    min: 0,
    max: 10,
    whole: true,
    source: 'the single-leg hop test or the Achilles tendon tests (worse side)',
  },
  pain_during_exercise: {
    label: 'Pain during exercise or running',
    unit: '/10',
    min: 0,
    max: 10,
    whole: true,
    source: 'the pain diary or the visit’s pain monitoring',
  },
  next_morning_pain: {
    label: 'Pain the next morning',
    unit: '/10',
    min: 0,
    max: 10,
    whole: true,
    source: 'the pain diary or the visit’s pain monitoring',
  },
  weekly_running_minutes: {
    label: 'Running time in a week',
    unit: 'min',
    min: 0,
    max: 3000,
    whole: true,
    source: 'the running load recorded at visits',
  },
  walk_run_stage: {
    label: 'Walk–run stage reached',
    unit: '',
    min: 1,
    max: 20,
    whole: true,
    source: 'the running load recorded at visits',
  },
  nprs: {
    label: 'Pain (NPRS)',
    unit: '/10',
    min: 0,
    max: 10,
    whole: true,
    source: 'the NPRS outcome measure',
  },
  visa_a: {
    label: 'VISA-A',
    unit: 'points',
    min: 0,
    max: 100,
    whole: false,
    source: 'the VISA-A questionnaire',
  },
  faam_adl: {
    label: 'FAAM daily living',
    unit: '%',
    min: 0,
    max: 100,
    whole: false,
    source: 'the FAAM ADL questionnaire',
  },
  faam_sports: {
    label: 'FAAM sports',
    unit: '%',
    min: 0,
    max: 100,
    whole: false,
    source: 'the FAAM sports questionnaire',
  },
  lefs: {
    label: 'LEFS',
    unit: 'points',
    min: 0,
    max: 80,
    whole: false,
    source: 'the LEFS questionnaire',
  },
  ffi: {
    label: 'FFI total',
    unit: '%',
    min: 0,
    max: 100,
    whole: false,
    source: 'the FFI questionnaire',
  },
} as const satisfies Record<string, PhaseMeasure>;
export type PhaseMeasureKey = keyof typeof phaseMeasures;
export const phaseMeasureKeys = Object.keys(phaseMeasures) as [
  PhaseMeasureKey,
  ...PhaseMeasureKey[],
];
export const phaseMeasureKeySchema = z.enum(phaseMeasureKeys);

export const criterionComparators = ['at_most', 'at_least'] as const;
export type CriterionComparator = (typeof criterionComparators)[number];

const criterionFields = {
  measure: phaseMeasureKeySchema,
  comparator: z.enum(criterionComparators),
  target: z.number({ message: 'Give the criterion a target number.' }),
  /** 0: the latest reading decides; otherwise every reading of the last N days must meet it. */
  days: z
    .int({ message: 'Days must be a whole number.' })
    .min(0, { message: 'Days cannot be negative.' })
    .max(28, { message: 'Judge a criterion over 28 days at most.' }),
};

/** The target must be a value the measure can take ("pain ≤ 12/10" can never be judged). */
function checkTarget(c: { measure: PhaseMeasureKey; target: number }, ctx: z.RefinementCtx) {
  const m = phaseMeasures[c.measure];
  if (c.target < m.min || c.target > m.max) {
    ctx.addIssue({
      code: 'custom',
      path: ['target'],
      message: `${m.label}: the target must be between ${m.min} and ${m.max}${unitSuffix(m.unit)}.`,
    });
  }
}

export const phaseCriterionSchema = z
  .object({ id: idSchema, ...criterionFields })
  .superRefine(checkTarget);
export type PhaseCriterion = z.infer<typeof phaseCriterionSchema>;

/** A criterion as a built-in protocol writes it (ids are given when it is loaded). */
export const protocolCriterionSchema = z.object(criterionFields).superRefine(checkTarget);

/** A criterion as edited: new ones have no id yet. */
export const phaseCriterionDraftSchema = z
  .object({ id: idSchema.optional(), ...criterionFields })
  .superRefine(checkTarget);
export type PhaseCriterionDraft = z.infer<typeof phaseCriterionDraftSchema>;

/** One dated reading, whatever recorded it. */
export const measurementSchema = z.object({
  measure: phaseMeasureKeySchema,
  date: isoDateSchema,
  value: z.number(),
});
export type Measurement = z.infer<typeof measurementSchema>;

export const criterionStatuses = ['met', 'not_met', 'no_data'] as const;
export const criterionEvaluationSchema = z.object({
  criterion: phaseCriterionSchema,
  /** "First-step pain ≤ 3/10 every day for 7 days". */
  text: z.string(),
  status: z.enum(criterionStatuses),
  /** What the judgement rests on: "Latest 2/10 on 22 Nov 2026". */
  evidence: z.string(),
});
export type CriterionEvaluation = z.infer<typeof criterionEvaluationSchema>;

function unitSuffix(unit: string): string {
  if (unit === '') return '';
  return unit.startsWith('/') ? unit : ` ${unit}`;
}

/** "3/10", "85 %", "72 points", with at most one decimal. */
export function measureValueText(measure: PhaseMeasureKey, value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return `${rounded}${unitSuffix(phaseMeasures[measure].unit)}`;
}

/** "First-step pain ≤ 3/10 every day for 7 days", "VISA-A ≥ 80 points". */
export function criterionText(c: Omit<PhaseCriterion, 'id'>): string {
  const sign = c.comparator === 'at_most' ? '≤' : '≥';
  const base = `${phaseMeasures[c.measure].label} ${sign} ${measureValueText(c.measure, c.target)}`;
  if (c.days === 0) return base;
  return c.days === 7 ? `${base} for a week` : `${base} for ${c.days} days`;
}

const meets = (c: Omit<PhaseCriterion, 'id'>, value: number) =>
  c.comparator === 'at_most' ? value <= c.target : value >= c.target;

/**
 * Judges one criterion as of a day. With `days` = 0 the latest reading up to that day decides.
 * Over N days, every reading of those days must meet the target, and readings must exist on at
 * least half of them, so one good morning does not pass "a week".
 */
export function evaluateCriterion(
  criterion: PhaseCriterion,
  measurements: readonly Measurement[],
  asOf: string,
): CriterionEvaluation {
  const text = criterionText(criterion);
  const readings = measurements
    .filter((m) => m.measure === criterion.measure && m.date <= asOf)
    .sort((a, b) => a.date.localeCompare(b.date));
  const label = phaseMeasures[criterion.measure].label;
  if (criterion.days === 0) {
    const latest = readings.at(-1);
    if (!latest) {
      return { criterion, text, status: 'no_data', evidence: `No ${label} recorded yet.` };
    }
    return {
      criterion,
      text,
      status: meets(criterion, latest.value) ? 'met' : 'not_met',
      evidence: `Latest ${measureValueText(criterion.measure, latest.value)} on ${readableDate(latest.date)}.`,
    };
  }
  const window = readings.filter((m) => daysBetween(m.date, asOf) < criterion.days);
  const daysWithReadings = new Set(window.map((m) => m.date)).size;
  const needed = Math.ceil(criterion.days / 2);
  if (daysWithReadings < needed) {
    return {
      criterion,
      text,
      status: 'no_data',
      evidence: `Readings on ${daysWithReadings} of the last ${criterion.days} days; at least ${needed} are needed.`,
    };
  }
  const failing = window.filter((m) => !meets(criterion, m.value));
  const worst = window.reduce((w, m) =>
    criterion.comparator === 'at_most' ? (m.value > w.value ? m : w) : m.value < w.value ? m : w,
  );
  return {
    criterion,
    text,
    status: failing.length === 0 ? 'met' : 'not_met',
    evidence:
      failing.length === 0
        ? `All ${window.length} readings of the last ${criterion.days} days met it (worst ${measureValueText(criterion.measure, worst.value)}).`
        : `${failing.length} of ${window.length} readings of the last ${criterion.days} days did not (worst ${measureValueText(criterion.measure, worst.value)} on ${readableDate(worst.date)}).`,
  };
}

const phaseRefSchema = z.object({ id: idSchema, title: z.string() });

/** Where a patient stands: their phase, the next one's entry criteria, and what the app proposes. */
export const phaseProgressSchema = z.object({
  planId: idSchema,
  /** The day the criteria were judged on (a visit's date, or today). */
  asOf: isoDateSchema,
  current: phaseRefSchema,
  previous: phaseRefSchema.nullable(),
  next: phaseRefSchema.extend({ criteria: z.array(criterionEvaluationSchema) }).nullable(),
  /**
   * move_on: every entry criterion of the next phase is met. not_yet: some are not (or lack
   * readings). no_criteria: the next phase sets none, so it is the clinician's call alone.
   * last_phase: there is nothing after this phase.
   */
  proposal: z.enum(['move_on', 'not_yet', 'no_criteria', 'last_phase']),
});
export type PhaseProgress = z.infer<typeof phaseProgressSchema>;
