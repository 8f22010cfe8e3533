// Visits through the dispatcher against a real SQLite file: recording, scoring, bad input,
// same-day edits, amendments after the day, archiving, audit.
process.env.TZ = 'UTC'; // the fixed clock is 2026-11-22T09:00Z, so "today" is 22 Nov 2026

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/core';
import {
  emptyDraft,
  faamAdlWithSum,
  fasciaStretchItem,
  heelDropItem,
  insertPatient,
  insertPlanVersion,
  mobilisationItem,
  shockwaveItem,
  shockwaveTreatment,
} from '../support/visit-fixtures';
import type { VisitDraft } from '../../shared/domain/visit';

let core: TestCore;
beforeEach(() => {
  core = openTestCore();
  insertPatient(core.ctx.db, { id: 'pat-1', firstName: 'Zoë', lastName: 'Ünal' });
});
afterEach(() => core.close());

const shockwave = shockwaveTreatment({ notes: 'Tolerated well' });

function auditRows(entityId: string) {
  return core.ctx.db
    .prepare('SELECT action, fields FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY seq')
    .all('visit', entityId) as { action: string; fields: string }[];
}

describe('starting a visit', () => {
  it('prefills clinic items and the exercise grid from the active plan version', async () => {
    insertPlanVersion(core.ctx.db, {
      planId: 'plan-1',
      versionId: 'pv-1',
      versionNumber: 1,
      patientId: 'pat-1',
      items: [shockwaveItem, mobilisationItem, heelDropItem, fasciaStretchItem],
    });
    const start = await core.call('visits.start', { patientId: 'pat-1' });
    expect(start.today).toBe('2026-11-22');
    expect(start.planVersion).toMatchObject({ id: 'pv-1', versionNumber: 1 });
    expect(start.draft).toMatchObject({ date: '2026-11-22', time: '09:00', planVersionId: 'pv-1' });
    expect(start.draft.treatments.map((t) => [t.planItemId, t.kind])).toEqual([
      ['item-shockwave', 'modality'],
      ['item-mob', 'manual_therapy'],
    ]);
    expect(start.draft.treatments[0]?.parameters).toMatchObject({
      device: 'shockwave',
      pressureBar: 2.5,
      pulses: 2000,
    });
    expect(start.draft.adherence).toHaveLength(1);
    expect(start.draft.adherence[0]).toMatchObject({ weekStart: '2026-11-15' });
    expect(start.draft.adherence[0]?.exercises.map((e) => [e.title, e.targetDays])).toEqual([
      ['Eccentric heel drops', 7],
      ['Plantar fascia stretch', 5],
    ]);
  });

  it('starts an empty visit when no plan has been issued', async () => {
    const start = await core.call('visits.start', { patientId: 'pat-1' });
    expect(start.planVersion).toBeNull();
    expect(start.draft.treatments).toEqual([]);
    expect(start.draft.adherence).toEqual([]);
  });

  it('refuses an unknown patient', async () => {
    expect((await core.fail('visits.start', { patientId: 'nobody' })).code).toBe('NOT_FOUND');
  });
});

