// Library items and patients for plan tests. Library items are written straight into the
// library table (as the library's own code stores them) so plan tests do not depend on the
// library's API.
import type { LibraryItemDraft } from '../../shared/domain/library';
import type { MethodInput } from '../../shared/api';
import type { TestCore } from './core';

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

export function seedLibraryItem(
  core: TestCore,
  draft: LibraryItemDraft,
  options: { builtInKey?: string; archived?: boolean } = {},
): string {
  seeded += 1;
  const fresh = `lib-${String(seeded).padStart(4, '0')}`;
  const { title, kind, images: _images, ...body } = draft;
  // The built-in content is loaded at start-up; a seed with a built-in key takes that row's
  // place so the test controls its content.
  const row = core.ctx.db
    .prepare(
      `INSERT INTO library_items (id, kind, title, body, built_in_key, content_version, archived,
         created_at, updated_at)
       VALUES (@id, @kind, @title, @body, @builtInKey, 1, @archived, @now, @now)
       ON CONFLICT (built_in_key) DO UPDATE SET kind = excluded.kind, title = excluded.title,
         body = excluded.body, archived = excluded.archived
       RETURNING id`,
    )
    .get({
      id: fresh,
      kind,
      title,
      body: JSON.stringify(body),
      builtInKey: options.builtInKey ?? null,
      archived: options.archived ? 1 : 0,
      now: '2026-11-01T09:00:00.000Z',
    }) as { id: string };
  return row.id;
}

export function setLibraryArchived(core: TestCore, id: string, archived: boolean): void {
  core.ctx.db
    .prepare('UPDATE library_items SET archived = @a WHERE id = @id')
    .run({ id, a: archived ? 1 : 0 });
}

export function renameLibraryItem(core: TestCore, id: string, title: string): void {
  core.ctx.db.prepare('UPDATE library_items SET title = @title WHERE id = @id').run({ id, title });
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

export const patientAna: MethodInput<'patients.create'>['patient'] = {
  firstName: 'Ana',
  lastName: 'Núñez',
  dateOfBirth: '1988-04-02',
  phone: '',
  email: '',
  address: '',
  conditions: ['Plantar heel pain'],
  diagnosis: 'Left plantar heel pain',
  preferredLanguage: 'es',
  notes: '',
};
