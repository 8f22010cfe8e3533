// Pain monitoring and running load recorded at a visit: the patient's pain around their last
// exercise or running session, and their weekly running. The diary's daily rows live with
// the adherence grid (visit.ts); the model that reads them is shared/visits/pain-monitoring.ts.
import { z } from 'zod';

/** A 0–10 pain rating, or null when not asked; `label` names the box in messages. */
export function painRatingSchema(label: string) {
  const message = `${label} is a whole number from 0 to 10.`;
  return z.int({ message }).min(0, { message }).max(10, { message }).nullable();
}

export const painMonitoringSchema = z.object({
  /** First steps on the morning of the session, before it. */
  firstStepPain: painRatingSchema('First-step pain that morning'),
  /** The worst pain during the session. */
  duringExercise: painRatingSchema('Pain during exercise'),
  /** The morning after the session (the 24-hour response). */
  nextMorning: painRatingSchema('Pain the next morning'),
});
export type PainMonitoring = z.infer<typeof painMonitoringSchema>;

export const EMPTY_PAIN_MONITORING: PainMonitoring = {
  firstStepPain: null,
  duringExercise: null,
  nextMorning: null,
};

/** The longest stage number a walk-run programme is expected to have. */
export const WALK_RUN_STAGE_MAX = 20;

export const runningLoadSchema = z.object({
  /** Running time in the week before the visit. */
  minutesPerWeek: z
    .int({ message: 'Running time is a whole number of minutes a week.' })
    .min(0, { message: 'Running time cannot be negative.' })
    .max(3000, { message: 'Running time is at most 3000 minutes (50 hours) a week.' })
    .nullable(),
  /** Running distance in the week before the visit, to 0.1 km. */
  kmPerWeek: z
    .number({ message: 'Running distance is a number of kilometres a week.' })
    .min(0, { message: 'Running distance cannot be negative.' })
    .max(500, { message: 'Running distance is at most 500 km a week.' })
    .refine((km) => Math.round(km * 10) === km * 10, {
      message: 'Give the running distance to one decimal place, e.g. 12.5 km.',
    })
    .nullable(),
  /** The walk-run (return-to-run) stage the patient is on, 1 = the first. */
  walkRunStage: z
    .int({ message: 'The walk-run stage is a whole number.' })
    .min(1, { message: 'The walk-run stage starts at 1.' })
    .max(WALK_RUN_STAGE_MAX, {
      message: `The walk-run stage is at most ${WALK_RUN_STAGE_MAX}.`,
    })
    .nullable(),
  /** E.g. "run 2 min / walk 1 min × 8, every other day". */
  note: z
    .string()
    .trim()
    .max(300, { message: 'The running note is too long: keep it to 300 characters.' }),
});
export type RunningLoad = z.infer<typeof runningLoadSchema>;

export const EMPTY_RUNNING_LOAD: RunningLoad = {
  minutesPerWeek: null,
  kmPerWeek: null,
  walkRunStage: null,
  note: '',
};

export const painRules = ['during_above_limit', 'not_settled', 'weekly_rise'] as const;
export type PainRule = (typeof painRules)[number];

/** What the pain-monitoring model says about a visit's recordings. */
export const painAssessmentSchema = z.object({
  status: z.enum(['reduce_load', 'within_model', 'not_recorded']),
  /** One line per rule broken, in the clinician's words; empty unless reduce_load. */
  reasons: z.array(z.object({ rule: z.enum(painRules), message: z.string() })),
});
export type PainAssessment = z.infer<typeof painAssessmentSchema>;
