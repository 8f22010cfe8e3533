import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/domain/plan';
import { loadBuiltInProtocols } from '../../electron/core/plans/built-in-protocols';
import { openTestCore, tempDir, type TestCore } from '../support/core';
import {
  calfStretch,
  heelDrop,
  nightSplint,
  patientAna,
  renameLibraryItem,
  seedLibraryItem,
  setLibraryArchived,
} from '../support/plan-fixtures';

let core: TestCore | undefined;
afterEach(() => core?.close());

const titles = (plan: Plan) => plan.phases.map((p) => p.items.map((i) => i.title));
const countPlans = (c: TestCore) =>
  (c.ctx.db.prepare('SELECT count(*) AS n FROM plans').get() as { n: number }).n;

async function dosedPlan(c: TestCore) {
  const lib = {
    heelDrop: seedLibraryItem(c, heelDrop),
    calfStretch: seedLibraryItem(c, calfStretch),
  };
  const patient = await c.call('patients.create', { patient: patientAna });
  let plan = await c.call('plans.create', { patientId: patient.id, title: 'Heel pain, left' });
  const phaseId = plan.phases[0]?.id ?? '';
  for (const id of [lib.heelDrop, lib.calfStretch]) {
    ({ plan } = await c.call('plans.addItem', {
      planId: plan.id,
      revision: plan.revision,
      phaseId,
      libraryItemId: id,
    }));
  }
  plan = await c.call('plans.updateItem', {
    planId: plan.id,
    revision: plan.revision,
    itemId: plan.phases[0]?.items[0]?.id ?? '',
    dose: { kind: 'exercise', parameters: { sets: 4, reps: 12, holdSeconds: 2 } },
    patientNote: 'Ana: stop if the heel throbs at night.',
  });
  plan = await c.call('plans.setGoals', {
    planId: plan.id,
    revision: plan.revision,
    goals: [{ description: 'Walk 30 minutes', target: 'pain ≤ 2/10', targetDate: '2027-01-10' }],
  });
  return { lib, patient, plan };
}

describe('templates', () => {
  it('saves a plan as a template without the patient notes or dates, and starts a plan from it', async () => {
    const c = (core = openTestCore());
    const { plan, patient, lib } = await dosedPlan(c);
    const template = await c.call('plans.saveAsTemplate', {
      planId: plan.id,
      title: 'Plantar heel pain — my early phase',
      description: 'What I usually start with',
    });
    expect(template).toMatchObject({
      phaseCount: 1,
      itemCount: 2,
      builtInKey: null,
      archived: false,
    });
    const stored = await c.call('plans.get', { planId: template.id });
    expect(stored.patientId).toBeNull();
    expect(stored.phases[0]?.items.map((i) => i.patientNote)).toEqual(['', '']);
    expect(stored.goals).toEqual([
      expect.objectContaining({ description: 'Walk 30 minutes', targetDate: null }),
    ]);

    // The library's wording has improved since; the new plan takes it, with the template's dose.
    renameLibraryItem(c, lib.heelDrop, 'Eccentric heel drops (off a step)');
    await c.call('plans.setStatus', {
      planId: plan.id,
      revision: plan.revision,
      status: 'completed',
    });
    const started = await c.call('plans.create', {
      patientId: patient.id,
      templateId: template.id,
    });
    expect(started).toMatchObject({
      title: 'Plantar heel pain — my early phase',
      status: 'active',
      patientId: patient.id,
    });
    expect(titles(started)).toEqual([
      ['Eccentric heel drops (off a step)', 'Calf stretch, knee straight'],
    ]);
    expect(started.phases[0]?.items[0]?.parameters).toEqual({ sets: 4, reps: 12, holdSeconds: 2 });
    expect(started.phases[0]?.items[0]?.id).not.toBe(stored.phases[0]?.items[0]?.id);
    expect((await c.call('plans.listTemplates', {})).map((t) => t.title)).toEqual([
      'Plantar heel pain — my early phase',
    ]);
  });

  it('refuses a template that uses archived library items, naming them, and creates nothing', async () => {
    const c = (core = openTestCore());
    const { plan, patient, lib } = await dosedPlan(c);
    const template = await c.call('plans.saveAsTemplate', {
      planId: plan.id,
      title: 'Early phase',
    });
    setLibraryArchived(c, lib.calfStretch, true);
    const before = countPlans(c);
    const error = await c.fail('plans.create', { patientId: patient.id, templateId: template.id });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe(
      'The template “Early phase” uses an item archived in the library: “Calf stretch, knee straight”. Restore it in the library, or remove it from the template, then start the plan again.',
    );
    expect(countPlans(c)).toBe(before);
    setLibraryArchived(c, lib.calfStretch, false);
    await c.call('plans.create', { patientId: patient.id, templateId: template.id });
  });

  it('archives and restores templates', async () => {
    const c = (core = openTestCore());
    const { plan, patient } = await dosedPlan(c);
    const template = await c.call('plans.saveAsTemplate', {
      planId: plan.id,
      title: 'Early phase',
    });
    await c.call('plans.archiveTemplate', { templateId: template.id });
    expect(await c.call('plans.listTemplates', {})).toEqual([]);
    const error = await c.fail('plans.create', { patientId: patient.id, templateId: template.id });
    expect(error.message).toContain('is archived');
    await c.call('plans.restoreTemplate', { templateId: template.id });
    expect((await c.call('plans.listTemplates', {})).length).toBe(1);
  });
});

