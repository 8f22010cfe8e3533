// Plan speed through the core dispatcher (input and output validated, as the renderer sees
// it): open a plan with 200 items, issue a version of it, diff two such versions.
import type { MethodInput, MethodName } from '../../shared/api';
import type { Plan } from '../../shared/domain/plan';
import { diffPlanVersions } from '../../shared/plans/plan-diff';
import type { TestCore } from '../support/core';
import {
  calfStretch,
  heelDrop,
  nightSplint,
  patientAna,
  seedLibraryItem,
  towelCurls,
  ultrasound,
  openPlanTestCore,
} from '../support/plan-fixtures';
import { measure, report } from './bench-utils';

const ITEMS = 200;
const PHASES = 4;

async function call<M extends MethodName>(core: TestCore, method: M, input: MethodInput<M>) {
  return core.call(method, input);
}

async function buildPlan(core: TestCore): Promise<Plan> {
  const library = [heelDrop, calfStretch, towelCurls, ultrasound, nightSplint].map((d) =>
    seedLibraryItem(core, d),
  );
  const patient = await call(core, 'patients.create', { patient: patientAna });
  let plan = await call(core, 'plans.create', { patientId: patient.id, title: 'Bench plan' });
  for (let p = 1; p < PHASES; p++) {
    plan = await call(core, 'plans.addPhase', {
      planId: plan.id,
      revision: plan.revision,
      title: `Weeks ${p * 2}–${p * 2 + 2}`,
    });
  }
  for (let i = 0; i < ITEMS; i++) {
    ({ plan } = await call(core, 'plans.addItem', {
      planId: plan.id,
      revision: plan.revision,
      phaseId: plan.phases[i % PHASES]?.id ?? '',
      libraryItemId: library[i % library.length] ?? '',
    }));
  }
  return plan;
}

async function main(): Promise<void> {
  const core = openPlanTestCore();
  try {
    let plan = await buildPlan(core);
    const planId = plan.id;

    report(
      'plans.get (200 items)',
      await measure(() => call(core, 'plans.get', { planId }), 100, 10),
    );

    ({ plan } = await call(core, 'plans.issue', { planId, revision: plan.revision }));
    let revision = plan.revision;
    let round = 0;
    report(
      'plans.issue (200 items)',
      await measure(
        async () => {
          // An unchanged plan is not issued again: each round changes one goal first.
          round += 1;
          const changed = await call(core, 'plans.setGoals', {
            planId,
            revision,
            goals: [{ description: `Run ${round} km pain-free`, target: '', targetDate: null }],
          });
          const issued = await call(core, 'plans.issue', { planId, revision: changed.revision });
          revision = issued.plan.revision;
        },
        50,
        5,
      ),
    );

    // A realistic v→v+1: ten dose changes, five removals, three moves, two additions.
    plan = await call(core, 'plans.get', { planId });
    const items = plan.phases.flatMap((p) => p.items);
    for (const item of items.filter((i) => i.kind === 'exercise').slice(0, 10)) {
      plan = await call(core, 'plans.updateItem', {
        planId,
        revision: plan.revision,
        itemId: item.id,
        dose: { kind: 'exercise', parameters: { sets: 4, reps: 8, holdSeconds: 3 } },
      });
    }
    for (const item of items.slice(20, 25)) {
      plan = await call(core, 'plans.removeItem', {
        planId,
        revision: plan.revision,
        itemId: item.id,
      });
    }
    for (const item of items.slice(40, 43)) {
      plan = await call(core, 'plans.moveItem', {
        planId,
        revision: plan.revision,
        itemId: item.id,
        phaseId: plan.phases[3]?.id ?? '',
        index: 0,
      });
    }
    const { version: last } = await call(core, 'plans.issue', { planId, revision: plan.revision });
    const from = last.versionNumber - 1;
    const to = last.versionNumber;
    const diff = await call(core, 'plans.diffVersions', {
      planId,
      fromVersion: from,
      toVersion: to,
    });
    if (diff.changed.length !== 10 || diff.removed.length !== 5 || diff.moved.length < 3) {
      throw new Error(`Unexpected diff: ${JSON.stringify(diff).slice(0, 300)}`);
    }
    report(
      'plans.diffVersions (200 items)',
      await measure(
        () => call(core, 'plans.diffVersions', { planId, fromVersion: from, toVersion: to }),
        100,
        10,
      ),
    );

    const versions = await call(core, 'plans.listVersions', { planId });
    const [a, b] = await Promise.all(
      versions.slice(-2).map((v) => call(core, 'plans.getVersion', { versionId: v.id })),
    );
    if (!a || !b) throw new Error('Versions missing');
    report(
      'diffPlanVersions, pure (200 items)',
      await measure(() => diffPlanVersions(a.snapshot, b.snapshot), 200, 20),
    );
  } finally {
    core.close();
  }
}

await main();
