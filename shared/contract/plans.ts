// Treatment plans and templates: build, dose, order, issue versions, compare them.
// Every write names the plan revision it was based on; a stale one is refused (CONFLICT).
import { z } from 'zod';
import { idSchema, isoDateSchema } from '../domain/common';
import { phaseCriterionDraftSchema, phaseProgressSchema } from '../domain/phase-criteria';
import {
  exerciseStepSchema,
  itemParametersSchema,
  stepDirectionSchema,
} from '../domain/parameters';
import {
  goalDraftSchema,
  planConditionSchema,
  planSchema,
  planStatusSchema,
  planListSchema,
  planTitleSchema,
  planVersionSnapshotSchema,
  planVersionSummarySchema,
  redFlagTypeSchema,
  templateSummarySchema,
} from '../domain/plan';
import { planDiffSchema } from '../plans/plan-diff';
import { libraryChangeSchema } from '../plans/content-diff';
import { redFlagDecisionKeys } from '../safety/red-flag-types';
import { method } from './define';

/** Which plan, and the revision the caller's copy of it has. */
const planWrite = { planId: idSchema, revision: z.int().positive() };
const phaseTitleSchema = z
  .string()
  .trim()
  .min(1, { message: 'Give the phase a title.' })
  .max(120, { message: 'Keep the phase title to 120 characters.' });
const phaseDescriptionSchema = z.string().trim().max(1000);
const descriptionSchema = z
  .string()
  .trim()
  .max(2000, { message: 'Keep the description to 2000 characters.' });
const noteSchema = z.string().trim().max(2000, { message: 'Keep the note to 2000 characters.' });
/** 0-based place in a list; past the end means "at the end". */
const indexSchema = z.int().min(0);