describe('built-in protocols', () => {
  function writeProtocols(dir: string, keys: string[], contentVersion = 1): void {
    fs.writeFileSync(
      path.join(dir, 'heel.json'),
      JSON.stringify({
        format: 'physioplan.builtin-protocols',
        protocols: [
          {
            key: 'protocol.test-early',
            contentVersion,
            title: 'Plantar heel pain — early phase',
            condition: 'Plantar heel pain',
            description: 'Settle pain, start loading.',
            goals: [{ description: 'First steps without sharp pain', target: 'NPRS ≤ 2/10' }],
            phases: [
              {
                title: 'Weeks 0–2',
                description: '',
                items: keys.map((key) => ({
                  key,
                  parameters: key.startsWith('exercise.') ? { sets: 3, reps: 12 } : undefined,
                })),
              },
            ],
          },
        ],
      }),
    );
  }

  it('loads templates from built-in keys, skips missing keys with a note, and fills them in later', async () => {
    const c = (core = openTestCore());
    seedLibraryItem(c, heelDrop, { builtInKey: 'exercise.eccentric-heel-drop' });
    const dir = tempDir();
    writeProtocols(dir, ['exercise.eccentric-heel-drop', 'orthosis.test-only-splint']);
    const first = loadBuiltInProtocols(c.ctx, dir);
    expect(first).toMatchObject({ added: 1, updated: 0 });
    expect(first.problems).toEqual([
      'protocol.test-early: skipped "orthosis.test-only-splint" (not in the library)',
    ]);
    const [summary] = await c.call('plans.listTemplates', {});
    expect(summary).toMatchObject({
      title: 'Plantar heel pain — early phase',
      itemCount: 1,
      builtInKey: 'protocol.test-early',
    });
    const template = await c.call('plans.get', { planId: summary?.id ?? '' });
    expect(template.phases[0]?.items[0]).toMatchObject({
      sourceBuiltInKey: 'exercise.eccentric-heel-drop',
      // The protocol's dose over the library's defaults.
      parameters: { sets: 3, reps: 12, timesPerDay: 2, daysPerWeek: 7 },
    });
    expect(loadBuiltInProtocols(c.ctx, dir)).toMatchObject({
      added: 0,
      updated: 0,
      unchanged: 1,
      problems: [],
    });

    seedLibraryItem(c, nightSplint, { builtInKey: 'orthosis.test-only-splint' });
    const again = loadBuiltInProtocols(c.ctx, dir);
    expect(again).toMatchObject({ updated: 1, problems: [] });
    expect((await c.call('plans.listTemplates', {}))[0]?.itemCount).toBe(2);
  });

  it('is read-only: edits are refused with a way forward', async () => {
    const c = (core = openTestCore());
    seedLibraryItem(c, heelDrop, { builtInKey: 'exercise.eccentric-heel-drop' });
    const dir = tempDir();
    writeProtocols(dir, ['exercise.eccentric-heel-drop']);
    loadBuiltInProtocols(c.ctx, dir);
    const [summary] = await c.call('plans.listTemplates', {});
    const template = await c.call('plans.get', { planId: summary?.id ?? '' });
    const error = await c.fail('plans.update', {
      planId: template.id,
      revision: template.revision,
      title: 'Mine now',
      condition: '',
    });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain("is a built-in protocol and can't be changed");
    const patient = await c.call('patients.create', { patient: patientAna });
    const plan = await c.call('plans.create', { patientId: patient.id, templateId: template.id });
    expect(plan.goals.map((g) => g.description)).toEqual(['First steps without sharp pain']);
    expect(plan.phases.map((p) => p.title)).toEqual(['Weeks 0–2']);
  });

  it('replaces a built-in template when its content version rises', async () => {
    const c = (core = openTestCore());
    seedLibraryItem(c, heelDrop, { builtInKey: 'exercise.eccentric-heel-drop' });
    seedLibraryItem(c, calfStretch, { builtInKey: 'exercise.gastrocnemius-stretch' });
    const dir = tempDir();
    writeProtocols(dir, ['exercise.eccentric-heel-drop']);
    loadBuiltInProtocols(c.ctx, dir);
    writeProtocols(dir, ['exercise.eccentric-heel-drop', 'exercise.gastrocnemius-stretch'], 2);
    expect(loadBuiltInProtocols(c.ctx, dir)).toMatchObject({ updated: 1 });
    const templates = await c.call('plans.listTemplates', {});
    expect(templates.map((t) => t.itemCount)).toEqual([2]);
  });
});
