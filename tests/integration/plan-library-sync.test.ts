// Library edits reaching a plan through the API: the changes since an item was added are
// listed (old → new); Update takes the library's content and keeps the plan's dose, side and
// patient note; Keep silences the question until the library item changes again.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../support/core';
import { photo } from '../support/images';
import { heelDrop, openPlanTestCore, patientAna } from '../support/plan-fixtures';

let core: TestCore | undefined;
afterEach(() => core?.close());

async function planWithHeelDrop(c: TestCore) {
  const library = await c.call('library.create', { draft: heelDrop });
  const patient = await c.call('patients.create', { patient: patientAna });
  let plan = await c.call('plans.create', { patientId: patient.id, title: 'Heel pain' });
  const added = await c.call('plans.addItem', {
    planId: plan.id,
    revision: plan.revision,
    phaseId: plan.phases[0]?.id ?? '',
    libraryItemId: library.id,
  });
  plan = await c.call('plans.updateItem', {
    planId: plan.id,
    revision: added.plan.revision,
    itemId: added.itemId,
    dose: { kind: 'exercise', parameters: { sets: 4, reps: 12, side: 'left' } },
    patientNote: 'Use the bottom stair.',
  });
  return { library, plan, itemId: added.itemId };
}

describe('library changes reaching a plan', () => {
  it('lists nothing while the library item is as it was added', async () => {
    const c = (core = openPlanTestCore());
    const { plan } = await planWithHeelDrop(c);
    expect(await c.call('plans.libraryChanges', { planId: plan.id })).toEqual([]);
  });

  it('lists steps, cautions, photos and video changed since, then updates keeping the dose', async () => {
    const c = (core = openPlanTestCore());
    const { library, plan, itemId } = await planWithHeelDrop(c);
    await c.call('library.update', {
      id: library.id,
      draft: {
        ...heelDrop,
        instructions: ['Stand tall.', 'Lower over 3 seconds.'],
        cautions: [],
        videoUrl: 'https://example.org/heel-drop',
      },
    });
    await c.call('library.addImage', {
      id: library.id,
      upload: {
        fileName: 'drop.png',
        dataBase64: (await photo({ width: 40, height: 30 })).data.toString('base64'),
      },
    });
    const [change] = await c.call('plans.libraryChanges', { planId: plan.id });
    expect(change?.itemId).toBe(itemId);
    expect(change?.changes.map((x) => [x.label, x.before, x.after])).toEqual([
      ['Step 2', 'Move slowly.', 'Lower over 3 seconds.'],
      ['Caution 1', 'Stop if pain rises above 5/10.', null],
      ['Photos', null, '1 photo'],
      ['Video', null, 'https://example.org/heel-drop'],
    ]);

    const updated = await c.call('plans.updateItemFromLibrary', {
      planId: plan.id,
      revision: plan.revision,
      itemId,
    });
    const item = updated.phases[0]?.items[0];
    expect(item?.instructions).toEqual(['Stand tall.', 'Lower over 3 seconds.']);
    expect(item?.videoUrl).toBe('https://example.org/heel-drop');
    expect(item?.images).toHaveLength(1);
    expect(item?.kind === 'exercise' && item.parameters).toEqual({
      sets: 4,
      reps: 12,
      side: 'left',
    });
    expect(item?.patientNote).toBe('Use the bottom stair.');
    expect(await c.call('plans.libraryChanges', { planId: plan.id })).toEqual([]);
  });

  it('keeps the item as it is until the library item changes again', async () => {
    const c = (core = openPlanTestCore());
    const { library, plan, itemId } = await planWithHeelDrop(c);
    const edit = (title: string) =>
      c.call('library.update', { id: library.id, draft: { ...heelDrop, title } });
    await edit('Eccentric heel drops off a step');
    const kept = await c.call('plans.keepItemContent', {
      planId: plan.id,
      revision: plan.revision,
      itemId,
    });
    expect(kept.phases[0]?.items[0]?.title).toBe('Eccentric heel drops');
    expect(await c.call('plans.libraryChanges', { planId: plan.id })).toEqual([]);
    await edit('Eccentric heel drops, off a stair');
    const [again] = await c.call('plans.libraryChanges', { planId: plan.id });
    expect(again?.changes).toEqual([
      {
        key: 'title',
        label: 'Title',
        before: 'Eccentric heel drops',
        after: 'Eccentric heel drops, off a stair',
      },
    ]);
  });

  it('refuses to update from a library item that is gone, changing nothing', async () => {
    const c = (core = openPlanTestCore());
    const { plan, itemId } = await planWithHeelDrop(c);
    c.ctx.db.prepare('UPDATE plan_items SET source_item_id = NULL WHERE id = ?').run(itemId);
    await expect(
      c.call('plans.updateItemFromLibrary', { planId: plan.id, revision: plan.revision, itemId }),
    ).rejects.toThrow('This item is no longer in the library');
    const after = await c.call('plans.get', { planId: plan.id });
    expect(after.revision).toBe(plan.revision);
  });
});
