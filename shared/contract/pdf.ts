// Printing an issued plan version: the patient's home programme and the clinician's summary.
// The core returns the finished file; saving or printing it is the host's job.
import { z } from 'zod';
import { method } from './define';
import { idSchema } from '../domain/common';
import { homeProgrammeOptionsSchema, planSummaryOptionsSchema } from '../domain/print-options';

export const pdfFileSchema = z.object({
  /** e.g. "Unal-Zoe-home-programme-v3-2026-11-22.pdf" (ASCII, safe on every file system). */
  fileName: z.string(),
  dataBase64: z.string(),
  pageCount: z.int().positive(),
});
export type PdfFile = z.infer<typeof pdfFileSchema>;

/**
 * Why the document is made: a preview on screen is not recorded; a saved or printed copy is
 * recorded in the audit log (it has left the app).
 */
export const pdfPurposeSchema = z.enum(['preview', 'save', 'print']);
export type PdfPurpose = z.infer<typeof pdfPurposeSchema>;

export const pdfMethods = {
  'pdf.homeProgramme': method(
    z.object({
      planVersionId: idSchema,
      options: homeProgrammeOptionsSchema.prefault({}),
      purpose: pdfPurposeSchema.default('save'),
    }),
    pdfFileSchema,
  ),
  'pdf.planSummary': method(
    z.object({
      planVersionId: idSchema,
      options: planSummaryOptionsSchema.prefault({}),
      purpose: pdfPurposeSchema.default('save'),
    }),
    pdfFileSchema,
  ),
};