export const plansMethods = {
  'plans.listForPatient': method(
    z.object({ patientId: idSchema, includeArchived: z.boolean().default(false) }),
    planListSchema,
  ),
  'plans.get': method(z.object({ planId: idSchema }), planSchema),
  /** A new plan for a patient, empty (one phase) or started from a template. */
  'plans.create': method(
    z.object({
      patientId: idSchema,
      title: planTitleSchema.optional(),
      condition: planConditionSchema.optional(),
      templateId: idSchema.optional(),
    }),
    planSchema,
  ),
  'plans.update': method(
    z.object({
      ...planWrite,
      title: planTitleSchema,
      condition: planConditionSchema,
      description: descriptionSchema.default(''),
    }),
    planSchema,
  ),
  /** Making a plan active completes the patient's previously active plan. */
  'plans.setStatus': method(z.object({ ...planWrite, status: planStatusSchema }), planSchema),
  'plans.archive': method(z.object(planWrite), planSchema),
  'plans.restore': method(z.object(planWrite), planSchema),
  'plans.setGoals': method(
    z.object({ ...planWrite, goals: z.array(goalDraftSchema).max(20) }),
    planSchema,
  ),

  'plans.addPhase': method(
    z.object({
      ...planWrite,
      title: phaseTitleSchema,
      description: phaseDescriptionSchema.default(''),
      index: indexSchema.optional(),
    }),
    planSchema,
  ),
  'plans.updatePhase': method(
    z.object({
      ...planWrite,
      phaseId: idSchema,
      title: phaseTitleSchema,
      description: phaseDescriptionSchema.default(''),
    }),
    planSchema,
  ),
  'plans.movePhase': method(
    z.object({ ...planWrite, phaseId: idSchema, index: indexSchema }),
    planSchema,
  ),
  /** Replaces the phase's entry criteria (what must be true before the patient moves into it). */
  'plans.setPhaseCriteria': method(
    z.object({
      ...planWrite,
      phaseId: idSchema,
      criteria: z
        .array(phaseCriterionDraftSchema)
        .max(8, { message: 'A phase can have at most 8 entry criteria.' }),
    }),
    planSchema,
  ),
  /** The patient's phase and the next phase's entry criteria judged on the readings so far. */
  'plans.phaseProgress': method(
    z.object({ planId: idSchema, asOf: isoDateSchema.optional() }),
    phaseProgressSchema,
  ),
  /**
   * The clinician's decision on the phase (move on, stay, step back), with the reason; the
   * criteria as they stood are kept with it, and the plan's current phase follows.
   */
  'plans.decidePhase': method(
    z.object({
      ...planWrite,
      toPhaseId: idSchema,
      reason: z
        .string()
        .trim()
        .min(1, { message: 'Say why (for example: all entry criteria met, pain settled).' })
        .max(1000, { message: 'Keep the reason to 1000 characters.' }),
      visitId: idSchema.optional(),
    }),
    planSchema,
  ),
  /** Only an empty phase can be removed. */
  'plans.removePhase': method(z.object({ ...planWrite, phaseId: idSchema }), planSchema),

  /** Plan items whose library item changed since they were added (what changed, old → new). */
  'plans.libraryChanges': method(z.object({ planId: idSchema }), z.array(libraryChangeSchema)),
  /** Takes the library item's current content; the plan's dose, side and patient note stay. */
  'plans.updateItemFromLibrary': method(z.object({ ...planWrite, itemId: idSchema }), planSchema),
  /** Keeps the item as it is until its library item changes again. */
  'plans.keepItemContent': method(z.object({ ...planWrite, itemId: idSchema }), planSchema),
  /** Copies the library item's content into the plan, with its default dose. */
  'plans.addItem': method(
    z.object({
      ...planWrite,
      phaseId: idSchema,
      libraryItemId: idSchema,
      index: indexSchema.optional(),
    }),
    z.object({ plan: planSchema, itemId: idSchema }),
  ),
  /** The dose (validated for the item's kind) and/or this patient's note. */
  'plans.updateItem': method(
    z.object({
      ...planWrite,
      itemId: idSchema,
      dose: itemParametersSchema.optional(),
      patientNote: noteSchema.optional(),
    }),
    planSchema,
  ),
  /** Sets (or clears, with null) an exercise's regression or progression. */
  'plans.setItemStep': method(
    z.object({
      ...planWrite,
      itemId: idSchema,
      direction: stepDirectionSchema,
      step: exerciseStepSchema.nullable(),
    }),
    planSchema,
  ),
  /**
   * Regresses or progresses an exercise: swaps in the linked library item (copied like any
   * added item, in the same place) or sets the step's dose; audited with the visit it came from.
   */
  'plans.applyItemStep': method(
    z.object({
      ...planWrite,
      itemId: idSchema,
      direction: stepDirectionSchema,
      visitId: idSchema.optional(),
    }),
    z.object({ plan: planSchema, itemId: idSchema }),
  ),
  /** Reorder within a phase or move to another phase. */
  'plans.moveItem': method(
    z.object({ ...planWrite, itemId: idSchema, phaseId: idSchema, index: indexSchema }),
    planSchema,
  ),
  'plans.removeItem': method(z.object({ ...planWrite, itemId: idSchema }), planSchema),
  /** Undo of a removal: the item goes back where it was. */
  'plans.restoreItem': method(z.object({ ...planWrite, itemId: idSchema }), planSchema),

  'plans.recordRedFlag': method(
    z.object({ ...planWrite, type: redFlagTypeSchema, note: noteSchema.default('') }),
    planSchema,
  ),
  /**
   * The clinician's decision on a flag (referred, awaiting results, cleared…), recorded or
   * changed later (e.g. cleared once the scan is back). It decides what may print for home.
   */
  'plans.acknowledgeRedFlag': method(
    z.object({
      ...planWrite,
      redFlagId: idSchema,
      decision: z.enum(redFlagDecisionKeys, {
        message: 'Choose what you decided (for example referred for imaging, or cleared).',
      }),
      acknowledgement: z
        .string()
        .trim()
        .max(1000, { message: 'Keep the details to 1000 characters.' })
        .default(''),
    }),
    planSchema,
  ),

  /** Freezes the plan as the next numbered version. Refused while a red flag is open. */
  'plans.issue': method(
    z.object(planWrite),
    z.object({ plan: planSchema, version: planVersionSummarySchema }),
  ),
  'plans.listVersions': method(z.object({ planId: idSchema }), z.array(planVersionSummarySchema)),
  'plans.getVersion': method(
    z.object({ versionId: idSchema }),
    z.object({ version: planVersionSummarySchema, snapshot: planVersionSnapshotSchema }),
  ),
  'plans.diffVersions': method(
    z.object({
      planId: idSchema,
      fromVersion: z.int().positive(),
      toVersion: z.int().positive(),
    }),
    planDiffSchema,
  ),

  'plans.listTemplates': method(
    z.object({ includeArchived: z.boolean().default(false) }),
    z.array(templateSummarySchema),
  ),
  'plans.saveAsTemplate': method(
    z.object({
      planId: idSchema,
      title: planTitleSchema,
      description: descriptionSchema.default(''),
    }),
    templateSummarySchema,
  ),
  'plans.archiveTemplate': method(z.object({ templateId: idSchema }), templateSummarySchema),
  'plans.restoreTemplate': method(z.object({ templateId: idSchema }), templateSummarySchema),
};
