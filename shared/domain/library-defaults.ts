// Starting values for a new library item of each kind: valid, so a clinician can save at once
// and adjust later.
import type { LibraryItemDraft } from './library';
import type { ItemKind, ItemParameters, ModalityDevice, ModalityParameters } from './parameters';

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

/** Typical starting settings when a clinician switches a modality item to another device. */
export function defaultModalitySettings(device: ModalityDevice): ModalityParameters {
  switch (device) {
    case 'ultrasound':
      return { device, frequencyMHz: 3, intensityWPerCm2: 1, dutyCyclePercent: 20, minutes: 5 };
    case 'shockwave':
      return {
        device,
        type: 'radial',
        pressureBar: 2,
        pulses: 2000,
        frequencyHz: 10,
        sessionsPlanned: 3,
      };
    case 'radiofrequency':
      return {
        device,
        mode: 'capacitive',
        frequencyKHz: 448,
        powerPercent: 30,
        dose: 'athermal',
        minutes: 10,
      };
    case 'laser':
      return { device, wavelengthNm: 810, powerMw: 500, doseJPerCm2: 4, minutes: 2 };
    case 'tens':
      return { device, frequencyHz: 100, pulseWidthUs: 200, minutes: 30 };
    case 'ice':
      return { device, minutes: 10 };
    case 'heat':
      return { device, minutes: 15 };
    case 'other':
      return { device, name: '', settings: [] };
    default: {
      const unreachable: never = device;
      return unreachable;
    }
  }
}
