// Pain monitoring, the pain diary's rows and running load through the dispatcher: stored,
// judged by the pain-monitoring model, amended, charted, and read back as measurements.
process.env.TZ = 'UTC'; // the fixed clock is 2026-11-22T09:00Z, so "today" is 22 Nov 2026

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/core';
import { emptyDraft, insertPatient } from '../support/visit-fixtures';
import type { AdherenceWeek } from '../../shared/domain/visit';
import { listMeasurements } from '../../electron/core/visits/measurements';

let core: TestCore;
beforeEach(() => {
  core = openTestCore();
  insertPatient(core.ctx.db, { id: 'pat-1', firstName: 'Ana', lastName: 'Silva' });
});
afterEach(() => core.close());

const running = {
  minutesPerWeek: 90,
  kmPerWeek: 12.5,
  walkRunStage: 3,
  note: 'run 2 / walk 1 × 8',
};

function diaryWeek(
  weekStart: string,
  firstStep: (number | null)[],
  extra: Partial<AdherenceWeek> = {},
): AdherenceWeek {
  return { weekStart, firstStepPain: firstStep, exercises: [], ...extra };
}

describe('pain monitoring and running at a visit', () => {
  it('stores both sections and flags "reduce load" when pain during exercise passes 5/10', async () => {
    const visit = await core.call('visits.create', {
      ...emptyDraft('pat-1', '2026-11-22'),
      painMonitoring: { firstStepPain: 3, duringExercise: 6, nextMorning: 3 },
      running,
    });
    expect(visit.painMonitoring).toEqual({ firstStepPain: 3, duringExercise: 6, nextMorning: 3 });
    expect(visit.running).toEqual(running);
    expect(visit.painAssessment.status).toBe('reduce_load');
    expect(visit.painAssessment.reasons.map((r) => r.message)).toEqual([
      'Pain during exercise was above 5/10 on 1 day: 6/10 on 22 Nov 2026.',
    ]);
    const again = await core.call('visits.get', { id: visit.id });
    expect(again.running).toEqual(running);
  });

  it('does not flag pain within the model, and says when nothing was recorded', async () => {
    const within = await core.call('visits.create', {
      ...emptyDraft('pat-1', '2026-11-22'),
      painMonitoring: { firstStepPain: 3, duringExercise: 5, nextMorning: 3 },
    });
    expect(within.painAssessment).toEqual({ status: 'within_model', reasons: [] });
    const none = await core.call('visits.create', emptyDraft('pat-1', '2026-11-21'));
    expect(none.painAssessment.status).toBe('not_recorded');
    expect(none.painMonitoring).toEqual({
      firstStepPain: null,
      duringExercise: null,
      nextMorning: null,
    });
    expect(none.running).toEqual({
      minutesPerWeek: null,
      kmPerWeek: null,
      walkRunStage: null,
      note: '',
    });
  });

  it('stores the diary rows for pain during exercise and the next morning', async () => {
    const visit = await core.call('visits.create', {
      ...emptyDraft('pat-1', '2026-11-22'),
      adherence: [
        diaryWeek('2026-11-15', [3, 3, 3, 3, 3, 3, 3], {
          painDuringExercise: [4, null, 4, null, 5, null, 4],
          nextMorningPain: [3, null, 4, null, 3, null, 3],
        }),
      ],
    });
    expect(visit.adherence[0]?.painDuringExercise).toEqual([4, null, 4, null, 5, null, 4]);
    expect(visit.adherence[0]?.nextMorningPain).toEqual([3, null, 4, null, 3, null, 3]);
    expect(visit.painAssessment.reasons).toEqual([
      {
        rule: 'not_settled',
        message:
          'Pain had not settled by the next morning on 1 day: after 17 Nov 2026, 4/10 against 3/10 that morning.',
      },
    ]);
  });

  it('flags a week-on-week rise against the diary of the visit before', async () => {
    await core.call('visits.create', {
      ...emptyDraft('pat-1', '2026-11-15'),
      adherence: [diaryWeek('2026-11-08', [2, 2, 2, 2, 2, 2, 2])],
    });
    const later = await core.call('visits.create', {
      ...emptyDraft('pat-1', '2026-11-22'),
      adherence: [diaryWeek('2026-11-15', [3, 3, 3, 3, 3, 3, 3])],
    });
    expect(later.painAssessment.reasons.map((r) => r.rule)).toEqual(['weekly_rise']);
    expect(later.painAssessment.reasons[0]?.message).toBe(
      'Morning pain rose week on week: average 3.0/10 in the week from 15 Nov 2026 against 2.0/10 the week from 8 Nov 2026.',
    );
  });

  it('refuses bad ratings and distances in words, and saves nothing', async () => {
    const during = await core.fail('visits.create', {
      ...emptyDraft('pat-1', '2026-11-22'),
      painMonitoring: { firstStepPain: 3, duringExercise: 11, nextMorning: null },
    });
    expect(during.code).toBe('VALIDATION');
    expect(during.issues?.map((i) => i.message)).toContain(
      'Pain during exercise is a whole number from 0 to 10.',
    );
    const km = await core.fail('visits.create', {
      ...emptyDraft('pat-1', '2026-11-22'),
      running: { ...running, kmPerWeek: 12.55 },
    });
    expect(km.issues?.map((i) => i.message)).toContain(
      'Give the running distance to one decimal place, e.g. 12.5 km.',
    );
    const diary = await core.fail('visits.create', {
      ...emptyDraft('pat-1', '2026-11-22'),
      adherence: [diaryWeek('2026-11-15', Array(7).fill(null), { nextMorningPain: [1, 2, 3] })],
    });
    expect(diary.issues?.map((i) => i.message)).toContain(
      'A week has 7 days of next-morning pain ratings.',
    );
    const count = core.ctx.db.prepare('SELECT COUNT(*) AS n FROM visits').get() as { n: number };
    expect(count.n).toBe(0);
  });

  it('keeps both sections when an edit leaves them out, and amends them with a reason later', async () => {
    const visit = await core.call('visits.create', {
      ...emptyDraft('pat-1', '2026-11-20'),
      painMonitoring: { firstStepPain: 2, duringExercise: 3, nextMorning: 2 },
      running,
    });
    const soapOnly = await core.call('visits.update', {
      id: visit.id,
      revision: visit.revision,
      draft: {
        ...emptyDraft('pat-1', '2026-11-20'),
        soap: { subjective: 'Better', objective: '', assessment: '', plan: '' },
      },
      amendmentReason: 'Late note',
    });
    expect(soapOnly.running).toEqual(running);
    expect(soapOnly.painMonitoring.duringExercise).toBe(3);

    const amended = await core.call('visits.update', {
      id: visit.id,
      revision: soapOnly.revision,
      draft: {
        ...emptyDraft('pat-1', '2026-11-20'),
        soap: soapOnly.soap,
        running: { ...running, minutesPerWeek: 60 },
      },
      amendmentReason: 'Patient corrected the running time',
    });
    expect(amended.running.minutesPerWeek).toBe(60);
    const runningAmendment = amended.amendments.find((a) => a.field === 'running');
    expect(runningAmendment).toMatchObject({
      previous: running,
      next: { ...running, minutesPerWeek: 60 },
      reason: 'Patient corrected the running time',
    });
  });

  it('charts pain by day and running by visit on the patient page', async () => {
    await core.call('visits.create', {
      ...emptyDraft('pat-1', '2026-11-15'),
      running: { ...running, minutesPerWeek: 45, kmPerWeek: null },
    });
    await core.call('visits.create', {
      ...emptyDraft('pat-1', '2026-11-22'),
      adherence: [
        diaryWeek('2026-11-15', [4, null, null, null, null, null, 3], {
          painDuringExercise: [5, null, null, null, null, null, 4],
        }),
      ],
      painMonitoring: { firstStepPain: 2, duringExercise: 3, nextMorning: null },
      running,
    });
    const { progress } = await core.call('visits.overview', { patientId: 'pat-1' });
    expect(progress.painMonitoring).toEqual([
      { date: '2026-11-15', firstStepPain: 4, duringExercise: 5, nextMorning: null },
      { date: '2026-11-21', firstStepPain: 3, duringExercise: 4, nextMorning: null },
      { date: '2026-11-22', firstStepPain: 2, duringExercise: 3, nextMorning: null },
    ]);
    expect(
      progress.running.map((r) => [r.date, r.minutesPerWeek, r.kmPerWeek, r.walkRunStage]),
    ).toEqual([
      ['2026-11-15', 45, null, 3],
      ['2026-11-22', 90, 12.5, 3],
    ]);
  });
});

