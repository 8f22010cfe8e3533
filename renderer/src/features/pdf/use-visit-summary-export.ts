// Saving a visit's summary PDF: the core renders it once and keeps it; the host saves that
// document (a native dialog in Electron, a save picker or download in a browser).
import { useMutation } from '@tanstack/react-query';
import { invoke } from '../../app/api';
import type { ApiError } from '../../../../shared/errors';
import { savePdf } from './pdf-output';

export interface SavedDocument {
  fileName: string;
  saved: boolean;
  location: string | null;
}

export function useVisitSummaryExport() {
  return useMutation<SavedDocument, ApiError, string>({
    mutationFn: async (visitId) => {
      const document = await invoke('pdf.visitSummary', { visitId });
      return { fileName: document.fileName, ...(await savePdf(document)) };
    },
  });
}

/** What the clinician is told once the file is saved. */
export function savedMessage(result: SavedDocument): string {
  return result.location
    ? `${result.fileName} was saved to ${result.location}.`
    : `${result.fileName} was saved.`;
}
