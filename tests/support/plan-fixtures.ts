// Library items and patients for plan tests. Library items are written through the library's
// repository (as its own code stores them), so built-in keys can be given too. Plan tests
// run on an empty resources folder so only these items exist.
import fs from 'node:fs';
import path from 'node:path';
import type { LibraryItemDraft } from '../../shared/domain/library';
import type { Patient } from '../../shared/domain/patient';
import type { Plan } from '../../shared/domain/plan';
import { libraryRepository } from '../../electron/core/library/library-repository';
import { openTestCore, tempDir, type TestCore } from './core';
import { patientDraft } from './records';

/** A core with no built-in library or protocols: the test seeds what it needs. */
export function openPlanTestCore(dataDir?: string, idPrefix?: string): TestCore {
  const resourcesDir = path.join(tempDir('physioplan-empty-resources-'), 'resources');
  fs.mkdirSync(resourcesDir);
  return openTestCore(dataDir, { resourcesDir, ...(idPrefix ? { idPrefix } : {}) });
}

type Dose = Pick<LibraryItemDraft, 'kind' | 'parameters'>;

export function libraryDraft(title: string, dose: Dose): LibraryItemDraft {
  return {
    title,
    summary: `${title}: what it is for.`,
    instructions: ['Stand tall.', 'Move slowly.'],
    cautions: ['Stop if pain rises above 5/10.'],
    clinicianNotes: '',
    images: [],
    videoUrl: null,
    bodyRegions: ['Heel'],
    conditions: ['Plantar heel pain'],
    tags: [],
    equipment: [],
    difficulty: null,
    ...dose,
  } as LibraryItemDraft;
}

let seeded = 0;
const seededAt = '2026-11-01T09:00:00.000Z';

export function seedLibraryItem(
  core: TestCore,
  draft: LibraryItemDraft,
  options: { builtInKey?: string; archived?: boolean } = {},
): string {
  seeded += 1;
  const id = `lib-${String(seeded).padStart(4, '0')}`;
  libraryRepository(core.ctx.db).insert({
    id,
    draft,
    builtInKey: options.builtInKey ?? null,
    contentVersion: 1,
    copiedFromId: null,
    source: null,
    sourceHash: null,
    archived: options.archived ?? false,
    now: seededAt,
  });
  return id;
}

export function setLibraryArchived(core: TestCore, id: string, archived: boolean): void {
  libraryRepository(core.ctx.db).setArchived(id, archived, seededAt);
}

export function renameLibraryItem(core: TestCore, id: string, title: string): void {
  const repo = libraryRepository(core.ctx.db);
  const item = repo.item(id);
  if (!item) throw new Error(`No library item ${id}`);
  const {
    id: _id,
    builtInKey: _k,
    builtIn: _b,
    contentVersion: _v,
    copiedFromId: _c,
    source: _s,
    archived: _a,
    createdAt: _cr,
    updatedAt: _u,
    ...draft
  } = item;
  repo.updateContent(id, { draft: { ...draft, title }, now: seededAt });
}

export const heelDrop = libraryDraft('Eccentric heel drops', {
  kind: 'exercise',
  parameters: { sets: 3, reps: 15, timesPerDay: 2, daysPerWeek: 7 },
});
export const calfStretch = libraryDraft('Calf stretch, knee straight', {
  kind: 'exercise',
  parameters: { sets: 3, durationSeconds: 30, timesPerDay: 2 },
});
export const towelCurls = libraryDraft('Towel toe curls', {
  kind: 'exercise',
  parameters: { sets: 2, reps: 20 },
});
export const ultrasound = libraryDraft('Therapeutic ultrasound, plantar fascia', {
  kind: 'modality',
  parameters: {
    device: 'ultrasound',
    frequencyMHz: 3,
    intensityWPerCm2: 1,
    dutyCyclePercent: 20,
    minutes: 5,
  },
});
export const nightSplint = libraryDraft('Night splint', {
  kind: 'orthosis',
  parameters: { type: 'night_splint', wearSchedule: 'every night for 6 weeks' },
});

export const patientAna = patientDraft({
  dateOfBirth: '1988-04-02',
  conditions: ['Plantar heel pain'],
  diagnosis: 'Left plantar heel pain',
  preferredLanguage: 'es',
});

/**
 * Ana and a plan holding these library items, phase by phase: the first phase is the one a new
 * plan has, the others are added (with their titles) before any item.
 */
export async function seedPlan(
  core: TestCore,
  phases: readonly { title?: string; items: readonly string[] }[],
  title = 'Heel pain',
): Promise<{ patient: Patient; plan: Plan; phaseIds: string[] }> {
  const patient = await core.call('patients.create', { patient: patientAna });
  let plan = await core.call('plans.create', { patientId: patient.id, title });
  for (const phase of phases.slice(1)) {
    plan = await core.call('plans.addPhase', {
      planId: plan.id,
      revision: plan.revision,
      title: phase.title ?? 'Next phase',
    });
  }
  const phaseIds = plan.phases.map((p) => p.id);
  for (const [index, phase] of phases.entries()) {
    const phaseId = phaseIds[index];
    if (phaseId === undefined) throw new Error(`phase ${index + 1} was not made`);
    for (const libraryItemId of phase.items) {
      ({ plan } = await core.call('plans.addItem', {
        planId: plan.id,
        revision: plan.revision,
        phaseId,
        libraryItemId,
      }));
    }
  }
  return { patient, plan, phaseIds };
}
