// Asking the core for a document. The preview is the document: saving or printing hands its
// reference back (pdf-output.ts), and only then is it recorded in the audit log.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { invoke } from '../../app/api';
import type { PdfDocument } from '../../../../shared/contract/pdf';
import { ApiError } from '../../../../shared/errors';
import type { PrintChoices, PrintDocument } from './PrintOptionsForm';

export function requestPdf(
  document: PrintDocument,
  planVersionId: string,
  choices: PrintChoices,
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
      })
    : invoke('pdf.planSummary', { planVersionId, options });
}

/** The preview for the current choices; the last one stays on screen while the next is made. */
export function usePdfPreview(
  document: PrintDocument,
  planVersionId: string,
  choices: PrintChoices,
  enabled: boolean,
) {
  return useQuery<PdfDocument, ApiError>({
    queryKey: ['pdf.preview', document, planVersionId, choices],
    queryFn: () => requestPdf(document, planVersionId, choices),
    enabled,
    placeholderData: keepPreviousData,
    // Previews are large; do not keep old ones around.
    gcTime: 10_000,
  });
}

/** The document on screen; the buttons that call this are disabled until there is one. */
export function previewDocument(shown: PdfDocument | undefined): PdfDocument {
  if (!shown) throw new ApiError({ code: 'CONFLICT', message: 'Wait for the preview to appear.' });
  return shown;
}
