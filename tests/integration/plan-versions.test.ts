import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/domain/plan';
import { planVersionSnapshotSchema } from '../../shared/domain/plan';
import type { TestCore } from '../support/core';
import {
  calfStretch,
  heelDrop,
  patientAna,
  seedLibraryItem,
  towelCurls,
  openPlanTestCore,
} from '../support/plan-fixtures';

let core: TestCore | undefined;
afterEach(() => core?.close());

async function readyPlan(c: TestCore): Promise<Plan> {
  const patient = await c.call('patients.create', { patient: patientAna });
  let plan = await c.call('plans.create', { patientId: patient.id, title: 'Heel pain, left' });
  const phaseId = plan.phases[0]?.id ?? '';
  for (const draft of [heelDrop, calfStretch, towelCurls]) {
    ({ plan } = await c.call('plans.addItem', {
      planId: plan.id,
      revision: plan.revision,
      phaseId,
      libraryItemId: seedLibraryItem(c, draft),
    }));
  }
  return plan;
}

const item = (plan: Plan, index: number) => plan.phases[0]?.items[index];

describe('issuing plan versions', () => {
  it('freezes numbered, dated snapshots; later edits do not touch them', async () => {
    const c = (core = openPlanTestCore());
    let plan = await readyPlan(c);
    expect(plan.changedSinceIssue).toBe(true);
    const { plan: issued, version } = await c.call('plans.issue', {
      planId: plan.id,
      revision: plan.revision,
    });
    expect(version).toMatchObject({ versionNumber: 1, itemCount: 3, planId: plan.id });
    expect(version.issuedAt).toMatch(/^2026-11-22T09:00:\d\d\.000Z$/);
    expect(issued.changedSinceIssue).toBe(false);
    expect(issued.versions).toEqual([version]);
    plan = await c.call('plans.updateItem', {
      planId: plan.id,
      revision: issued.revision,
      itemId: item(issued, 0)?.id ?? '',
      dose: { kind: 'exercise', parameters: { sets: 3, reps: 20 } },
    });
    expect(plan.changedSinceIssue).toBe(true);
    const { snapshot } = await c.call('plans.getVersion', { versionId: version.id });
    expect(planVersionSnapshotSchema.parse(snapshot)).toEqual(snapshot);
    expect(snapshot).toMatchObject({
      versionNumber: 1,
      title: 'Heel pain, left',
      patient: {
        firstName: 'Ana',
        lastName: 'Núñez',
        dateOfBirth: '1988-04-02',
        preferredLanguage: 'es',
      },
    });
    expect(snapshot.phases[0]?.items[0]?.parameters).toEqual(heelDrop.parameters);
    // The database refuses to change an issued version.
    expect(() => c.ctx.db.prepare(`UPDATE plan_versions SET snapshot = '{}'`).run()).toThrow(
      'An issued plan version cannot be changed.',
    );
  });

  it('diffs v1 and v2: exactly the dose change and the removed item', async () => {
    const c = (core = openPlanTestCore());
    let plan = await readyPlan(c);
    ({ plan } = await c.call('plans.issue', { planId: plan.id, revision: plan.revision }));
    plan = await c.call('plans.updateItem', {
      planId: plan.id,
      revision: plan.revision,
      itemId: item(plan, 0)?.id ?? '',
      dose: { kind: 'exercise', parameters: { sets: 3, reps: 20, timesPerDay: 2, daysPerWeek: 7 } },
    });
    plan = await c.call('plans.removeItem', {
      planId: plan.id,
      revision: plan.revision,
      itemId: item(plan, 1)?.id ?? '',
    });
    const { version } = await c.call('plans.issue', { planId: plan.id, revision: plan.revision });
    expect(version.versionNumber).toBe(2);
    expect(version.itemCount).toBe(2);
    const diff = await c.call('plans.diffVersions', {
      planId: plan.id,
      fromVersion: 1,
      toVersion: 2,
    });
    expect(diff.changed.map((d) => d.summary)).toEqual(['Eccentric heel drops: 3×15 → 3×20']);
    expect(diff.removed.map((d) => d.summary)).toEqual([
      'Removed: Calf stretch, knee straight (Phase 1)',
    ]);
    expect(diff.added).toEqual([]);
    expect(diff.moved).toEqual([]);
    expect(diff.planChanges).toEqual([]);
    expect(
      (await c.call('plans.listVersions', { planId: plan.id })).map((v) => v.versionNumber),
    ).toEqual([1, 2]);
    const missing = await c.fail('plans.diffVersions', {
      planId: plan.id,
      fromVersion: 1,
      toVersion: 3,
    });
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.message).toContain('Version 3 of this plan');
  });

  it('blocks issuing while a red flag is open, and says why; acknowledging unblocks it', async () => {
    const c = (core = openPlanTestCore());
    let plan = await readyPlan(c);
    plan = await c.call('plans.recordRedFlag', {
      planId: plan.id,
      revision: plan.revision,
      type: 'suspected_stress_fracture',
      note: 'Positive calcaneal squeeze test, pain worse with every run',
    });
    const flag = plan.redFlags[0];
    expect(flag).toMatchObject({ type: 'suspected_stress_fracture', acknowledgedAt: null });
    const blocked = await c.fail('plans.issue', { planId: plan.id, revision: plan.revision });
    expect(blocked.code).toBe('RED_FLAG');
    expect(blocked.message).toContain(
      "can't be issued while a red flag is open: suspected calcaneal stress fracture",
    );
    expect(blocked.issues?.[0]?.path).toEqual(['redFlags']);
    expect((await c.call('plans.get', { planId: plan.id })).versions).toEqual([]);

    const noReason = await c.fail('plans.acknowledgeRedFlag', {
      planId: plan.id,
      revision: plan.revision,
      redFlagId: flag?.id ?? '',
      acknowledgement: 'Seen',
    });
    expect(noReason.message).toContain('Choose what you decided');
    const notOffered = await c.fail('plans.acknowledgeRedFlag', {
      planId: plan.id,
      revision: plan.revision,
      redFlagId: flag?.id ?? '',
      decision: 'referred_gp',
    });
    expect(notOffered.issues?.[0]).toMatchObject({ path: ['decision'] });
    plan = await c.call('plans.acknowledgeRedFlag', {
      planId: plan.id,
      revision: plan.revision,
      redFlagId: flag?.id ?? '',
      decision: 'cleared',
      acknowledgement: 'MRI clear; cleared to load',
    });
    expect(plan.redFlags[0]?.acknowledgedAt).not.toBeNull();
    const { version } = await c.call('plans.issue', { planId: plan.id, revision: plan.revision });
    const { snapshot } = await c.call('plans.getVersion', { versionId: version.id });
    expect(snapshot.redFlags[0]).toMatchObject({
      acknowledgement: 'MRI clear; cleared to load',
      decision: 'cleared',
    });
  });

  it('refuses to issue an empty plan or a stale one', async () => {
    const c = (core = openPlanTestCore());
    const plan = await readyPlan(c);
    const empty = await c.call('plans.create', { patientId: plan.patientId ?? '' });
    const error = await c.fail('plans.issue', { planId: empty.id, revision: empty.revision });
    expect(error.message).toBe('This plan has no items yet. Add at least one before issuing it.');
    const stale = await c.fail('plans.issue', { planId: plan.id, revision: plan.revision - 1 });
    expect(stale.code).toBe('CONFLICT');
    expect((await c.call('plans.get', { planId: plan.id })).versions).toEqual([]);
  });

  it('issuing a draft plan makes it the active one', async () => {
    const c = (core = openPlanTestCore());
    const first = await readyPlan(c);
    expect(first.status).toBe('active');
    const second = await c.call('plans.create', {
      patientId: first.patientId ?? '',
      title: 'New episode',
    });
    const { plan } = await c.call('plans.addItem', {
      planId: second.id,
      revision: second.revision,
      phaseId: second.phases[0]?.id ?? '',
      libraryItemId: seedLibraryItem(c, towelCurls),
    });
    const issued = await c.call('plans.issue', { planId: plan.id, revision: plan.revision });
    expect(issued.plan.status).toBe('active');
    expect((await c.call('plans.get', { planId: first.id })).status).toBe('completed');
  });
});

