// Visits: the SOAP note, treatments delivered in clinic with the settings actually used,
// outcome measures (answers + computed scores), adherence from the paper grid, amendments.
import { z } from 'zod';
import { idSchema, isoDateSchema, timestampSchema } from './common';
import { findingsSchema, itemParametersSchema } from './parameters';
import {
  painAssessmentSchema,
  painMonitoringSchema,
  painRatingSchema,
  runningLoadSchema,
} from './load-monitoring';
import { outcomeAnswersSchema } from '../outcomes/index';
import { outcomeMeasureKeySchema, scoreResultSchema } from '../outcomes/common';

const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label} is too long: keep it to ${max} characters.` });

export const visitTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Use a time like 09:30 (24-hour clock).' });

export const soapSchema = z.object({
  subjective: text('Subjective', 10000),
  objective: text('Objective', 10000),
  assessment: text('Assessment', 10000),
  plan: text('Plan', 10000),
});
export type Soap = z.infer<typeof soapSchema>;
export const soapFields = ['subjective', 'objective', 'assessment', 'plan'] as const;
export type SoapField = (typeof soapFields)[number];

/** A treatment given at the visit: the kind's parameters as actually used. */
export const deliveredTreatmentDraftSchema = z.intersection(
  z.object({
    /** Present when editing a treatment already saved with the visit. */
    id: idSchema.optional(),
    /** The plan item this was prefilled from, if any. */
    planItemId: idSchema.nullable(),
    title: text('Treatment name', 160).min(1, { message: 'Name the treatment.' }),
    /** Assessment results (empty for other kinds). */
    findings: findingsSchema,
    notes: text('Treatment notes', 2000),
  }),
  itemParametersSchema,
);
export type DeliveredTreatmentDraft = z.infer<typeof deliveredTreatmentDraftSchema>;
export type DeliveredTreatment = DeliveredTreatmentDraft & { id: string };

export const outcomeRecordDraftSchema = z.object({
  id: idSchema.optional(),
  form: outcomeAnswersSchema,
  /** E.g. which pain NPRS rated ("first steps in the morning"). */
  note: text('Note', 300),
});
export type OutcomeRecordDraft = z.infer<typeof outcomeRecordDraftSchema>;

const painOfDay = painRatingSchema('First-step pain');
const painWeek = (label: string) =>
  z
    .array(painRatingSchema(label))
    .length(7, { message: `A week has 7 days of ${label.toLowerCase()} ratings.` });

/**
 * One printed weekly grid: ticks per exercise per day, and the pain diary per day: first
 * steps in the morning, during exercise, and the next morning after it. The last two came
 * later and are left out of grids recorded before them (read as all blank).
 */
export const adherenceWeekSchema = z.object({
  weekStart: isoDateSchema,
  firstStepPain: z.array(painOfDay).length(7, { message: 'A week has 7 days of pain ratings.' }),
  painDuringExercise: painWeek('Pain during exercise').optional(),
  nextMorningPain: painWeek('Next-morning pain').optional(),
  exercises: z
    .array(
      z.object({
        planItemId: idSchema.nullable(),
        title: text('Exercise name', 160).min(1),
        /** Days a week the plan asks for (7 when every day). */
        targetDays: z.int().min(1).max(7),
        days: z.array(z.boolean()).length(7, { message: 'A week has 7 days of ticks.' }),
      }),
    )
    .max(40),
});
export type AdherenceWeek = z.infer<typeof adherenceWeekSchema>;

export const visitDraftSchema = z
  .object({
    patientId: idSchema,
    date: isoDateSchema,
    time: visitTimeSchema,
    /** The issued plan version in force at this visit, if any. */
    planVersionId: idSchema.nullable(),
    soap: soapSchema,
    treatments: z.array(deliveredTreatmentDraftSchema).max(60),
    outcomes: z.array(outcomeRecordDraftSchema).max(12),
    adherence: z.array(adherenceWeekSchema).max(12),
    /** Pain around the last exercise session; left out: not recorded, or unchanged on an edit. */
    painMonitoring: painMonitoringSchema.optional(),
    /** Weekly running and walk-run stage; left out: not recorded, or unchanged on an edit. */
    running: runningLoadSchema.optional(),
  })
  .superRefine((draft, ctx) => {
    const seen = new Set<string>();
    draft.outcomes.forEach((record, index) => {
      if (seen.has(record.form.measure)) {
        ctx.addIssue({
          code: 'custom',
          path: ['outcomes', index, 'form', 'measure'],
          message: 'This measure is already entered for this visit; edit that entry instead.',
        });
      }
      seen.add(record.form.measure);
    });
    const weeks = new Set<string>();
    draft.adherence.forEach((week, index) => {
      if (weeks.has(week.weekStart)) {
        ctx.addIssue({
          code: 'custom',
          path: ['adherence', index, 'weekStart'],
          message: 'This week is already entered.',
        });
      }
      weeks.add(week.weekStart);
    });
  });
export type VisitDraft = z.infer<typeof visitDraftSchema>;

export const amendableFields = [
  'date',
  'time',
  'planVersionId',
  'subjective',
  'objective',
  'assessment',
  'plan',
  'treatments',
  'outcomes',
  'adherence',
  'painMonitoring',
  'running',
] as const;
export type AmendableField = (typeof amendableFields)[number];

/** A change made after the day of the visit; the value before it is kept here. */
export const amendmentSchema = z.object({
  id: idSchema,
  field: z.enum(amendableFields),
  previous: z.unknown(),
  next: z.unknown(),
  reason: z.string(),
  amendedAt: timestampSchema,
});
export type Amendment = z.infer<typeof amendmentSchema>;

export const baselineComparisonSchema = z.object({
  measure: outcomeMeasureKeySchema,
  baseline: z.number(),
  current: z.number(),
  change: z.number(),
  improvement: z.number(),
  percentImprovement: z.number().nullable(),
  direction: z.enum(['better', 'worse', 'unchanged']),
  reachesMcid: z.boolean(),
  worseByMcid: z.boolean(),
});

export const outcomeRecordSchema = z.object({
  id: idSchema,
  form: outcomeAnswersSchema,
  note: z.string(),
  result: scoreResultSchema,
  /** Null for the baseline itself and for forms that are not scored. */
  comparison: baselineComparisonSchema.nullable(),
  baselineDate: isoDateSchema.nullable(),
});
export type OutcomeRecord = z.infer<typeof outcomeRecordSchema>;

export const adherenceSummarySchema = z.object({
  daysDone: z.int().nonnegative(),
  daysTarget: z.int().nonnegative(),
  /** Null when nothing was prescribed in the weeks entered. */
  percent: z.number().nullable(),
  painSeries: z.array(z.object({ date: isoDateSchema, pain: z.int().min(0).max(10) })),
});
export type AdherenceSummary = z.infer<typeof adherenceSummarySchema>;

export const visitSchema = z.object({
  id: idSchema,
  patientId: idSchema,
  date: isoDateSchema,
  time: visitTimeSchema,
  planId: idSchema.nullable(),
  planVersionId: idSchema.nullable(),
  planVersionNumber: z.int().positive().nullable(),
  planTitle: z.string().nullable(),
  soap: soapSchema,
  treatments: z.array(z.intersection(deliveredTreatmentDraftSchema, z.object({ id: idSchema }))),
  outcomes: z.array(outcomeRecordSchema),
  adherence: z.array(adherenceWeekSchema),
  adherenceSummary: adherenceSummarySchema,
  painMonitoring: painMonitoringSchema,
  running: runningLoadSchema,
  /** The pain-monitoring model applied to this visit's recordings. */
  painAssessment: painAssessmentSchema,
  /** After the day of the visit, changes are amendments with a reason. */
  locked: z.boolean(),
  amendments: z.array(amendmentSchema),
  archived: z.boolean(),
  archivedReason: z.string(),
  revision: z.int().positive(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Visit = z.infer<typeof visitSchema>;