describe('recording a visit', () => {
  it('stores SOAP, treatments with settings, scored measures and adherence, and audits it', async () => {
    const visit = await core.call('visits.create', {
      ...emptyDraft('pat-1', '2026-11-20'),
      soap: {
        subjective: 'First steps 6/10',
        objective: 'Windlass positive',
        assessment: 'Improving',
        plan: 'Continue',
      },
      treatments: [shockwave],
      outcomes: [
        { form: { measure: 'nprs', answers: [6] }, note: 'first steps' },
        { form: { measure: 'faam-adl', answers: faamAdlWithSum(63) }, note: '' },
        {
          form: {
            measure: 'visa-a',
            answers: {
              items: [6, 5, 7, 6, 4, 3, 7],
              q8: { noPain: null, painCompletes: '11-20', painStops: null },
            },
          },
          note: '',
        },
      ],
      adherence: [
        {
          weekStart: '2026-11-13',
          firstStepPain: [7, 7, 6, null, 6, 5, 5],
          exercises: [
            {
              planItemId: null,
              title: 'Heel drops',
              targetDays: 7,
              days: [true, true, false, true, true, true, false],
            },
            {
              planItemId: null,
              title: 'Stretch',
              targetDays: 5,
              days: [true, true, true, true, true, true, true],
            },
          ],
        },
      ],
    });
    expect(visit.soap.subjective).toBe('First steps 6/10');
    expect(visit.treatments).toHaveLength(1);
    expect(visit.treatments[0]).toMatchObject({
      title: 'Radial shockwave',
      parameters: { pressureBar: 2.5, frequencyHz: 15 },
    });
    // FAAM ADL 63/84 × 100 = 75; VISA-A 38 + 10 = 48.
    expect(
      visit.outcomes.map((o) => [
        o.form.measure,
        o.result.status === 'scored' ? o.result.score : null,
      ]),
    ).toEqual([
      ['nprs', 6],
      ['faam-adl', 75],
      ['visa-a', 48],
    ]);
    expect(visit.outcomes.every((o) => o.comparison === null)).toBe(true); // all are baselines
    // Heel drops 5 of 7; stretch 7 ticked but 5 prescribed counts 5 of 5 → 10/12.
    expect(visit.adherenceSummary).toMatchObject({ daysDone: 10, daysTarget: 12 });
    expect(visit.adherenceSummary.percent).toBeCloseTo(83.33, 2);
    expect(visit.adherenceSummary.painSeries).toHaveLength(6);
    expect(visit.locked).toBe(true); // 20 Nov is before today (22 Nov)
    expect(auditRows(visit.id)).toEqual([
      {
        action: 'create',
        fields: JSON.stringify([
          'adherence',
          'assessment',
          'date',
          'objective',
          'outcomes',
          'plan',
          'subjective',
          'time',
          'treatments',
        ]),
      },
    ]);
    expect(await core.call('visits.get', { id: visit.id })).toEqual(visit);
  });

  it('keeps an incomplete form, flagged and not scored', async () => {
    const answers = [...faamAdlWithSum(63).slice(0, 18), 'na', 'na', 'na'] as const;
    const visit = await core.call('visits.create', {
      ...emptyDraft('pat-1', '2026-11-20'),
      outcomes: [{ form: { measure: 'faam-adl', answers: [...answers] }, note: '' }],
    });
    expect(visit.outcomes[0]?.result).toMatchObject({
      status: 'incomplete',
      answered: 18,
      required: 19,
    });
    const overview = await core.call('visits.overview', { patientId: 'pat-1' });
    expect(overview.progress.measures).toEqual([]);
  });

  it('shows change from baseline and the MCID badge from the first scored visit on', async () => {
    const faam = async (date: string, sum: number) =>
      core.call('visits.create', {
        ...emptyDraft('pat-1', date),
        outcomes: [{ form: { measure: 'faam-adl', answers: faamAdlWithSum(sum) }, note: '' }],
      });
    await faam('2026-11-01', 50); // 59.52
    const second = await faam('2026-11-08', 55); // 65.48: +5.95
    const third = await faam('2026-11-15', 57); // 67.86: +8.33 ≥ 8
    expect(second.outcomes[0]?.comparison).toMatchObject({
      reachesMcid: false,
      baseline: (50 * 100) / 84,
    });
    expect(second.outcomes[0]?.baselineDate).toBe('2026-11-01');
    expect(third.outcomes[0]?.comparison?.reachesMcid).toBe(true);
    expect(third.outcomes[0]?.comparison?.change).toBeCloseTo(8.333, 3);
    const overview = await core.call('visits.overview', { patientId: 'pat-1' });
    const series = overview.progress.measures[0];
    expect(series?.measure).toBe('faam-adl');
    expect(series?.points.map((p) => p.reachesMcid)).toEqual([false, false, true]);
    expect(series?.mcidTarget).toBeCloseTo((50 * 100) / 84 + 8, 6);
    expect(overview.visits.map((v) => v.date)).toEqual(['2026-11-15', '2026-11-08', '2026-11-01']);
  });
});