describe('issuing an unchanged plan', () => {
  it('is refused with the version to print instead, and nothing is written', async () => {
    const c = (core = openPlanTestCore());
    const plan = await readyPlan(c);
    const { plan: issued } = await c.call('plans.issue', {
      planId: plan.id,
      revision: plan.revision,
    });
    const error = await c.fail('plans.issue', { planId: plan.id, revision: issued.revision });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe(
      'Nothing has changed since version 1 was issued on 22 Nov 2026. Change the plan first, or print version 1 again.',
    );
    expect(await c.call('plans.listVersions', { planId: plan.id })).toHaveLength(1);

    // A change and its undo leave the plan as issued: still nothing to issue.
    const first = item(issued, 0);
    const changed = await c.call('plans.updateItem', {
      planId: plan.id,
      revision: issued.revision,
      itemId: first?.id ?? '',
      dose: { kind: 'exercise', parameters: { sets: 5, reps: 5 } },
    });
    const undone = await c.call('plans.updateItem', {
      planId: plan.id,
      revision: changed.revision,
      itemId: first?.id ?? '',
      dose: { kind: 'exercise', parameters: first?.kind === 'exercise' ? first.parameters : {} },
    });
    expect((await c.fail('plans.issue', { planId: plan.id, revision: undone.revision })).code).toBe(
      'VALIDATION',
    );

    // A real change is issued as version 2.
    const real = await c.call('plans.updateItem', {
      planId: plan.id,
      revision: undone.revision,
      itemId: first?.id ?? '',
      dose: { kind: 'exercise', parameters: { sets: 5, reps: 5 } },
    });
    const { version } = await c.call('plans.issue', { planId: plan.id, revision: real.revision });
    expect(version.versionNumber).toBe(2);
  });
});
