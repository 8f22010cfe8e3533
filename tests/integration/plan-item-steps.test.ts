// Regression and progression of plan exercises through the API: set in the editor, applied
// from a visit (swap in the linked library item, or set the step's dose), audited with the
// visit, and refused with a clear error (nothing changed) when there is nothing to apply.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../support/core';
import { verifyAuditLog } from '../../electron/core/audit/audit-log';
import {
  heelDrop,
  libraryDraft,
  openPlanTestCore,
  seedPlan,
  seedLibraryItem,
  towelCurls,
  ultrasound,
} from '../support/plan-fixtures';
import { emptyDraft } from '../support/visit-fixtures';

let core: TestCore | undefined;
afterEach(() => core?.close());

const floorLowering = libraryDraft('Slow heel lowering on the flat floor', {
  kind: 'exercise',
  parameters: { sets: 3, reps: 15, timesPerDay: 2 },
});

async function planWithDrop(c: TestCore) {
  const drop = seedLibraryItem(c, heelDrop);
  const floor = seedLibraryItem(c, floorLowering);
  const curls = seedLibraryItem(c, towelCurls);
  const seeded = await seedPlan(c, [{ items: [curls, drop] }]);
  const { patient } = seeded;
  let { plan } = seeded;
  const dropItem = plan.phases[0]?.items[1];
  if (!dropItem) throw new Error('heel drop item');
  plan = await c.call('plans.setItemStep', {
    planId: plan.id,
    revision: plan.revision,
    itemId: dropItem.id,
    direction: 'regression',
    step: { type: 'item', libraryItemId: floor, title: 'Slow heel lowering on the flat floor' },
  });
  plan = await c.call('plans.setItemStep', {
    planId: plan.id,
    revision: plan.revision,
    itemId: dropItem.id,
    direction: 'progression',
    step: {
      type: 'dose',
      parameters: { sets: 3, reps: 15, timesPerDay: 2, load: { type: 'kg', kg: 5 } },
    },
  });
  const visit = await c.call('visits.create', emptyDraft(patient.id, '2026-11-22'));
  return { patient, plan, dropItemId: dropItem.id, floor, visit };
}

describe('exercise regression and progression', () => {
  it('keeps the steps set in the editor with the item', async () => {
    const c = (core = openPlanTestCore());
    const { plan, dropItemId } = await planWithDrop(c);
    const item = plan.phases[0]?.items.find((i) => i.id === dropItemId);
    expect(item?.kind === 'exercise' && item.parameters.steps).toEqual({
      regression: expect.objectContaining({
        type: 'item',
        title: 'Slow heel lowering on the flat floor',
      }),
      progression: expect.objectContaining({ type: 'dose' }),
    });
  });

  it('regresses by swapping in the linked library item in the same place, audited with the visit', async () => {
    const c = (core = openPlanTestCore());
    const { patient, plan, dropItemId, floor, visit } = await planWithDrop(c);
    const { plan: after, itemId } = await c.call('plans.applyItemStep', {
      planId: plan.id,
      revision: plan.revision,
      itemId: dropItemId,
      direction: 'regression',
      visitId: visit.id,
    });
    const items = after.phases[0]?.items ?? [];
    expect(items.map((i) => i.title)).toEqual([
      'Towel toe curls',
      'Slow heel lowering on the flat floor',
    ]);
    expect(items[1]?.id).toBe(itemId);
    expect(items[1]?.sourceItemId).toBe(floor);
    expect(after.revision).toBe(plan.revision + 1);

    const trail = await c.call('audit.list', { patientId: patient.id });
    const entry = trail.entries.find((e) => e.fields.includes('items.regression'));
    expect(entry?.entity).toBe('plan');
    expect(entry?.fields).toContain(`visit:${visit.id}`);
    expect(verifyAuditLog(c.ctx.db).ok).toBe(true);
  });

  it('progresses by setting the step dose and keeps the steps for next time', async () => {
    const c = (core = openPlanTestCore());
    const { plan, dropItemId, visit } = await planWithDrop(c);
    const { plan: after } = await c.call('plans.applyItemStep', {
      planId: plan.id,
      revision: plan.revision,
      itemId: dropItemId,
      direction: 'progression',
      visitId: visit.id,
    });
    const item = after.phases[0]?.items.find((i) => i.id === dropItemId);
    if (item?.kind !== 'exercise') throw new Error('exercise');
    expect(item.parameters.load).toEqual({ type: 'kg', kg: 5 });
    expect(item.parameters.steps?.regression?.type).toBe('item');
  });

  it('refuses what it cannot apply with a clear error and changes nothing', async () => {
    const c = (core = openPlanTestCore());
    const { plan, dropItemId, floor } = await planWithDrop(c);
    const curlsId = plan.phases[0]?.items[0]?.id ?? '';

    const none = await c.fail('plans.applyItemStep', {
      planId: plan.id,
      revision: plan.revision,
      itemId: curlsId,
      direction: 'regression',
    });
    expect(none.code).toBe('VALIDATION');
    expect(none.message).toBe(
      '“Towel toe curls” has no regression set. Set one in the plan editor before you regress it.',
    );

    // The linked exercise was archived in the library since the link was set.
    c.ctx.db.prepare('UPDATE library_items SET archived = 1 WHERE id = ?').run(floor);
    const gone = await c.fail('plans.applyItemStep', {
      planId: plan.id,
      revision: plan.revision,
      itemId: dropItemId,
      direction: 'regression',
    });
    expect(gone.message).toContain('is no longer in the library');

    const stale = await c.fail('plans.applyItemStep', {
      planId: plan.id,
      revision: plan.revision - 1,
      itemId: dropItemId,
      direction: 'progression',
    });
    expect(stale.code).toBe('CONFLICT');

    const unchanged = await c.call('plans.get', { planId: plan.id });
    expect(unchanged.revision).toBe(plan.revision);
    expect(unchanged.phases[0]?.items.map((i) => i.id)).toEqual([curlsId, dropItemId]);
  });

  it('refuses a link to something that is not an exercise', async () => {
    const c = (core = openPlanTestCore());
    const { plan, dropItemId } = await planWithDrop(c);
    const us = seedLibraryItem(c, ultrasound);
    const bad = await c.fail('plans.setItemStep', {
      planId: plan.id,
      revision: plan.revision,
      itemId: dropItemId,
      direction: 'regression',
      step: { type: 'item', libraryItemId: us, title: 'Ultrasound' },
    });
    expect(bad.message).toContain('is not an exercise');
    expect((await c.call('plans.get', { planId: plan.id })).revision).toBe(plan.revision);
  });
});
