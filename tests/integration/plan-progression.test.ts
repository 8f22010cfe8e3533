// Progression by phase through the API: entry criteria are kept with the phase, judged against
// what visits recorded (diary first-step pain, heel-raise findings, outcome scores), and the
// clinician's decision moves the plan's current phase, is audited and stays in the timeline.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../support/core';
import { verifyAuditLog } from '../../electron/core/audit/audit-log';
import { addDays } from '../../shared/visits/dates';
import {
  calfStretch,
  heelDrop,
  openPlanTestCore,
  seedPlan,
  seedLibraryItem,
} from '../support/plan-fixtures';
import { emptyDraft } from '../support/visit-fixtures';

let core: TestCore | undefined;
afterEach(() => core?.close());

// The test clock's day (fixedClock starts 2026-11-22).
const TODAY = '2026-11-22';

async function twoPhasePlan(c: TestCore) {
  const stretch = seedLibraryItem(c, calfStretch);
  const drop = seedLibraryItem(c, heelDrop);
  const seeded = await seedPlan(c, [
    { items: [stretch] },
    { title: 'Weeks 2–6: start loading', items: [drop] },
  ]);
  const { patient } = seeded;
  let { plan } = seeded;
  const [one, two] = seeded.phaseIds;
  if (!one || !two) throw new Error('two phases');
  plan = await c.call('plans.setPhaseCriteria', {
    planId: plan.id,
    revision: plan.revision,
    phaseId: two,
    criteria: [
      { measure: 'first_step_pain', comparator: 'at_most', target: 3, days: 7 },
      { measure: 'heel_raise_symmetry', comparator: 'at_least', target: 80, days: 0 },
    ],
  });
  return { patient, plan, one, two };
}

async function visitWith(
  c: TestCore,
  patientId: string,
  date: string,
  pains: (number | null)[],
  raises: [number, number],
) {
  return c.call(
    'visits.create',
    emptyDraft(patientId, date, {
      adherence: [
        {
          weekStart: addDays(date, -6),
          firstStepPain: pains,
          exercises: [],
        },
      ],
      treatments: [
        {
          planItemId: null,
          title: 'Single-leg heel-raise test',
          kind: 'assessment',
          parameters: {
            fields: [
              {
                type: 'number',
                key: 'heelRaiseReps',
                label: 'Heel raises',
                unit: 'reps',
                sided: true,
              },
            ],
          },
          findings: { heelRaiseReps: { left: raises[0], right: raises[1] } },
          notes: '',
        },
      ],
    }),
  );
}