describe('listMeasurements (the reader phase criteria use)', () => {
  it('lists dated measurements by name from diaries, visits and scores, leaving archived visits out', async () => {
    const first = await core.call('visits.create', {
      ...emptyDraft('pat-1', '2026-11-15'),
      outcomes: [{ form: { measure: 'nprs', answers: [6] }, note: '' }],
      running: { ...running, minutesPerWeek: 30 },
    });
    const second = await core.call('visits.create', {
      ...emptyDraft('pat-1', '2026-11-22'),
      adherence: [diaryWeek('2026-11-15', [5, null, null, null, null, null, null])],
      painMonitoring: { firstStepPain: 4, duringExercise: 3, nextMorning: null },
      running,
    });
    const db = core.ctx.db;
    expect(listMeasurements(db, 'pat-1', { names: ['first-step-pain'] })).toEqual([
      {
        name: 'first-step-pain',
        date: '2026-11-15',
        value: 5,
        visitId: second.id,
        source: 'diary',
      },
      {
        name: 'first-step-pain',
        date: '2026-11-22',
        value: 4,
        visitId: second.id,
        source: 'visit',
      },
    ]);
    expect(
      listMeasurements(db, 'pat-1', { names: ['running-minutes-per-week', 'nprs'] }).map((m) => [
        m.name,
        m.date,
        m.value,
      ]),
    ).toEqual([
      ['running-minutes-per-week', '2026-11-15', 30],
      ['nprs', '2026-11-15', 6],
      ['running-minutes-per-week', '2026-11-22', 90],
    ]);
    expect(
      listMeasurements(db, 'pat-1', { names: ['walk-run-stage'], upTo: '2026-11-20' }),
    ).toEqual([
      { name: 'walk-run-stage', date: '2026-11-15', value: 3, visitId: first.id, source: 'visit' },
    ]);
    await core.call('visits.archive', {
      id: second.id,
      revision: second.revision,
      reason: 'Wrong patient',
    });
    expect(
      listMeasurements(db, 'pat-1', { names: ['first-step-pain', 'pain-during-exercise'] }),
    ).toEqual([]);
  });
});
