// Treatment plans, their items (copies of library content + this patient's dose) and
// the frozen versions that PDFs and visits refer to.
import { z } from 'zod';
import { idSchema, isoDateSchema, timestampSchema, unreadableCountSchema } from './common';
import { itemContentSchema } from './library';
import { patientHeaderSchema } from './patient';
import { criterionEvaluationSchema, phaseCriterionSchema } from './phase-criteria';
import {
  redFlagDecisionKeys,
  redFlagLabels,
  redFlagTypeKeys,
  type RedFlagType,
} from '../safety/red-flag-types';

/** The answer (CONFLICT) to a write based on a revision that is no longer current. */
export const STALE_PLAN_MESSAGE =
  'This plan was changed in another window (or by another clinician) since you opened it, so your change was not saved. Reload the plan to see the latest version, then make your change again.';

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
  /** What should be true before the patient moves into this phase (none for the first). */
  entryCriteria: z.array(phaseCriterionSchema).max(8).default([]),
});
export type Phase = z.infer<typeof phaseSchema>;

export const phaseDecisions = {
  move_on: 'Moved on',
  stay: 'Stayed',
  step_back: 'Stepped back',
} as const;
export type PhaseDecisionKind = keyof typeof phaseDecisions;
export const phaseDecisionKindSchema = z.enum(
  Object.keys(phaseDecisions) as [PhaseDecisionKind, ...PhaseDecisionKind[]],
);

/** The clinician's decision on the patient's phase, with the criteria as they stood. */
export const phaseDecisionSchema = z.object({
  id: idSchema,
  decision: phaseDecisionKindSchema,
  fromPhaseId: idSchema,
  fromPhaseTitle: z.string(),
  toPhaseId: idSchema,
  toPhaseTitle: z.string(),
  reason: z.string(),
  /** The visit it was decided at, if any. */
  visitId: idSchema.nullable(),
  criteria: z.array(criterionEvaluationSchema),
  decidedAt: timestampSchema,
});
export type PhaseDecision = z.infer<typeof phaseDecisionSchema>;

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

/** Clinician-facing names by type; the rest of each type's rules live in shared/safety. */
export const redFlagTypes = redFlagLabels;
export type { RedFlagType };
export const redFlagTypeSchema = z.enum(redFlagTypeKeys);
export const redFlagDecisionSchema = z.enum(redFlagDecisionKeys);

export const redFlagSchema = z.object({
  id: idSchema,
  type: redFlagTypeSchema,
  note: z.string().trim().max(1000),
  recordedAt: timestampSchema,
  /** The clinician has seen it and decided how the plan proceeds (e.g. referred, cleared). */
  acknowledgedAt: timestampSchema.nullable(),
  /** The clinician's words on the decision (optional once a decision is chosen). */
  acknowledgement: z.string().trim().max(1000),
  /**
   * What was decided; it decides what a patient may take home. Null while open, and on flags
   * acknowledged before decisions existed (those need a decision before anything prints).
   */
  decision: redFlagDecisionSchema.nullable().default(null),
  /** The visit whose findings raised this flag, if it was raised from a visit. */
  visitId: idSchema.nullable().default(null),
});
export type RedFlag = z.infer<typeof redFlagSchema>;

export const planPhaseWithItemsSchema = phaseSchema.extend({ items: z.array(planItemSchema) });
export type PlanPhaseWithItems = z.infer<typeof planPhaseWithItemsSchema>;

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
  /** The phase the patient was in when issued (absent in versions issued before phases had one). */
  currentPhaseId: idSchema.optional(),
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

export const planTitleSchema = z
  .string()
  .trim()
  .min(1, { message: 'Give the plan a title.' })
  .max(160, { message: 'Keep the title to 160 characters.' });
export const planConditionSchema = z
  .string()
  .trim()
  .max(160, { message: 'Keep the condition to 160 characters.' });

export const planSchema = z.object({
  id: idSchema,
  /** Null for a template (protocol). */
  patientId: idSchema.nullable(),
  title: planTitleSchema,
  condition: planConditionSchema,
  /** What a template is for (templates only; empty on a patient's plan). */
  description: z.string().max(2000),
  status: planStatusSchema,
  goals: z.array(goalSchema),
  phases: z.array(planPhaseWithItemsSchema),
  /** The phase the patient is in now: what the home sheet prints by default. */
  currentPhaseId: idSchema,
  /** Phase decisions, oldest first: the plan's progression timeline. */
  phaseDecisions: z.array(phaseDecisionSchema),
  redFlags: z.array(redFlagSchema),
  /** Optimistic concurrency: every write must name the revision it was based on. */
  revision: z.int().positive(),
  /** Key of a built-in protocol (read-only template), else null. */
  builtInKey: z.string().nullable(),
  archived: z.boolean(),
  /** Issued versions, oldest first. */
  versions: z.array(planVersionSummarySchema),
  /** Whether the plan was changed after its latest version was issued (true when never issued). */
  changedSinceIssue: z.boolean(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Plan = z.infer<typeof planSchema>;

/** A row of a patient's plan list. */
export const planSummarySchema = z.object({
  id: idSchema,
  patientId: idSchema,
  title: z.string(),
  condition: z.string(),
  status: planStatusSchema,
  itemCount: z.int().nonnegative(),
  latestVersion: planVersionSummarySchema.nullable(),
  archived: z.boolean(),
  updatedAt: timestampSchema,
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

/** A patient's plans, and how many damaged plan records were left out. */
export const planListSchema = z.object({
  plans: z.array(planSummarySchema),
  unreadable: unreadableCountSchema,
});
export type PlanList = z.infer<typeof planListSchema>;

/** A row of the template (protocol) list. */
export const templateSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  condition: z.string(),
  description: z.string(),
  builtInKey: z.string().nullable(),
  phaseCount: z.int().nonnegative(),
  itemCount: z.int().nonnegative(),
  archived: z.boolean(),
  updatedAt: timestampSchema,
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;

/** A goal as edited: new goals have no id yet. */
export const goalDraftSchema = goalSchema.extend({ id: idSchema.optional() });
export type GoalDraft = z.infer<typeof goalDraftSchema>;
