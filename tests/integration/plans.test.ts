import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/domain/plan';
import { verifyAuditLog } from '../../electron/core/audit/audit-log';
import type { TestCore } from '../support/core';
import {
  calfStretch,
  heelDrop,
  nightSplint,
  patientAna,
  renameLibraryItem,
  seedLibraryItem,
  setLibraryArchived,
  towelCurls,
  ultrasound,
  openPlanTestCore,
} from '../support/plan-fixtures';

let core: TestCore | undefined;
afterEach(() => core?.close());

const titles = (plan: Plan) => plan.phases.map((p) => p.items.map((i) => i.title));

async function planWithItems(c: TestCore) {
  const lib = {
    heelDrop: seedLibraryItem(c, heelDrop, { builtInKey: 'exercise.eccentric-heel-drop' }),
    calfStretch: seedLibraryItem(c, calfStretch),
    towelCurls: seedLibraryItem(c, towelCurls),
    ultrasound: seedLibraryItem(c, ultrasound),
    nightSplint: seedLibraryItem(c, nightSplint),
  };
  const patient = await c.call('patients.create', { patient: patientAna });
  let plan = await c.call('plans.create', { patientId: patient.id, title: 'Heel pain, left' });
  const phaseId = plan.phases[0]?.id ?? '';
  for (const id of [lib.heelDrop, lib.calfStretch, lib.towelCurls]) {
    ({ plan } = await c.call('plans.addItem', {
      planId: plan.id,
      revision: plan.revision,
      phaseId,
      libraryItemId: id,
    }));
  }
  return { lib, patient, plan, phaseId };
}

function itemId(plan: Plan, title: string): string {
  const item = plan.phases.flatMap((p) => p.items).find((i) => i.title === title);
  if (!item) throw new Error(`No item ${title}`);
  return item.id;
}

