// Electron main writes a saved PDF from the core's kept document, asked for by reference
// through the dispatcher: the bytes never pass through the renderer.
import { describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../../electron/core/api/dispatch';
import { savedDocumentFrom } from '../../../electron/main/saved-document';

describe('saved document in main', () => {
  it('asks the core to record the save and returns the bytes it kept', async () => {
    const pdf = Buffer.from('%PDF-1.7 kept');
    const dispatch = vi.fn<Dispatch>(() =>
      Promise.resolve({
        ok: true,
        value: { fileName: 'a.pdf', dataBase64: pdf.toString('base64'), pageCount: 1 },
      }),
    );
    const bytes = await savedDocumentFrom(() => dispatch)('doc-7');
    expect(bytes.equals(pdf)).toBe(true);
    expect(dispatch).toHaveBeenCalledWith('pdf.output', { documentId: 'doc-7', purpose: 'save' });
  });

  it("passes on the core's refusal in its own words", async () => {
    const dispatch: Dispatch = () =>
      Promise.resolve({
        ok: false,
        error: { code: 'NOT_FOUND', message: 'This document is no longer ready to save or print.' },
      });
    await expect(savedDocumentFrom(() => dispatch)('gone')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'This document is no longer ready to save or print.',
    });
  });

  it('says the database is not open when there is no core', async () => {
    await expect(savedDocumentFrom(() => null)('doc-7')).rejects.toMatchObject({ code: 'IO' });
  });
});
