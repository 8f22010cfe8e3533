// The visit summary PDF, made through the dispatcher (pdf.visitSummary, saved by pdf.output) and
// read back as text.
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

async function recordThreeVisits() {
  const visit = (date: string, sum: number, pain: number, extra = {}) =>
    core.call('visits.create', {
      ...emptyDraft('pat-1', date),
      outcomes: [
        { form: { measure: 'nprs', answers: [pain] }, note: 'first steps' },
        { form: { measure: 'faam-adl', answers: faamAdlWithSum(sum) }, note: '' },
      ],
      ...extra,
    });
  await visit('2026-11-01', 50, 7);
  await visit('2026-11-08', 55, 5);
  return visit('2026-11-15', 57, 3, {
    soap: {
      subjective: 'Morning pain much better; ran 3 km on Sunday.',
      objective: 'Windlass test negative on the left.',
      assessment: 'Responding to loading.',
      plan: 'Progress heel drops to 20 reps.',
    },
    treatments: [shockwaveTreatment({ title: 'Shockwave to the plantar fascia' })],
    painMonitoring: { firstStepPain: 3, duringExercise: 6, nextMorning: 3 },
    running: { minutesPerWeek: 60, kmPerWeek: 8.5, walkRunStage: 2, note: 'easy' },
    adherence: [
      {
        weekStart: '2026-11-08',
        firstStepPain: [5, 5, 4, 4, 4, 3, 3],
        exercises: [
          {
            planItemId: null,
            title: 'Heel drops',
            targetDays: 7,
            days: [true, true, true, true, true, false, true],
          },
        ],
      },
    ],
  });
}

