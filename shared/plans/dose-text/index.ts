// Plain-language dose lines a patient understands ("3 sets of 15, hold 3 s, twice a day,
// every day — left leg"), built from parts so the plan diff can compare them piece by piece.
// One file per kind of item; this one joins the parts into the line.
import type { ItemParameters } from '../../domain/parameters';
import {
  assessmentDoseParts,
  educationDoseParts,
  manualTherapyDoseParts,
  orthosisDoseParts,
  tapingDoseParts,
} from './clinic-items';
import { exerciseDoseParts } from './exercise';
import { modalityDoseParts } from './modality';
import { descriptorsIn } from '../../domain/parameter-descriptors';
import type { UiLanguage } from '../../i18n';
import { midSentence, type DosePart } from './parts';

export * from './parts';
export { exerciseDoseParts, loadText } from './exercise';
export { modalityDoseParts } from './modality';
export {
  assessmentDoseParts,
  educationDoseParts,
  manualTherapyDoseParts,
  orthosisDoseParts,
  tapingDoseParts,
} from './clinic-items';
export { describedPart, describedParts } from './described';

/** Shown when an item carries no dose at all, so a printed line is never blank. */
export function noDoseText(language: UiLanguage): string {
  return descriptorsIn(language).words.t('dose:noDose');
}

/** The parts of any item's dose in `language`, in the order they are read. */
export function doseParts(item: ItemParameters, language: UiLanguage): DosePart[] {
  switch (item.kind) {
    case 'exercise':
      return exerciseDoseParts(item.parameters, language);
    case 'modality':
      return modalityDoseParts(item.parameters, language);
    case 'taping':
      return tapingDoseParts(item.parameters, language);
    case 'orthosis':
      return orthosisDoseParts(item.parameters, language);
    case 'manual_therapy':
      return manualTherapyDoseParts(item.parameters, language);
    case 'assessment':
      return assessmentDoseParts(item.parameters, language);
    case 'education':
      return educationDoseParts(item.parameters, language);
    default: {
      const unreachable: never = item;
      return unreachable;
    }
  }
}

/** The patient's line from the parts that say something, each with its joiner. */
export function joinDoseParts(parts: readonly DosePart[]): string {
  let line = '';
  for (const p of parts) {
    if (!p.text) continue;
    line += line === '' ? p.text : `${p.joiner}${midSentence(p.text)}`;
  }
  return line ? line.charAt(0).toLocaleUpperCase() + line.slice(1) : '';
}

/**
 * The line printed under an item: "3 sets of 15, hold 3 s, twice a day, every day — left leg"
 * ("3 series de 15, …" in Spanish). Never empty: an item with no dose reads "As shown by your
 * clinician".
 */
export function doseText(item: ItemParameters, language: UiLanguage): string {
  return joinDoseParts(doseParts(item, language)) || noDoseText(language);
}

/** Compact form for lists and diffs: "3×15, hold 3 s, twice a day". Empty when there is no dose. */
export function shortDoseText(item: ItemParameters, language: UiLanguage): string {
  return doseParts(item, language)
    .map((p) => p.short)
    .join(', ');
}
