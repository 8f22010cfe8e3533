import { describe, expect, it } from 'vitest';
import { fileNamePart, pdfFileName } from '../../shared/pdf-file-name';

describe('PDF file names', () => {
  it('names the patient, the document, the version and the date', () => {
    expect(
      pdfFileName({ firstName: 'Zoë', lastName: 'Ünal' }, 'home-programme', 3, '2026-11-22'),
    ).toBe('Unal-Zoe-home-programme-v3-2026-11-22.pdf');
  });

  it('writes Greek, Cyrillic and other letters in ASCII', () => {
    expect(fileNamePart('Ярослава Щербакова')).toBe('Yaroslava-Shcherbakova');
    expect(fileNamePart('Ωmega Παπαδοπούλου-Θεοχάρη')).toBe('Omega-Papadopoulou-Theochari');
    expect(fileNamePart("José O'Brien Straße Łukasz Søren")).toBe(
      'Jose-O-Brien-Strasse-Lukasz-Soren',
    );
  });

  it('keeps only safe characters and never leaves the name empty', () => {
    expect(fileNamePart('../../etc/passwd')).toBe('etc-passwd');
    expect(fileNamePart('a/b\\c:d*e?f"g<h>i|j')).toBe('a-b-c-d-e-f-g-h-i-j');
    expect(pdfFileName({ firstName: '李', lastName: '王' }, 'plan-summary', 1, '2026-11-22')).toBe(
      'Patient-plan-summary-v1-2026-11-22.pdf',
    );
    expect(fileNamePart('x'.repeat(200))).toHaveLength(60);
  });
});
