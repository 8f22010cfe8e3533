// Starting values for a new library item of each kind: valid, so a clinician can save at once
// and adjust later.
import type { LibraryItemDraft } from './library';
import type { ItemKind, ItemParameters } from './parameters';

export function defaultParameters(kind: ItemKind): ItemParameters {
  switch (kind) {
    case 'assessment':
      return {
        kind,
        parameters: { fields: [{ type: 'text', key: 'findings', label: 'Findings' }] },
      };
    case 'manual_therapy':
      return { kind, parameters: { technique: '', region: '' } };
    case 'exercise':
      return { kind, parameters: { sets: 3, reps: 10, timesPerDay: 1, daysPerWeek: 7 } };
    case 'taping':
      return { kind, parameters: { tape: 'kinesiology', technique: '', wearHours: 48 } };
    case 'orthosis':
      return { kind, parameters: { type: 'arch_support_prefabricated', wearSchedule: '' } };
    case 'modality':
      return { kind, parameters: { device: 'ice', minutes: 10 } };
    case 'education':
      return { kind, parameters: {} };
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

export function emptyDraft(kind: ItemKind): LibraryItemDraft {
  return {
    title: '',
    summary: '',
    instructions: [],
    cautions: [],
    clinicianNotes: '',
    images: [],
    videoUrl: null,
    bodyRegions: [],
    conditions: [],
    tags: [],
    equipment: [],
    difficulty: null,
    ...defaultParameters(kind),
  };
}
