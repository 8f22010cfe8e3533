// Printed documents: an issued plan version's home programme and plan summary, and a visit's
// summary. Each is rendered once: the preview answers with the file and a reference to it, and
// saving or printing hands back that reference, so what leaves the app is what was shown.
import { z } from 'zod';
import { method } from './define';
import { idSchema } from '../domain/common';
import { uiLanguageSchema } from '../i18n/language-schema';
import { homeProgrammeOptionsSchema, planSummaryOptionsSchema } from '../domain/print-options';

export const pdfFileSchema = z.object({
  /** e.g. "Unal-Zoe-home-programme-v3-2026-11-22.pdf" (ASCII, safe on every file system). */
  fileName: z.string(),
  dataBase64: z.string(),
  pageCount: z.int().positive(),
});
export type PdfFile = z.infer<typeof pdfFileSchema>;

/** An item printed in English because it has no text (or out-of-date text) in the language. */
export const untranslatedItemSchema = z.object({
  title: z.string(),
  status: z.enum(['missing', 'outdated']),
});
export type UntranslatedItem = z.infer<typeof untranslatedItemSchema>;

/** A rendered document the core keeps for a while, so saving or printing it needs no new render. */
export const pdfDocumentSchema = pdfFileSchema.extend({
  documentId: idSchema,
  /** The language it is printed in (the one asked for, else the patient's or the clinic's). */
  language: uiLanguageSchema,
  /** Items printed in English in a document of another language, for the clinician to see. */
  untranslated: z.array(untranslatedItemSchema),
});
export type PdfDocument = z.infer<typeof pdfDocumentSchema>;

/** Why a rendered document leaves the app; each is recorded in the audit log. */
export const pdfOutputPurposeSchema = z.enum(['save', 'print']);
export type PdfOutputPurpose = z.infer<typeof pdfOutputPurposeSchema>;

export const pdfMethods = {
  'pdf.homeProgramme': method(
    z.object({
      planVersionId: idSchema,
      options: homeProgrammeOptionsSchema.prefault({}),
      /** Unset: the patient's preferred language, else the clinic's handout language. */
      language: uiLanguageSchema.optional(),
    }),
    pdfDocumentSchema,
  ),
  'pdf.planSummary': method(
    z.object({
      planVersionId: idSchema,
      options: planSummaryOptionsSchema.prefault({}),
      /** Unset: English. */
      language: uiLanguageSchema.optional(),
    }),
    pdfDocumentSchema,
  ),
  /** One visit's clinician-facing summary (for a referrer or insurer). */
  'pdf.visitSummary': method(
    z.object({ visitId: idSchema, language: uiLanguageSchema.optional() }),
    pdfDocumentSchema,
  ),
  /**
   * A rendered document being saved or printed: recorded in the audit log, and its bytes (the
   * same the preview showed) returned for the host to write or print.
   */
  'pdf.output': method(
    z.object({ documentId: idSchema, purpose: pdfOutputPurposeSchema }),
    pdfFileSchema,
  ),
};
