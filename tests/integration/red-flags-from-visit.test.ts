// A positive red-flag finding recorded at a visit raises a red flag on the patient's plan,
// linked to the visit, once; and from then on no home sheet prints until it is decided.
import { afterEach, describe, expect, it } from 'vitest';
import type { VisitDraft } from '../../shared/domain/visit';
import { openTestCore, type TestCore } from '../support/core';
import {
  emptyDraft,
  heelDropItem,
  insertPatient,
  insertPlanVersion,
} from '../support/visit-fixtures';

let core: TestCore | undefined;
afterEach(() => core?.close());

type Treatment = VisitDraft['treatments'][number];

function thompson(result: 'positive' | 'negative'): Treatment {
  return {
    planItemId: null,
    title: 'Thompson test (calf squeeze)',
    kind: 'assessment',
    parameters: {
      fields: [
        {
          type: 'test',
          key: 'thompson',
          label: 'Thompson test',
          sided: true,
          positiveIsRedFlag: true,
        },
        { type: 'text', key: 'actionTaken', label: 'Action taken' },
      ],
    },
    findings: { thompson: { left: result, right: 'negative' } },
    notes: '',
  };
}

function setUp() {
  const c = openTestCore();
  insertPatient(c.ctx.db, { id: 'pt', firstName: 'Zoë', lastName: 'Ünal' });
  insertPlanVersion(c.ctx.db, {
    planId: 'plan',
    versionId: 'v1',
    versionNumber: 1,
    patientId: 'pt',
    items: [heelDropItem],
  });
  // A plan always has at least one phase (the fixture writes only the frozen version).
  c.ctx.db
    .prepare(
      "INSERT INTO plan_phases (id, plan_id, position, title) VALUES ('phase-1', 'plan', 0, 'Settle and load')",
    )
    .run();
  return c;
}

describe('red flags raised by visit findings', () => {
  it('raises a suspected rupture from a positive Thompson test, linked to the visit, once', async () => {
    const c = (core = setUp());
    const visit = await c.call('visits.create', {
      ...emptyDraft('pt', '2026-11-22'),
      planVersionId: 'v1',
      treatments: [thompson('positive')],
    });
    let plan = await c.call('plans.get', { planId: 'plan' });
    expect(plan.redFlags).toEqual([
      expect.objectContaining({
        type: 'suspected_tendon_rupture',
        visitId: visit.id,
        acknowledgedAt: null,
        decision: null,
        note: 'Found at the visit on 22 Nov 2026: Thompson test (calf squeeze), Thompson test: positive (left).',
      }),
    ]);
    // Saving the visit again (a note added) raises nothing twice.
    await c.call('visits.update', {
      id: visit.id,
      revision: visit.revision,
      draft: {
        ...emptyDraft('pt', '2026-11-22'),
        planVersionId: 'v1',
        treatments: [{ ...thompson('positive'), id: visit.treatments[0]?.id, notes: 'Gap felt' }],
      },
    });
    plan = await c.call('plans.get', { planId: 'plan' });
    expect(plan.redFlags).toHaveLength(1);
    // The issued version's home sheet no longer prints until the clinician decides.
    const error = await c.fail('pdf.homeProgramme', { planVersionId: 'v1', options: {} });
    expect(error.code).toBe('RED_FLAG');
    expect(error.message).toContain('suspected achilles tendon rupture');
  });

  it('raises nothing for a negative test, and "Other" for an unmapped red-flag finding', async () => {
    const c = (core = setUp());
    await c.call('visits.create', {
      ...emptyDraft('pt', '2026-11-22'),
      planVersionId: 'v1',
      treatments: [thompson('negative')],
    });
    expect((await c.call('plans.get', { planId: 'plan' })).redFlags).toEqual([]);
    await c.call('visits.create', {
      ...emptyDraft('pt', '2026-11-22', { time: '11:00' }),
      // No plan named on the visit: the patient's active plan gets the flag.
      treatments: [
        {
          planItemId: null,
          title: 'Clinic neuro screen',
          kind: 'assessment',
          parameters: {
            fields: [
              {
                type: 'test',
                key: 'ankleJerkAbsent',
                label: 'Ankle jerk absent',
                sided: false,
                positiveIsRedFlag: true,
              },
            ],
          },
          findings: { ankleJerkAbsent: 'positive' },
          notes: '',
        },
      ],
    });
    const flags = (await c.call('plans.get', { planId: 'plan' })).redFlags;
    expect(flags).toEqual([
      expect.objectContaining({
        type: 'other',
        note: expect.stringContaining('Ankle jerk absent'),
      }),
    ]);
  });
});
