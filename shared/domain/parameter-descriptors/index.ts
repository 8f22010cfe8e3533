// One descriptor table per kind of item (and per modality device): the only place a
// parameter's label, unit, range, choice labels and dose-line wording are written.
import type { ItemKind, ItemParameters, ModalityDevice } from '../parameters';
import {
  assessmentDescriptors,
  educationDescriptors,
  manualTherapyDescriptors,
  orthosisDescriptors,
  tapingDescriptors,
} from './clinic-items';
import type { ParameterDescriptor } from './descriptor';
import { exerciseDescriptors } from './exercise';
import { modalityDescriptors } from './modality';

export * from './descriptor';
export { sideDescriptor, sideValues, type SideBody } from './common';
export {
  assessmentDescriptors,
  educationDescriptors,
  manualTherapyDescriptors,
  orthosisDescriptors,
  tapingDescriptors,
  wearTimeText,
} from './clinic-items';
export { exerciseDescriptors, loadKgDescriptor } from './exercise';
export {
  modalityDescriptors,
  otherSettingValueDescriptor,
  type DeviceDescriptor,
} from './modality';

/** A parameter's key in the item's parameters with what it is. */
export type DescribedParameter = readonly [key: string, descriptor: ParameterDescriptor];

const entries = (table: object): DescribedParameter[] =>
  Object.entries(table) as [string, ParameterDescriptor][];

export const modalityDevices = Object.keys(modalityDescriptors) as ModalityDevice[];

/** The device of loosely typed settings (a form being typed); "other" when unknown. */
export function deviceOf(parameters: Readonly<Record<string, unknown>>): ModalityDevice {
  return modalityDevices.find((device) => device === parameters['device']) ?? 'other';
}

/**
 * The parameters an item of this kind carries, in the order forms and printouts show them.
 * Modalities depend on their device, read from the parameters.
 */
export function parameterDescriptors(
  kind: ItemKind,
  parameters: Readonly<Record<string, unknown>>,
): DescribedParameter[] {
  switch (kind) {
    case 'exercise':
      return entries(exerciseDescriptors);
    case 'modality':
      return entries(modalityDescriptors[deviceOf(parameters)].fields);
    case 'taping':
      return entries(tapingDescriptors);
    case 'orthosis':
      return entries(orthosisDescriptors);
    case 'manual_therapy':
      return entries(manualTherapyDescriptors);
    case 'assessment':
      return entries(assessmentDescriptors);
    case 'education':
      return entries(educationDescriptors);
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

/** A modality's device name as its line starts ("Radial shockwave"); undefined for other kinds. */
export function deviceName(item: ItemParameters): string | undefined {
  if (item.kind !== 'modality') return undefined;
  const settings = item.parameters;
  switch (settings.device) {
    case 'ultrasound':
      return modalityDescriptors.ultrasound.name(settings);
    case 'shockwave':
      return modalityDescriptors.shockwave.name(settings);
    case 'radiofrequency':
      return modalityDescriptors.radiofrequency.name(settings);
    case 'laser':
      return modalityDescriptors.laser.name(settings);
    case 'tens':
      return modalityDescriptors.tens.name(settings);
    case 'ice':
      return modalityDescriptors.ice.name(settings);
    case 'heat':
      return modalityDescriptors.heat.name(settings);
    case 'other':
      return modalityDescriptors.other.name(settings);
    default: {
      const unreachable: never = settings;
      return unreachable;
    }
  }
}
