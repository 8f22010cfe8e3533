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

export const pdfMethods = {
  'pdf.homeProgramme': method(
    z.object({ planVersionId: idSchema, options: homeProgrammeOptionsSchema.prefault({}) }),
    pdfFileSchema,
  ),
  'pdf.planSummary': method(
    z.object({ planVersionId: idSchema, options: planSummaryOptionsSchema.prefault({}) }),
    pdfFileSchema,
  ),
};
