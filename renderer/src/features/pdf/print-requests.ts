// Asking the core for a document: the preview (not recorded) and the copy that is saved or
// printed (recorded in the audit log).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { invoke } from '../../app/api';
import type { PdfFile, PdfPurpose } from '../../../../shared/contract/pdf';
import type { ApiError } from '../../../../shared/errors';
import type { PrintChoices, PrintDocument } from './PrintOptionsForm';

export function requestPdf(
  document: PrintDocument,
  planVersionId: string,
  choices: PrintChoices,
  purpose: PdfPurpose,
): Promise<PdfFile> {
  const options = {
    ...(choices.paperSize === 'clinic' ? {} : { paperSize: choices.paperSize }),
    itemsPerRow: choices.itemsPerRow,
    largePrint: choices.largePrint,
    includeImages: choices.includeImages,
  };
  return document === 'home-programme'
    ? invoke('pdf.homeProgramme', {
        planVersionId,
        purpose,
        options: {
          ...options,
          adherenceWeeks: choices.adherenceWeeks,
          includeItemNotes: choices.includeItemNotes,
          includeProgression: choices.includeProgression,
          ...(choices.phaseIds === null ? {} : { phaseIds: choices.phaseIds }),
        },
      })
    : invoke('pdf.planSummary', { planVersionId, purpose, options });
}

/** The preview for the current choices; the last one stays on screen while the next is made. */
export function usePdfPreview(
  document: PrintDocument,
  planVersionId: string,
  choices: PrintChoices,
  enabled: boolean,
) {
  return useQuery<PdfFile, ApiError>({
    queryKey: ['pdf.preview', document, planVersionId, choices],
    queryFn: () => requestPdf(document, planVersionId, choices, 'preview'),
    enabled,
    placeholderData: keepPreviousData,
    // Previews are large; do not keep old ones around.
    gcTime: 10_000,
  });
}