describe('bad input is refused and nothing is saved', () => {
  async function expectNoVisits() {
    expect((await core.call('visits.overview', { patientId: 'pat-1' })).visits).toEqual([]);
    expect(core.ctx.db.prepare('SELECT COUNT(*) AS n FROM outcome_records').get()).toEqual({
      n: 0,
    });
  }

  it('a visit dated in the future', async () => {
    const error = await core.fail('visits.create', emptyDraft('pat-1', '2026-11-23'));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.[0]?.path).toEqual(['date']);
    expect(error.message).toContain('cannot be dated in the future');
    await expectNoVisits();
  });

  it('a score out of range, naming the item', async () => {
    const answers = faamAdlWithSum(80);
    answers[4] = 5;
    const error = await core.fail('visits.create', {
      ...emptyDraft('pat-1', '2026-11-20'),
      outcomes: [{ form: { measure: 'faam-adl', answers }, note: '' }],
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.[0]?.path).toEqual(['outcomes', 0, 'form', 'answers', 4]);
    expect(error.message).toContain('FAAM ADL item 5 (Walking downhill)');
    await expectNoVisits();
  });

  it('an NPRS of 11', async () => {
    const error = await core.fail('visits.create', {
      ...emptyDraft('pat-1', '2026-11-20'),
      outcomes: [{ form: { measure: 'nprs', answers: [11] }, note: '' }],
    });
    expect(error.message).toMatch(/NPRS .* 0 to 10/);
    await expectNoVisits();
  });

  it('a VISA-A question 8 answered in two branches', async () => {
    const error = await core.fail('visits.create', {
      ...emptyDraft('pat-1', '2026-11-20'),
      outcomes: [
        {
          form: {
            measure: 'visa-a',
            answers: {
              items: [5, 5, 5, 5, 5, 5, 4],
              q8: { noPain: '1-10', painCompletes: null, painStops: '21-30' },
            },
          },
          note: '',
        },
      ],
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('answered in 2 branches');
    await expectNoVisits();
  });

  it('device settings out of range, and the same measure twice', async () => {
    const error = await core.fail('visits.create', {
      ...emptyDraft('pat-1', '2026-11-20'),
      treatments: [{ ...shockwave, parameters: { ...shockwave.parameters, pulses: 50 } }],
    });
    expect(error.message).toContain('Pulses must be at least 100');
    const twice = await core.fail('visits.create', {
      ...emptyDraft('pat-1', '2026-11-20'),
      outcomes: [
        { form: { measure: 'nprs', answers: [4] }, note: '' },
        { form: { measure: 'nprs', answers: [5] }, note: '' },
      ],
    });
    expect(twice.message).toContain('already entered for this visit');
    await expectNoVisits();
  });

  it("another patient's plan version", async () => {
    insertPatient(core.ctx.db, { id: 'pat-2', firstName: 'Ada', lastName: 'Lovelace' });
    insertPlanVersion(core.ctx.db, {
      planId: 'plan-2',
      versionId: 'pv-2',
      versionNumber: 1,
      patientId: 'pat-2',
      items: [],
    });
    const error = await core.fail('visits.create', {
      ...emptyDraft('pat-1', '2026-11-20'),
      planVersionId: 'pv-2',
    });
    expect(error.issues?.[0]?.path).toEqual(['planVersionId']);
    await expectNoVisits();
  });
});

describe('editing and amending', () => {
  it('edits on the day of the visit in place, without amendments', async () => {
    const visit = await core.call('visits.create', {
      ...emptyDraft('pat-1', '2026-11-22'),
      soap: { subjective: 'Sore', objective: '', assessment: '', plan: '' },
    });
    expect(visit.locked).toBe(false);
    const draft = {
      ...emptyDraft('pat-1', '2026-11-22'),
      soap: { subjective: 'Sore in the morning', objective: '', assessment: '', plan: '' },
    };
    const updated = await core.call('visits.update', {
      id: visit.id,
      revision: visit.revision,
      draft,
    });
    expect(updated.soap.subjective).toBe('Sore in the morning');
    expect(updated.revision).toBe(2);
    expect(updated.amendments).toEqual([]);
    expect(auditRows(visit.id).map((row) => row.action)).toEqual(['create', 'update']);
  });

  it('refuses to amend a past visit without a reason, and keeps the original when amended', async () => {
    const visit = await core.call('visits.create', {
      ...emptyDraft('pat-1', '2026-11-15'),
      soap: { subjective: 'Pain 7/10 on first steps', objective: '', assessment: '', plan: '' },
      outcomes: [{ form: { measure: 'nprs', answers: [7] }, note: '' }],
    });
    const draft: VisitDraft = {
      ...emptyDraft('pat-1', '2026-11-15'),
      soap: { subjective: 'Pain 6/10 on first steps', objective: '', assessment: '', plan: '' },
      outcomes: [],
    };
    const refused = await core.fail('visits.update', {
      id: visit.id,
      revision: visit.revision,
      draft,
    });
    expect(refused.code).toBe('VALIDATION');
    expect(refused.issues?.[0]?.path).toEqual(['amendmentReason']);
    expect(refused.message).toContain('Give a reason');
    expect((await core.call('visits.get', { id: visit.id })).soap.subjective).toBe(
      'Pain 7/10 on first steps',
    );

    const amended = await core.call('visits.update', {
      id: visit.id,
      revision: visit.revision,
      draft,
      amendmentReason: 'Patient corrected the rating',
    });
    expect(amended.soap.subjective).toBe('Pain 6/10 on first steps');
    expect(amended.outcomes).toEqual([]);
    expect(amended.amendments.map((a) => [a.field, a.previous, a.reason])).toEqual([
      ['subjective', 'Pain 7/10 on first steps', 'Patient corrected the rating'],
      [
        'outcomes',
        [{ form: { measure: 'nprs', answers: [7] }, note: '' }],
        'Patient corrected the rating',
      ],
    ]);
    // The removed record is archived, not deleted.
    expect(core.ctx.db.prepare('SELECT archived FROM outcome_records').all()).toEqual([
      { archived: 1 },
    ]);
    expect(auditRows(visit.id).at(-1)).toEqual({
      action: 'amend',
      fields: JSON.stringify(['outcomes', 'subjective']),
    });
    // Amendments cannot be rewritten.
    expect(() => core.ctx.db.prepare("UPDATE visit_amendments SET reason = 'x'").run()).toThrow(
      /cannot be changed/,
    );
  });

  it('refuses a stale revision', async () => {
    const visit = await core.call('visits.create', emptyDraft('pat-1', '2026-11-22'));
    const draft = { ...emptyDraft('pat-1', '2026-11-22'), time: '11:00' };
    await core.call('visits.update', { id: visit.id, revision: 1, draft });
    const stale = await core.fail('visits.update', {
      id: visit.id,
      revision: 1,
      draft: { ...draft, time: '12:00' },
    });
    expect(stale.code).toBe('CONFLICT');
  });

  it('changes a treatment in place and keeps removed ones archived', async () => {
    const visit = await core.call('visits.create', {
      ...emptyDraft('pat-1', '2026-11-22'),
      treatments: [shockwave, { ...shockwave, title: 'Second session' }],
    });
    const [first] = visit.treatments;
    if (!first) throw new Error('treatment missing');
    const updated = await core.call('visits.update', {
      id: visit.id,
      revision: visit.revision,
      draft: {
        ...emptyDraft('pat-1', '2026-11-22'),
        treatments: [
          {
            ...shockwave,
            id: first.id,
            parameters: {
              device: 'shockwave',
              type: 'radial',
              pressureBar: 2.5,
              pulses: 2500,
              frequencyHz: 15,
            },
          },
        ],
      },
    });
    expect(updated.treatments).toHaveLength(1);
    expect(updated.treatments[0]).toMatchObject({ id: first.id, parameters: { pulses: 2500 } });
    expect(
      core.ctx.db.prepare('SELECT COUNT(*) AS n FROM visit_treatments WHERE archived = 1').get(),
    ).toEqual({ n: 1 });
  });
});

describe('archiving', () => {
  it('needs a reason, takes the visit out of progress, and never deletes it', async () => {
    const visit = await core.call('visits.create', {
      ...emptyDraft('pat-1', '2026-11-20'),
      outcomes: [{ form: { measure: 'nprs', answers: [5] }, note: '' }],
    });
    const noReason = await core.fail('visits.archive', {
      id: visit.id,
      revision: visit.revision,
      reason: ' ',
    });
    expect(noReason.issues?.[0]?.path).toEqual(['reason']);
    const archived = await core.call('visits.archive', {
      id: visit.id,
      revision: visit.revision,
      reason: 'Entered for the wrong patient',
    });
    expect(archived).toMatchObject({
      archived: true,
      archivedReason: 'Entered for the wrong patient',
    });
    const overview = await core.call('visits.overview', { patientId: 'pat-1' });
    expect(overview.visits).toHaveLength(1);
    expect(overview.visits[0]?.archived).toBe(true);
    expect(overview.progress.measures).toEqual([]);
    const edit = await core.fail('visits.update', {
      id: visit.id,
      revision: archived.revision,
      draft: emptyDraft('pat-1', '2026-11-20'),
    });
    expect(edit.code).toBe('CONFLICT');
    expect(() => core.ctx.db.prepare('DELETE FROM visits').run()).toThrow(/archived, not deleted/);
  });
});

describe('timeline', () => {
  it('shows what changed in the plan between visits', async () => {
    insertPlanVersion(core.ctx.db, {
      planId: 'plan-1',
      versionId: 'pv-1',
      versionNumber: 1,
      patientId: 'pat-1',
      items: [shockwaveItem, heelDropItem],
    });
    insertPlanVersion(core.ctx.db, {
      planId: 'plan-1',
      versionId: 'pv-2',
      versionNumber: 2,
      patientId: 'pat-1',
      items: [
        {
          ...heelDropItem,
          parameters: { sets: 3, reps: 20, timesPerDay: 2, daysPerWeek: 7 },
        } as typeof heelDropItem,
        fasciaStretchItem,
      ],
    });
    await core.call('visits.create', {
      ...emptyDraft('pat-1', '2026-11-01'),
      planVersionId: 'pv-1',
    });
    await core.call('visits.create', {
      ...emptyDraft('pat-1', '2026-11-08'),
      planVersionId: 'pv-1',
    });
    await core.call('visits.create', {
      ...emptyDraft('pat-1', '2026-11-15'),
      planVersionId: 'pv-2',
    });
    const { timeline } = (await core.call('visits.overview', { patientId: 'pat-1' })).progress;
    expect(
      timeline.map((entry) => [entry.date, entry.planVersionNumber, entry.planChanged]),
    ).toEqual([
      ['2026-11-01', 1, false],
      ['2026-11-08', 1, false],
      ['2026-11-15', 2, true],
    ]);
    expect(timeline[2]?.planChanges).toEqual({
      added: ['Plantar fascia stretch'],
      removed: ['Radial shockwave to the plantar fascia'],
      changed: ['Eccentric heel drops'],
    });
  });
});

describe('recent visits and the patient header', () => {
  it('lists the latest visits across patients, newest first, without archived ones', async () => {
    insertPatient(core.ctx.db, { id: 'pat-2', firstName: 'Ada', lastName: 'Lovelace' });
    const first = await core.call('visits.create', {
      ...emptyDraft('pat-1', '2026-11-10'),
      soap: { subjective: '\nHeel better\nsecond line', objective: '', assessment: '', plan: '' },
    });
    const archived = await core.call('visits.create', emptyDraft('pat-2', '2026-11-12'));
    await core.call('visits.archive', { id: archived.id, revision: 1, reason: 'Duplicate' });
    await core.call('visits.create', emptyDraft('pat-2', '2026-11-11'));
    const recent = await core.call('visits.recent', {});
    expect(recent.map((v) => [v.patientName, v.date])).toEqual([
      ['Ada Lovelace', '2026-11-11'],
      ['Zoë Ünal', '2026-11-10'],
    ]);
    expect(recent[1]).toMatchObject({ id: first.id, headline: 'Heel better' });
    const overview = await core.call('visits.overview', { patientId: 'pat-1' });
    expect(overview.patient).toEqual({
      firstName: 'Zoë',
      lastName: 'Ünal',
      dateOfBirth: null,
      archived: false,
    });
    expect((await core.fail('visits.overview', { patientId: 'nobody' })).code).toBe('NOT_FOUND');
  });
});
