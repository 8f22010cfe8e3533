// The patient page: visit list, progress series for the charts, and the visit timeline.
import { z } from 'zod';
import { idSchema, isoDateSchema, unreadableCountSchema } from './common';
import { outcomeMeasureKeySchema } from '../outcomes/common';
import { visitTimeSchema } from './visit';

export const visitSummarySchema = z.object({
  id: idSchema,
  date: isoDateSchema,
  time: visitTimeSchema,
  planVersionNumber: z.int().positive().nullable(),
  planTitle: z.string().nullable(),
  /** First line of the Subjective note, for the list. */
  headline: z.string(),
  treatmentCount: z.int().nonnegative(),
  scores: z.array(
    z.object({
      measure: outcomeMeasureKeySchema,
      score: z.number().nullable(),
      reachesMcid: z.boolean(),
    }),
  ),
  adherencePercent: z.number().nullable(),
  locked: z.boolean(),
  amended: z.boolean(),
  archived: z.boolean(),
});
export type VisitSummary = z.infer<typeof visitSummarySchema>;

export const measureSeriesSchema = z.object({
  measure: outcomeMeasureKeySchema,
  baseline: z.number(),
  /** The score that would reach the MCID from the baseline, for the chart's reference line. */
  mcidTarget: z.number(),
  points: z.array(
    z.object({
      visitId: idSchema,
      date: isoDateSchema,
      score: z.number(),
      change: z.number(),
      reachesMcid: z.boolean(),
    }),
  ),
});
export type MeasureSeries = z.infer<typeof measureSeriesSchema>;

export const planChangesSchema = z.object({
  added: z.array(z.string()),
  removed: z.array(z.string()),
  changed: z.array(z.string()),
});
export type PlanChanges = z.infer<typeof planChangesSchema>;

export const timelineEntrySchema = z.object({
  visitId: idSchema,
  date: isoDateSchema,
  planVersionNumber: z.int().positive().nullable(),
  planTitle: z.string().nullable(),
  /** Null for the first visit, or when no plan version changed since the previous visit. */
  planChanges: planChangesSchema.nullable(),
  /** True when a different plan (or version) is in force than at the previous visit. */
  planChanged: z.boolean(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const patientProgressSchema = z.object({
  measures: z.array(measureSeriesSchema),
  /** First-step pain from the paper grids, one point per day. */
  firstStepPain: z.array(z.object({ date: isoDateSchema, pain: z.int().min(0).max(10) })),
  adherence: z.array(z.object({ visitId: idSchema, date: isoDateSchema, percent: z.number() })),
  /** Pain diary and the visits' own entries by day: first steps, during exercise, next morning. */
  painMonitoring: z.array(
    z.object({
      date: isoDateSchema,
      firstStepPain: z.int().min(0).max(10).nullable(),
      duringExercise: z.int().min(0).max(10).nullable(),
      nextMorning: z.int().min(0).max(10).nullable(),
    }),
  ),
  /** Running load recorded at visits, for charting with pain. */
  running: z.array(
    z.object({
      visitId: idSchema,
      date: isoDateSchema,
      minutesPerWeek: z.int().nullable(),
      kmPerWeek: z.number().nullable(),
      walkRunStage: z.int().nullable(),
    }),
  ),
  timeline: z.array(timelineEntrySchema),
});
export type PatientProgress = z.infer<typeof patientProgressSchema>;

export const patientVisitsOverviewSchema = z.object({
  patientId: idSchema,
  patient: z.object({
    firstName: z.string(),
    lastName: z.string(),
    dateOfBirth: isoDateSchema.nullable(),
    archived: z.boolean(),
  }),
  visits: z.array(visitSummarySchema),
  progress: patientProgressSchema,
  /** Visits that could not be read and were left out of the list and the progress. */
  unreadable: unreadableCountSchema,
});
export type PatientVisitsOverview = z.infer<typeof patientVisitsOverviewSchema>;

export const recentVisitSchema = z.object({
  id: idSchema,
  patientId: idSchema,
  patientName: z.string(),
  date: isoDateSchema,
  time: visitTimeSchema,
  headline: z.string(),
});
export type RecentVisit = z.infer<typeof recentVisitSchema>;
