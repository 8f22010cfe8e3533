// Treatment plans, their items (copies of library content + this patient's dose) and
// the frozen versions that PDFs and visits refer to.
import { z } from 'zod';
import { idSchema, isoDateSchema, timestampSchema } from './common';
import { itemContentSchema } from './library';
import { patientHeaderSchema } from './patient';

export const planStatuses = ['draft', 'active', 'completed'] as const;
export const planStatusSchema = z.enum(planStatuses);
export type PlanStatus = z.infer<typeof planStatusSchema>;

export const goalSchema = z.object({
  id: idSchema,
  description: z.string().trim().min(1, { message: 'Describe the goal.' }).max(300),
  /** Measurable target, e.g. "First-step pain ≤ 2/10" or "Run 5 km pain-free". */
  target: z.string().trim().max(200),
  targetDate: isoDateSchema.nullable(),
});
export type Goal = z.infer<typeof goalSchema>;

export const phaseSchema = z.object({
  id: idSchema,
  title: z.string().trim().min(1, { message: 'Give the phase a title.' }).max(120),
  description: z.string().trim().max(1000),
});
export type Phase = z.infer<typeof phaseSchema>;

/** An item in a plan: a copy of the library content at the time it was added, plus its dose. */
export const planItemSchema = z.intersection(
  itemContentSchema,
  z.object({
    id: idSchema,
    phaseId: idSchema,
    sourceItemId: idSchema.nullable(),
    sourceBuiltInKey: z.string().nullable(),
    /** Notes for this patient (clinician-facing unless printed by choice). */
    patientNote: z.string().trim().max(2000),
  }),
);
export type PlanItem = z.infer<typeof planItemSchema>;

export const redFlagTypes = {
  suspected_stress_fracture: 'Suspected calcaneal stress fracture',
  pain_not_improving_with_rest: 'Pain not improving with rest',
  night_pain: 'Night pain',
  swelling_redness_warmth: 'Swelling, redness or warmth',
  numbness_tingling: 'Numbness or tingling',
  other_joints_inflamed: 'Other joints inflamed',
  suspected_tendon_rupture: 'Suspected Achilles tendon rupture',
  other: 'Other',
} as const;
export type RedFlagType = keyof typeof redFlagTypes;
export const redFlagTypeSchema = z.enum(
  Object.keys(redFlagTypes) as [RedFlagType, ...RedFlagType[]],
);

export const redFlagSchema = z.object({
  id: idSchema,
  type: redFlagTypeSchema,
  note: z.string().trim().max(1000),
  recordedAt: timestampSchema,
  /** The clinician has seen it and decided how the plan proceeds (e.g. referred, cleared). */
  acknowledgedAt: timestampSchema.nullable(),
  acknowledgement: z.string().trim().max(1000),
});
export type RedFlag = z.infer<typeof redFlagSchema>;

export const planPhaseWithItemsSchema = phaseSchema.extend({ items: z.array(planItemSchema) });
export type PlanPhaseWithItems = z.infer<typeof planPhaseWithItemsSchema>;

export const planSchema = z.object({
  id: idSchema,
  /** Null for a template (protocol). */
  patientId: idSchema.nullable(),
  title: z.string().trim().min(1).max(160),
  condition: z.string().trim().max(160),
  status: planStatusSchema,
  goals: z.array(goalSchema),
  phases: z.array(planPhaseWithItemsSchema),
  redFlags: z.array(redFlagSchema),
  /** Optimistic concurrency: every write must name the revision it was based on. */
  revision: z.int().positive(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Plan = z.infer<typeof planSchema>;

/** The frozen content of an issued plan version: all a PDF or a visit needs. */
export const planVersionSnapshotSchema = z.object({
  planId: idSchema,
  versionNumber: z.int().positive(),
  issuedAt: timestampSchema,
  patient: patientHeaderSchema,
  title: z.string(),
  condition: z.string(),
  goals: z.array(goalSchema),
  phases: z.array(planPhaseWithItemsSchema),
  redFlags: z.array(redFlagSchema),
});
export type PlanVersionSnapshot = z.infer<typeof planVersionSnapshotSchema>;

export const planVersionSummarySchema = z.object({
  id: idSchema,
  planId: idSchema,
  versionNumber: z.int().positive(),
  issuedAt: timestampSchema,
  itemCount: z.int().nonnegative(),
});
export type PlanVersionSummary = z.infer<typeof planVersionSummarySchema>;