describe('visit summary PDF', () => {
  it('prints visit details, SOAP, settings, scores with change from baseline and the charts', async () => {
    await core.call('settings.update', {
      clinicName: 'Heel & Sole Physiotherapy',
      clinicianName: 'Sam Reyes',
      credentials: 'MSc',
      address: '12 Harbour Road',
      phone: '',
      email: '',
      website: '',
      paperSize: 'A4',
      handoutLanguage: 'en',
    });
    const third = await recordThreeVisits();
    const exported = await core.call('pdf.visitSummary', { visitId: third.id });
    expect(exported.fileName).toBe('visit-summary-Okafor-2026-11-15.pdf');
    const bytes = Buffer.from(exported.dataBase64, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const pdf = await pdfText(bytes);
    expect(pdf.title).toBe('Visit summary — Maria Okafor — 15 Nov 2026');
    expect(pdf.marked).toBe(true);
    const all = pdf.pages.join('\n');
    expect(all).toContain('Heel & Sole Physiotherapy');
    expect(all).toContain('Patient: Maria Okafor (born 2 May 1984)');
    expect(all).toContain('Visit: 15 Nov 2026 at 10:30');
    expect(all).toContain('Windlass test negative on the left.');
    expect(all).toContain(
      'Shockwave to the plantar fascia — Radial shockwave · 2.5 bar · 2000 pulses · 15 Hz',
    );
    // FAAM ADL 57/84 = 67.9 %, baseline 50/84 = 59.5 %, change +8.3 → MCID reached.
    expect(all).toContain(
      'FAAM ADL: 67.9 % (baseline 59.5 % on 1 Nov 2026, change +8.3, MCID reached; MCID 8 points, Martin et al. 2005)',
    );
    // A minus sign with embedded fonts, a hyphen with the Helvetica fallback.
    expect(all).toMatch(
      /NPRS: 3\/10 \(baseline 7\/10 on 1 Nov 2026, change [−-]4, MCID reached; MCID 2 points, Farrar et al\. 2001\)/,
    );
    // Pain monitoring and running, with the model's verdict.
    expect(all).toContain('Reduce load (pain-monitoring model, Silbernagel et al. 2007):');
    expect(all).toContain('Pain during exercise was above 5/10 on 1 day: 6/10 on 15 Nov 2026.');
    expect(all).toContain(
      'Last session: first-step pain that morning 3/10, during exercise 6/10, next morning 3/10.',
    );
    expect(all).toContain('Running in the week before: 60 min, 8.5 km, walk-run stage 2 (easy).');
    expect(all).toContain('86 % of prescribed days done (6 of 7)');
    // Charts are on the last page with their axis labels: three visits each.
    const last = pdf.pages.at(-1) ?? '';
    expect(last).toContain('Progress');
    expect(last).toContain('FAAM ADL (higher is better)');
    expect(last).toContain('NPRS (lower is better)');
    expect(last.match(/1 Nov/g)?.length).toBeGreaterThanOrEqual(2);
    expect(last).toContain('MCID from baseline');
    expect(pdf.pages).toHaveLength(2);
    expect(all).toContain('Page 1 of 2');
  });

  it("shows an assessment's recorded findings, or says none were recorded, never its bare field list", async () => {
    const assessment = (title: string, findings: Record<string, string | number>) => ({
      planItemId: null,
      title,
      kind: 'assessment' as const,
      parameters: {
        fields: [
          {
            type: 'test' as const,
            key: 'windlass',
            label: 'Windlass test',
            sided: false,
            positiveIsRedFlag: false,
          },
          {
            type: 'number' as const,
            key: 'kneeToWall',
            label: 'Knee to wall',
            unit: 'cm',
            sided: false,
          },
        ],
      },
      findings,
      notes: '',
    });
    const visit = await core.call('visits.create', {
      ...emptyDraft('pat-1', '2026-11-10'),
      treatments: [
        assessment('Heel assessment', { windlass: 'positive', kneeToWall: 9 }),
        assessment('Ankle screen', {}),
      ],
    });
    const exported = await core.call('pdf.visitSummary', { visitId: visit.id });
    const text = (await pdfText(Buffer.from(exported.dataBase64, 'base64'))).pages.join('\n');
    expect(text).toContain('Findings: Windlass test: positive · Knee to wall: 9 cm');
    expect(text).toMatch(/Ankle screen\s+No findings recorded\./);
    // The field names alone (what the assessment asks) are not printed as if they were settings.
    expect(text).not.toContain('Windlass test, Knee to wall');
    expect(text).not.toMatch(/Ankle screen —/);
  });

  it('shows an amended note with the original text', async () => {
    const visit = await core.call('visits.create', {
      ...emptyDraft('pat-1', '2026-11-10'),
      soap: { subjective: 'Pain 8/10', objective: '', assessment: '', plan: '' },
    });
    await core.call('visits.update', {
      id: visit.id,
      revision: visit.revision,
      draft: {
        ...emptyDraft('pat-1', '2026-11-10'),
        soap: { subjective: 'Pain 6/10', objective: '', assessment: '', plan: '' },
      },
      amendmentReason: 'Typo in the rating',
    });
    const exported = await core.call('pdf.visitSummary', { visitId: visit.id });
    const text = (await pdfText(Buffer.from(exported.dataBase64, 'base64'))).pages.join('\n');
    expect(text).toContain('Pain 6/10');
    expect(text).toContain('Amended 22 Nov 2026 (Typo in the rating). Original: Pain 8/10');
    const audit = () =>
      core.ctx.db
        .prepare("SELECT action, fields FROM audit_log WHERE entity = 'visit' ORDER BY seq")
        .all();
    // Made for the screen: not recorded. Saved: recorded once, with the very bytes shown.
    expect(audit()).toHaveLength(2);
    const saved = await core.call('pdf.output', {
      documentId: exported.documentId,
      purpose: 'save',
    });
    expect(saved.dataBase64).toBe(exported.dataBase64);
    expect(saved.fileName).toBe('visit-summary-Okafor-2026-11-10.pdf');
    expect(audit()).toEqual([
      { action: 'create', fields: expect.any(String) },
      { action: 'amend', fields: expect.any(String) },
      { action: 'export', fields: JSON.stringify(['save', 'summary_pdf']) },
    ]);
  });
});
