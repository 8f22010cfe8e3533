// Where a document the core rendered goes: saved where the clinician chooses, or sent to the
// system print dialog. Both hand the core back the preview's reference (no second render); the
// core records the save or print in the audit log.
import { invoke } from '../../app/api';
import { hostApi } from '../../app/host';
import type { PdfDocument } from '../../../../shared/contract/pdf';

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

type DocumentRef = Pick<PdfDocument, 'documentId' | 'fileName'>;

/** A native save dialog in Electron (main writes the core's bytes), a save picker or download in a browser. */
export function savePdf(document: DocumentRef) {
  return hostApi.invoke('host.savePdf', {
    documentId: document.documentId,
    fileName: document.fileName,
  });
}

/**
 * Prints from a hidden frame showing the PDF, which opens the system print dialog for the
 * document itself (not for the app's window).
 */
export async function printPdf(document: DocumentRef): Promise<void> {
  const file = await invoke('pdf.output', { documentId: document.documentId, purpose: 'print' });
  await printFromFrame(file.fileName, file.dataBase64);
}

function printFromFrame(fileName: string, dataBase64: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(
      new Blob([base64ToBytes(dataBase64)], { type: 'application/pdf' }),
    );
    const frame = document.createElement('iframe');
    frame.title = fileName;
    frame.style.cssText = 'position:fixed;right:0;bottom:0;width:1px;height:1px;border:0;opacity:0';
    frame.src = url;
    const cleanUp = () => {
      frame.remove();
      URL.revokeObjectURL(url);
    };
    frame.addEventListener('load', () => {
      // The PDF viewer inside the frame needs a moment after load before it can print.
      setTimeout(() => {
        try {
          frame.contentWindow?.focus();
          frame.contentWindow?.print();
          resolve();
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        } finally {
          // Keep the frame until the print dialog has taken the document.
          setTimeout(cleanUp, 60_000);
        }
      }, 400);
    });
    document.body.append(frame);
  });
}