describe('progression by phase', () => {
  it('starts in the first phase and keeps criteria with the phase, refusing impossible targets', async () => {
    const c = (core = openPlanTestCore());
    const { plan, one, two } = await twoPhasePlan(c);
    expect(plan.currentPhaseId).toBe(one);
    const criteria = plan.phases.find((p) => p.id === two)?.entryCriteria ?? [];
    expect(criteria.map((x) => [x.measure, x.comparator, x.target, x.days])).toEqual([
      ['first_step_pain', 'at_most', 3, 7],
      ['heel_raise_symmetry', 'at_least', 80, 0],
    ]);
    const bad = await c.fail('plans.setPhaseCriteria', {
      planId: plan.id,
      revision: plan.revision,
      phaseId: two,
      criteria: [{ measure: 'first_step_pain', comparator: 'at_most', target: 12, days: 7 }],
    });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.message).toContain('First-step pain: the target must be between 0 and 10/10');
    expect((await c.call('plans.get', { planId: plan.id })).revision).toBe(plan.revision);
  });

  it('shows each criterion met, not met or without readings, and proposes moving on only when all are met', async () => {
    const c = (core = openPlanTestCore());
    const { patient, plan, two } = await twoPhasePlan(c);
    const earlier = addDays(TODAY, -14);

    let progress = await c.call('plans.phaseProgress', { planId: plan.id });
    expect(progress.proposal).toBe('not_yet');
    expect(progress.next?.criteria.map((x) => x.status)).toEqual(['no_data', 'no_data']);

    await visitWith(c, patient.id, earlier, [4, 3, 3, 2, 2, 2, 1], [18, 25]);
    progress = await c.call('plans.phaseProgress', { planId: plan.id, asOf: earlier });
    expect(progress.asOf).toBe(earlier);
    expect(progress.next?.id).toBe(two);
    expect(progress.next?.criteria.map((x) => [x.text, x.status])).toEqual([
      ['First-step pain ≤ 3/10 for a week', 'not_met'],
      ['Single-leg heel raises, weaker side as % of the other ≥ 80 %', 'not_met'],
    ]);
    expect(progress.next?.criteria[0]?.evidence).toBe(
      '1 of 7 readings of the last 7 days did not (worst 4/10 on 2 Nov 2026).',
    );
    expect(progress.next?.criteria[1]?.evidence).toBe('Latest 72 % on 8 Nov 2026.');
    expect(progress.proposal).toBe('not_yet');

    await visitWith(c, patient.id, TODAY, [3, 3, 2, 2, 2, 1, 1], [22, 25]);
    progress = await c.call('plans.phaseProgress', { planId: plan.id });
    expect(progress.asOf).toBe(TODAY);
    expect(progress.next?.criteria.map((x) => x.status)).toEqual(['met', 'met']);
    expect(progress.proposal).toBe('move_on');
  });

  it('records the decision with its reason and the criteria, moves the phase, and audits it', async () => {
    const c = (core = openPlanTestCore());
    const { patient, plan, one, two } = await twoPhasePlan(c);
    const visit = await visitWith(c, patient.id, TODAY, [3, 3, 2, 2, 2, 1, 1], [22, 25]);

    const noReason = await c.fail('plans.decidePhase', {
      planId: plan.id,
      revision: plan.revision,
      toPhaseId: two,
      reason: ' ',
    });
    expect(noReason.message).toContain('Say why');

    const moved = await c.call('plans.decidePhase', {
      planId: plan.id,
      revision: plan.revision,
      toPhaseId: two,
      reason: 'All entry criteria met',
      visitId: visit.id,
    });
    expect(moved.currentPhaseId).toBe(two);
    expect(moved.changedSinceIssue).toBe(true);
    expect(moved.phaseDecisions).toHaveLength(1);
    expect(moved.phaseDecisions[0]).toMatchObject({
      decision: 'move_on',
      fromPhaseId: one,
      toPhaseTitle: 'Weeks 2–6: start loading',
      reason: 'All entry criteria met',
      visitId: visit.id,
    });
    expect(moved.phaseDecisions[0]?.criteria.map((x) => x.status)).toEqual(['met', 'met']);

    const back = await c.call('plans.decidePhase', {
      planId: moved.id,
      revision: moved.revision,
      toPhaseId: one,
      reason: 'Flare-up after a long walk',
    });
    expect(back.currentPhaseId).toBe(one);
    expect(back.phaseDecisions.map((d) => d.decision)).toEqual(['move_on', 'step_back']);

    const trail = await c.call('audit.list', { patientId: patient.id });
    expect(
      trail.entries.filter((e) => e.entity === 'plan' && e.fields.includes('currentPhase')),
    ).toHaveLength(2);
    expect(verifyAuditLog(c.ctx.db).ok).toBe(true);

    // The issued version carries the phase the patient is in, for the home sheet to print.
    const { version } = await c.call('plans.issue', { planId: back.id, revision: back.revision });
    const { snapshot } = await c.call('plans.getVersion', { versionId: version.id });
    expect(snapshot.currentPhaseId).toBe(one);
  });

  it('judges running load and pain during exercise recorded at visits', async () => {
    const c = (core = openPlanTestCore());
    const { patient, plan, two } = await twoPhasePlan(c);
    const withRunning = await c.call('plans.setPhaseCriteria', {
      planId: plan.id,
      revision: plan.revision,
      phaseId: two,
      criteria: [
        { measure: 'weekly_running_minutes', comparator: 'at_least', target: 60, days: 0 },
        { measure: 'pain_during_exercise', comparator: 'at_most', target: 3, days: 0 },
      ],
    });
    await c.call(
      'visits.create',
      emptyDraft(patient.id, TODAY, {
        running: { minutesPerWeek: 75, kmPerWeek: null, walkRunStage: 2, note: '' },
        painMonitoring: { firstStepPain: null, duringExercise: 4, nextMorning: 2 },
      }),
    );
    const progress = await c.call('plans.phaseProgress', { planId: withRunning.id });
    expect(progress.next?.criteria.map((x) => [x.text, x.status, x.evidence])).toEqual([
      ['Running time in a week ≥ 60 min', 'met', 'Latest 75 min on 22 Nov 2026.'],
      ['Pain during exercise or running ≤ 3/10', 'not_met', 'Latest 4/10 on 22 Nov 2026.'],
    ]);
  });
});
