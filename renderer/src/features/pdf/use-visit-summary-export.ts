// Saving a visit's summary PDF: the core renders it once and keeps it; the host saves that
// document (a native dialog in Electron, a save picker or download in a browser).
import { useMutation } from '@tanstack/react-query';
import { invoke } from '../../app/api';
import type { ApiError } from '../../../../shared/errors';
import { savePdf } from './pdf-output';
import { useT, useUiLanguage } from '../../app/i18n';

export interface SavedDocument {
  fileName: string;
  saved: boolean;
  location: string | null;
  /** What the clinician is told once the file is saved, in the screens' language. */
  message: string;
}

/** The summary is written in the clinician's screen language. */
export function useVisitSummaryExport() {
  const language = useUiLanguage();
  const t = useT();
  return useMutation<SavedDocument, ApiError, string>({
    mutationFn: async (visitId) => {
      const document = await invoke('pdf.visitSummary', { visitId, language });
      const saved = await savePdf(document);
      const file = document.fileName;
      const message = saved.location
        ? t('print:dialog.savedTo', { file, location: saved.location })
        : t('print:dialog.saved', { file });
      return { fileName: file, ...saved, message };
    },
  });
}

/** What the clinician is told once the file is saved. */
export function savedMessage(result: SavedDocument): string {
  return result.message;
}
