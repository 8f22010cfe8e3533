// The visit summary in the clinician's language, through the dispatcher: a French summary reads
// French (headings, settings, dates, decimal commas); the measures keep their validated names.
process.env.TZ = 'UTC';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/core';
import {
  emptyDraft,
  faamAdlWithSum,
  insertPatient,
  shockwaveTreatment,
} from '../support/visit-fixtures';
import { pdfText } from '../support/visit-pdf-text';

let core: TestCore;
beforeEach(() => {
  core = openTestCore();
  insertPatient(core.ctx.db, {
    id: 'pat-1',
    firstName: 'Maria',
    lastName: 'Okafor',
    dateOfBirth: '1984-05-02',
  });
});
afterEach(() => core.close());

describe('visit summary in another language', () => {
  it('prints a French summary with French words, dates and decimal commas', async () => {
    await core.call('visits.create', {
      ...emptyDraft('pat-1', '2026-11-01'),
      outcomes: [{ form: { measure: 'faam-adl', answers: faamAdlWithSum(50) }, note: '' }],
    });
    const visit = await core.call('visits.create', {
      ...emptyDraft('pat-1', '2026-11-15'),
      outcomes: [{ form: { measure: 'faam-adl', answers: faamAdlWithSum(57) }, note: '' }],
      treatments: [shockwaveTreatment({ title: 'Ondes de choc sur le fascia plantaire' })],
      painMonitoring: { firstStepPain: 3, duringExercise: 6, nextMorning: 3 },
      running: { minutesPerWeek: 60, kmPerWeek: 8.5, walkRunStage: 2, note: '' },
    });
    const exported = await core.call('pdf.visitSummary', { visitId: visit.id, language: 'fr' });
    expect(exported.language).toBe('fr');
    const pdf = await pdfText(Buffer.from(exported.dataBase64, 'base64'));
    const text = pdf.pages.join(' ');
    expect(pdf.language).toBe('fr');
    for (const english of [
      /Visit summary/,
      /Treatments delivered/,
      /Outcome measures/,
      /\bPage \d+ of\b/,
      /\bbaseline\b/,
      /\bpulses\b/,
      /Running in the week before/,
      /Last session/,
      /Confidential clinical record/,
    ])
      expect(text, String(english)).not.toMatch(english);
    expect(text).toContain('Compte rendu de séance');
    expect(text).toContain('Traitements réalisés');
    expect(text).toContain('Ondes de choc radiales');
    expect(text).toContain('impulsions');
    expect(text).toContain('15/11/2026');
    expect(text).toContain('8,5 km');
    expect(text).toContain('Course la semaine précédente');
    expect(text).toMatch(/Page 1 sur \d/);
  });
});
