// Where a finished PDF goes: saved where the clinician chooses, or sent to the system print
// dialog. Both are hooks a host may replace at start-up (setPdfSaver / setPdfPrinter); the
// defaults work in the browser host and in Electron.
import { hostApi } from '../../app/host';

export type PdfSaver = (
  fileName: string,
  dataBase64: string,
) => Promise<{ saved: boolean; location: string | null }>;
export type PdfPrinter = (fileName: string, dataBase64: string) => Promise<void>;

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Saves through the host: a native save dialog in Electron, a save picker or download in a browser. */
const saveThroughHost: PdfSaver = (fileName, dataBase64) =>
  hostApi.invoke('host.saveFile', {
    fileName,
    mimeType: 'application/pdf',
    dataBase64,
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
  });

/**
 * Prints from a hidden frame showing the PDF, which opens the system print dialog for the
 * document itself (not for the app's window).
 */
const printFromFrame: PdfPrinter = (fileName, dataBase64) =>
  new Promise((resolve, reject) => {
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

let saver: PdfSaver = saveThroughHost;
let printer: PdfPrinter = printFromFrame;

export function savePdf(fileName: string, dataBase64: string) {
  return saver(fileName, dataBase64);
}

export function printPdf(fileName: string, dataBase64: string) {
  return printer(fileName, dataBase64);
}

/** For a host with its own way to save (e.g. a different dialog); call once at start-up. */
export function setPdfSaver(next: PdfSaver): void {
  saver = next;
}

/** For a host with its own way to print (e.g. Electron's webContents.print); call once at start-up. */
export function setPdfPrinter(next: PdfPrinter): void {
  printer = next;
}