describe('plans', () => {
  it('starts an active plan with one phase, copies library items in with their defaults', async () => {
    const c = (core = openPlanTestCore());
    const { plan, lib } = await planWithItems(c);
    expect(plan.status).toBe('active');
    expect(plan.condition).toBe('Plantar heel pain');
    expect(titles(plan)).toEqual([
      ['Eccentric heel drops', 'Calf stretch, knee straight', 'Towel toe curls'],
    ]);
    const drop = plan.phases[0]?.items[0];
    expect(drop).toMatchObject({
      kind: 'exercise',
      parameters: { sets: 3, reps: 15, timesPerDay: 2, daysPerWeek: 7 },
      instructions: ['Stand tall.', 'Move slowly.'],
      sourceItemId: lib.heelDrop,
      sourceBuiltInKey: 'exercise.eccentric-heel-drop',
      patientNote: '',
    });
    // A later library edit never rewrites the patient's plan.
    renameLibraryItem(c, lib.heelDrop, 'Heel drops (renamed)');
    const again = await c.call('plans.get', { planId: plan.id });
    expect(again.phases[0]?.items[0]?.title).toBe('Eccentric heel drops');
  });

  it('adds at a chosen place, and refuses archived or unknown library items', async () => {
    const c = (core = openPlanTestCore());
    const { plan, lib, phaseId } = await planWithItems(c);
    const { plan: next, itemId: added } = await c.call('plans.addItem', {
      planId: plan.id,
      revision: plan.revision,
      phaseId,
      libraryItemId: lib.nightSplint,
      index: 1,
    });
    expect(titles(next)[0]?.[1]).toBe('Night splint');
    expect(next.phases[0]?.items[1]?.id).toBe(added);
    setLibraryArchived(c, lib.ultrasound, true);
    const archived = await c.fail('plans.addItem', {
      planId: plan.id,
      revision: next.revision,
      phaseId,
      libraryItemId: lib.ultrasound,
    });
    expect(archived.message).toContain('is archived in the library');
    const unknown = await c.fail('plans.addItem', {
      planId: plan.id,
      revision: next.revision,
      phaseId,
      libraryItemId: 'nope',
    });
    expect(unknown.code).toBe('NOT_FOUND');
    expect((await c.call('plans.get', { planId: plan.id })).revision).toBe(next.revision);
  });

  it('changes a dose and a note, and shows both on reading back', async () => {
    const c = (core = openPlanTestCore());
    const { plan } = await planWithItems(c);
    const updated = await c.call('plans.updateItem', {
      planId: plan.id,
      revision: plan.revision,
      itemId: itemId(plan, 'Eccentric heel drops'),
      dose: { kind: 'exercise', parameters: { sets: 3, reps: 20, side: 'left', timesPerDay: 2 } },
      patientNote: 'Slow on the way down; stop at 5/10 pain.',
    });
    expect(updated.revision).toBe(plan.revision + 1);
    expect(updated.phases[0]?.items[0]).toMatchObject({
      parameters: { sets: 3, reps: 20, side: 'left', timesPerDay: 2 },
      patientNote: 'Slow on the way down; stop at 5/10 pain.',
    });
  });

  it('refuses reps of -1, an out-of-range ultrasound intensity and a dose of the wrong kind; nothing is saved', async () => {
    const c = (core = openPlanTestCore());
    const { plan, lib, phaseId } = await planWithItems(c);
    const drop = itemId(plan, 'Eccentric heel drops');
    const reps = await c.fail('plans.updateItem', {
      planId: plan.id,
      revision: plan.revision,
      itemId: drop,
      dose: { kind: 'exercise', parameters: { sets: 3, reps: -1 } },
    });
    expect(reps.code).toBe('VALIDATION');
    expect(reps.issues?.[0]).toEqual({
      path: ['dose', 'parameters', 'reps'],
      message: 'Reps must be at least 1.',
    });

    const { plan: withUs } = await c.call('plans.addItem', {
      planId: plan.id,
      revision: plan.revision,
      phaseId,
      libraryItemId: lib.ultrasound,
    });
    const us = itemId(withUs, 'Therapeutic ultrasound, plantar fascia');
    const intensity = await c.fail('plans.updateItem', {
      planId: plan.id,
      revision: withUs.revision,
      itemId: us,
      dose: {
        kind: 'modality',
        parameters: {
          device: 'ultrasound',
          frequencyMHz: 3,
          intensityWPerCm2: 3.5,
          dutyCyclePercent: 20,
          minutes: 5,
        },
      },
    });
    expect(intensity.message).toContain('Intensity must be at most 3 W/cm².');
    const frequency = await c.fail('plans.updateItem', {
      planId: plan.id,
      revision: withUs.revision,
      itemId: us,
      dose: {
        kind: 'modality',
        parameters: {
          device: 'ultrasound',
          frequencyMHz: 2,
          intensityWPerCm2: 1,
          dutyCyclePercent: 20,
          minutes: 5,
        },
      },
    });
    expect(frequency.message).toContain('Ultrasound frequency is 1 or 3 MHz.');
    const wrongKind = await c.fail('plans.updateItem', {
      planId: plan.id,
      revision: withUs.revision,
      itemId: us,
      dose: { kind: 'exercise', parameters: { sets: 3, reps: 10 } },
    });
    expect(wrongKind.code).toBe('VALIDATION');
    expect(wrongKind.message).toContain('takes modality settings');

    const after = await c.call('plans.get', { planId: plan.id });
    expect(after.revision).toBe(withUs.revision);
    expect(after.phases[0]?.items[0]?.parameters).toEqual(heelDrop.parameters);
    expect(after.phases[0]?.items[3]?.parameters).toEqual(ultrasound.parameters);
  });

  it('reorders within a phase, moves between phases, removes and puts back (undo)', async () => {
    const c = (core = openPlanTestCore());
    let { plan } = await planWithItems(c);
    plan = await c.call('plans.addPhase', {
      planId: plan.id,
      revision: plan.revision,
      title: 'Weeks 3–6',
    });
    const [first, second] = plan.phases;
    expect(second?.title).toBe('Weeks 3–6');
    plan = await c.call('plans.moveItem', {
      planId: plan.id,
      revision: plan.revision,
      itemId: itemId(plan, 'Towel toe curls'),
      phaseId: first?.id ?? '',
      index: 0,
    });
    expect(titles(plan)).toEqual([
      ['Towel toe curls', 'Eccentric heel drops', 'Calf stretch, knee straight'],
      [],
    ]);
    plan = await c.call('plans.moveItem', {
      planId: plan.id,
      revision: plan.revision,
      itemId: itemId(plan, 'Eccentric heel drops'),
      phaseId: second?.id ?? '',
      index: 99,
    });
    expect(titles(plan)).toEqual([
      ['Towel toe curls', 'Calf stretch, knee straight'],
      ['Eccentric heel drops'],
    ]);

    const towel = itemId(plan, 'Towel toe curls');
    plan = await c.call('plans.removeItem', {
      planId: plan.id,
      revision: plan.revision,
      itemId: towel,
    });
    expect(titles(plan)).toEqual([['Calf stretch, knee straight'], ['Eccentric heel drops']]);
    plan = await c.call('plans.restoreItem', {
      planId: plan.id,
      revision: plan.revision,
      itemId: towel,
    });
    expect(titles(plan)).toEqual([
      ['Towel toe curls', 'Calf stretch, knee straight'],
      ['Eccentric heel drops'],
    ]);
  });

  it('edits phases: rename, reorder, and refuses to remove one that still has items', async () => {
    const c = (core = openPlanTestCore());
    let { plan } = await planWithItems(c);
    const firstId = plan.phases[0]?.id ?? '';
    plan = await c.call('plans.updatePhase', {
      planId: plan.id,
      revision: plan.revision,
      phaseId: firstId,
      title: 'Weeks 0–2: settle pain',
    });
    plan = await c.call('plans.addPhase', {
      planId: plan.id,
      revision: plan.revision,
      title: 'Later',
    });
    plan = await c.call('plans.movePhase', {
      planId: plan.id,
      revision: plan.revision,
      phaseId: firstId,
      index: 1,
    });
    expect(plan.phases.map((p) => p.title)).toEqual(['Later', 'Weeks 0–2: settle pain']);
    const full = await c.fail('plans.removePhase', {
      planId: plan.id,
      revision: plan.revision,
      phaseId: firstId,
    });
    expect(full.message).toBe('This phase still has 3 items. Move or remove them first.');
    plan = await c.call('plans.removePhase', {
      planId: plan.id,
      revision: plan.revision,
      phaseId: plan.phases[0]?.id ?? '',
    });
    expect(plan.phases.map((p) => p.title)).toEqual(['Weeks 0–2: settle pain']);
    const last = await c.fail('plans.removePhase', {
      planId: plan.id,
      revision: plan.revision,
      phaseId: firstId,
    });
    expect(last.message).toBe('A plan needs at least one phase.');
    const untitled = await c.fail('plans.addPhase', {
      planId: plan.id,
      revision: plan.revision,
      title: ' ',
    });
    expect(untitled.message).toContain('Give the phase a title.');
  });

  it('keeps goals with targets and dates, and refuses invalid dates', async () => {
    const c = (core = openPlanTestCore());
    let { plan } = await planWithItems(c);
    plan = await c.call('plans.setGoals', {
      planId: plan.id,
      revision: plan.revision,
      goals: [
        {
          description: 'First steps in the morning without sharp pain',
          target: 'NPRS ≤ 2/10',
          targetDate: '2027-01-15',
        },
        { description: 'Run 5 km', target: 'pain ≤ 3/10 during and after', targetDate: null },
      ],
    });
    expect(plan.goals.map((g) => g.target)).toEqual([
      'NPRS ≤ 2/10',
      'pain ≤ 3/10 during and after',
    ]);
    const keptId = plan.goals[0]?.id;
    plan = await c.call('plans.setGoals', {
      planId: plan.id,
      revision: plan.revision,
      goals: [
        {
          ...plan.goals[0],
          description: 'First steps without pain',
          target: 'NPRS ≤ 1/10',
          targetDate: null,
        },
      ],
    });
    expect(plan.goals).toEqual([
      {
        id: keptId,
        description: 'First steps without pain',
        target: 'NPRS ≤ 1/10',
        targetDate: null,
      },
    ]);
    const bad = await c.fail('plans.setGoals', {
      planId: plan.id,
      revision: plan.revision,
      goals: [{ description: 'Run', target: '', targetDate: '2027-02-30' }],
    });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.issues?.[0]?.path).toEqual(['goals', 0, 'targetDate']);
    expect((await c.call('plans.get', { planId: plan.id })).goals).toHaveLength(1);
  });

  it('refuses a write based on a stale revision (another window) and keeps the other change', async () => {
    const c = (core = openPlanTestCore());
    const { plan } = await planWithItems(c);
    const drop = itemId(plan, 'Eccentric heel drops');
    // Window A and window B both opened the plan at the same revision.
    const a = await c.call('plans.updateItem', {
      planId: plan.id,
      revision: plan.revision,
      itemId: drop,
      dose: { kind: 'exercise', parameters: { sets: 3, reps: 20 } },
    });
    const b = await c.fail('plans.updateItem', {
      planId: plan.id,
      revision: plan.revision,
      itemId: drop,
      dose: { kind: 'exercise', parameters: { sets: 4, reps: 12 } },
    });
    expect(b.code).toBe('CONFLICT');
    expect(b.message).toMatch(/^This plan was changed in another window/);
    const stored = await c.call('plans.get', { planId: plan.id });
    expect(stored.revision).toBe(a.revision);
    expect(stored.phases[0]?.items[0]?.parameters).toEqual({ sets: 3, reps: 20 });
    const moved = await c.fail('plans.moveItem', {
      planId: plan.id,
      revision: plan.revision,
      itemId: drop,
      phaseId: plan.phases[0]?.id ?? '',
      index: 2,
    });
    expect(moved.code).toBe('CONFLICT');
  });

  it('keeps one active plan per patient; activating another completes the first', async () => {
    const c = (core = openPlanTestCore());
    const { plan, patient } = await planWithItems(c);
    const second = await c.call('plans.create', {
      patientId: patient.id,
      title: 'Achilles, right',
    });
    expect(second.status).toBe('draft');
    const active = await c.call('plans.setStatus', {
      planId: second.id,
      revision: second.revision,
      status: 'active',
    });
    expect(active.status).toBe('active');
    const first = await c.call('plans.get', { planId: plan.id });
    expect(first.status).toBe('completed');
    expect(first.revision).toBe(plan.revision + 1);
    const list = await c.call('plans.listForPatient', { patientId: patient.id });
    expect(list.plans.map((p) => [p.title, p.status, p.itemCount])).toEqual([
      ['Achilles, right', 'active', 0],
      ['Heel pain, left', 'completed', 3],
    ]);
    const archived = await c.call('plans.archive', { planId: plan.id, revision: first.revision });
    expect(archived.archived).toBe(true);
    expect((await c.call('plans.listForPatient', { patientId: patient.id })).plans).toHaveLength(1);
    expect(
      (await c.call('plans.listForPatient', { patientId: patient.id, includeArchived: true }))
        .plans,
    ).toHaveLength(2);
  });

  it('refuses a plan for an archived patient', async () => {
    const c = (core = openPlanTestCore());
    const patient = await c.call('patients.create', { patient: patientAna });
    await c.call('patients.archive', { id: patient.id });
    const error = await c.fail('plans.create', { patientId: patient.id });
    expect(error.message).toBe(
      'Ana Núñez is archived. Restore the patient before starting a plan.',
    );
    expect(
      await c.call('plans.listForPatient', { patientId: patient.id, includeArchived: true }),
    ).toEqual({ plans: [], unreadable: 0 });
  });

  it('keeps everything across a reopen, audits each write, and the chain verifies', async () => {
    const c = (core = openPlanTestCore());
    const { plan } = await planWithItems(c);
    const dir = c.dataDir;
    c.close();
    core = openPlanTestCore(dir, 'reopened');
    expect(await core.call('plans.get', { planId: plan.id })).toEqual(plan);
    const actions = core.ctx.db
      .prepare(`SELECT action, fields FROM audit_log WHERE entity = 'plan' ORDER BY seq`)
      .all();
    expect(actions).toEqual([
      { action: 'create', fields: '[]' },
      { action: 'update', fields: '["items"]' },
      { action: 'update', fields: '["items"]' },
      { action: 'update', fields: '["items"]' },
    ]);
    expect(verifyAuditLog(core.ctx.db).ok).toBe(true);
  });
});
