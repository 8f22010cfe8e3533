// What the clinician chooses when printing a plan version (paper, layout, large print, images).
import { z } from 'zod';
import { idSchema } from './common';
import { paperSizeSchema } from './settings';

export const printOptionsSchema = z.object({
  /** Omitted: the clinic's default paper size from settings. */
  paperSize: paperSizeSchema.optional(),
  /** Items side by side; large print always prints one per row. */
  itemsPerRow: z.union([z.literal(1), z.literal(2)]).default(1),
  /** Larger type (16 pt body) for patients with low vision. */
  largePrint: z.boolean().default(false),
  includeImages: z.boolean().default(true),
});
export type PrintOptions = z.output<typeof printOptionsSchema>;

export const homeProgrammeOptionsSchema = printOptionsSchema.extend({
  /** Weeks of tick boxes on the adherence sheet; 0 leaves the sheet out. */
  adherenceWeeks: z
    .int({ message: 'Weeks must be a whole number.' })
    .min(0, { message: 'Weeks cannot be negative.' })
    .max(6, { message: 'Print at most 6 weeks of tick boxes at a time.' })
    .default(2),
  /** Print the per-item notes written for this patient (never the library's clinician notes). */
  includeItemNotes: z.boolean().default(true),
  /** Print each exercise's progression ("when it gets easy…"); off unless the clinician asks. */
  includeProgression: z.boolean().default(false),
  /**
   * The phases to print, in any order (they print in the plan's order). Omitted: the phase the
   * patient is in, so a week-1 sheet and its diary never show weeks 2–6.
   */
  phaseIds: z
    .array(idSchema)
    .min(1, { message: 'Choose at least one phase to print.' })
    .max(12)
    .optional(),
});
export type HomeProgrammeOptions = z.output<typeof homeProgrammeOptionsSchema>;

export const planSummaryOptionsSchema = printOptionsSchema;
export type PlanSummaryOptions = z.output<typeof planSummaryOptionsSchema>;
