// One descriptor table per kind of item (and per modality device): the only place a
// parameter's label, unit, range, choice labels and dose-line wording are written. The tables
// are made once per language from the `params` messages (`descriptorsIn`).
import { translatorFor, type UiLanguage } from '../../i18n';
import type { ItemKind, ItemParameters, ModalityDevice } from '../parameters';
import {
  assessmentTable,
  educationTable,
  manualTherapyTable,
  orthosisTable,
  tapingTable,
} from './clinic-items';
import type { ParameterDescriptor, Words } from './descriptor';
import { exerciseTable, loadKgField } from './exercise';
import { modalityTable, otherSettingValueField } from './modality';

export * from './descriptor';
export { sideDescriptor, sideValues, type SideBody } from './common';
export { wearTimeText } from './clinic-items';
export type { DeviceDescriptor, ModalityTable } from './modality';

function tables(w: Words) {
  return {
    words: w,
    exercise: exerciseTable(w),
    loadKg: loadKgField(w),
    modality: modalityTable(w),
    otherSettingValue: otherSettingValueField(w),
    taping: tapingTable(w),
    orthosis: orthosisTable(w),
    manualTherapy: manualTherapyTable(w),
    education: educationTable(w),
    assessment: assessmentTable(w),
  };
}
export type DescriptorTables = ReturnType<typeof tables>;

const byLanguage = new Map<UiLanguage, DescriptorTables>();

/** Every descriptor table in one language, made once per process. */
export function descriptorsIn(language: UiLanguage): DescriptorTables {
  let found = byLanguage.get(language);
  if (!found) {
    found = tables({ language, t: translatorFor(language) });
    byLanguage.set(language, found);
  }
  return found;
}

/** A parameter's key in the item's parameters with what it is. */
export type DescribedParameter = readonly [key: string, descriptor: ParameterDescriptor];

const entries = (table: object): DescribedParameter[] =>
  Object.entries(table) as [string, ParameterDescriptor][];

/** Every device once, in picker order (a new device fails the type check until listed). */
const devicesInOrder: Record<ModalityDevice, true> = {
  ultrasound: true,
  shockwave: true,
  radiofrequency: true,
  laser: true,
  tens: true,
  ice: true,
  heat: true,
  other: true,
};
export const modalityDevices = Object.keys(devicesInOrder) as ModalityDevice[];

/** The device of loosely typed settings (a form being typed); "other" when unknown. */
export function deviceOf(parameters: Readonly<Record<string, unknown>>): ModalityDevice {
  return modalityDevices.find((device) => device === parameters['device']) ?? 'other';
}

/**
 * The parameters an item of this kind carries, in the order forms and printouts show them,
 * worded in `language`. Modalities depend on their device, read from the parameters.
 */
export function parameterDescriptors(
  kind: ItemKind,
  parameters: Readonly<Record<string, unknown>>,
  language: UiLanguage,
): DescribedParameter[] {
  const d = descriptorsIn(language);
  switch (kind) {
    case 'exercise':
      return entries(d.exercise);
    case 'modality':
      return entries(d.modality[deviceOf(parameters)].fields);
    case 'taping':
      return entries(d.taping);
    case 'orthosis':
      return entries(d.orthosis);
    case 'manual_therapy':
      return entries(d.manualTherapy);
    case 'assessment':
      return entries(d.assessment);
    case 'education':
      return entries(d.education);
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

/** A modality's device name as its line starts ("Radial shockwave"); undefined for other kinds. */
export function deviceName(item: ItemParameters, language: UiLanguage): string | undefined {
  if (item.kind !== 'modality') return undefined;
  const devices = descriptorsIn(language).modality;
  const settings = item.parameters;
  switch (settings.device) {
    case 'ultrasound':
      return devices.ultrasound.name(settings);
    case 'shockwave':
      return devices.shockwave.name(settings);
    case 'radiofrequency':
      return devices.radiofrequency.name(settings);
    case 'laser':
      return devices.laser.name(settings);
    case 'tens':
      return devices.tens.name(settings);
    case 'ice':
      return devices.ice.name(settings);
    case 'heat':
      return devices.heat.name(settings);
    case 'other':
      return devices.other.name(settings);
    default: {
      const unreachable: never = settings;
      return unreachable;
    }
  }
}
