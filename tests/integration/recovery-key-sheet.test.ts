// The recovery key sheet through the core: the PDF engine is loaded when the sheet is first
// asked for (not at start), and the sheet carries the key as the clinician typed it back.
import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/core';
import { flat, parsePdf, qpdfCheck } from '../support/pdf';

let core: TestCore | undefined;
afterEach(() => core?.close());

describe('access.recoveryKeyPdf', () => {
  it('prints the recovery key sheet with the key in groups', async () => {
    core = openTestCore();
    const recoveryKey = 'K7QD-M2XF-9PLA-R4TE-WB8N-C3HJ-Y6GV-Z5SU';
    const sheet: { fileName: string; dataBase64: string } = await core.call(
      'access.recoveryKeyPdf',
      { recoveryKey },
    );
    expect(sheet.fileName).toBe('physioplan-recovery-key.pdf');
    const data = Buffer.from(sheet.dataBase64, 'base64');
    qpdfCheck(data);
    const text = flat((await parsePdf(data)).text).replace(/\s+/g, '');
    expect(text).toContain('Physioplanrecoverykey');
    expect(text).toContain('K7QDM2XF9PLAR4TE');
    expect(text).toContain('WB8NC3HJY6GVZ5SU');
  });
});
