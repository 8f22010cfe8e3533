// The bytes of a document the core keeps, for the save dialog in main: asked of the core through
// its dispatcher (so a closed or locked core refuses just as it would the renderer) and recorded
// there as saved. The PDF never travels main → renderer → main.
import { pdfFileSchema } from '../../shared/contract/pdf';
import type { Dispatch } from '../core/api/dispatch';
import { AppError } from '../core/errors';

export function savedDocumentFrom(dispatch: () => Dispatch | null) {
  return async (documentId: string): Promise<Buffer> => {
    const run = dispatch();
    if (!run) {
      throw new AppError('IO', 'The clinic database is not open. Restart Physioplan to try again.');
    }
    const result = await run('pdf.output', { documentId, purpose: 'save' });
    if (!result.ok) throw new AppError(result.error.code, result.error.message);
    return Buffer.from(pdfFileSchema.parse(result.value).dataBase64, 'base64');
  };
}
