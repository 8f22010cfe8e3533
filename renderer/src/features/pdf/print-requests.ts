// Asking the core for a document. The preview is the document: saving or printing hands its
// reference back (pdf-output.ts), and only then is it recorded in the audit log.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { invoke } from '../../app/api';
import type { PdfDocument } from '../../../../shared/contract/pdf';
import type { UiLanguage } from '../../../../shared/i18n';
import { ApiError } from '../../../../shared/errors';
import type { PrintChoices, PrintDocument } from './PrintOptionsForm';

export function requestPdf(
  document: PrintDocument,
  planVersionId: string,
  choices: PrintChoices,
  language: UiLanguage,
): Promise<PdfDocument> {
  const options = {
    ...(choices.paperSize === 'clinic' ? {} : { paperSize: choices.paperSize }),
    itemsPerRow: choices.itemsPerRow,
    largePrint: choices.largePrint,
    includeImages: choices.includeImages,
  };
  return document === 'home-programme'
    ? invoke('pdf.homeProgramme', {
        planVersionId,
        options: {
          ...options,
          adherenceWeeks: choices.adherenceWeeks,
          includeItemNotes: choices.includeItemNotes,
          includeProgression: choices.includeProgression,
          ...(choices.phaseIds === null ? {} : { phaseIds: choices.phaseIds }),
        },
        language,
      })
    : invoke('pdf.planSummary', { planVersionId, options, language });
}

/** The preview for the current choices; the last one stays on screen while the next is made. */
export function usePdfPreview(
  document: PrintDocument,
  planVersionId: string,
  choices: PrintChoices,
  language: UiLanguage,
  enabled: boolean,
) {
  return useQuery<PdfDocument, ApiError>({
    queryKey: ['pdf.preview', document, planVersionId, choices, language],
    queryFn: () => requestPdf(document, planVersionId, choices, language),
    enabled,
    placeholderData: keepPreviousData,
    // Previews are large; do not keep old ones around.
    gcTime: 10_000,
  });
}

/** The document on screen; the buttons that call this are disabled until there is one. */
export function previewDocument(shown: PdfDocument | undefined, message: string): PdfDocument {
  if (!shown) throw new ApiError({ code: 'CONFLICT', message });
  return shown;
}
