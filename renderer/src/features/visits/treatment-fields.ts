// The settings each kind of delivered treatment records come from the shared descriptor
// tables (the same labels, units and ranges as the library and the printouts); the core
// validates the values with the shared schemas.
import {
  parameterDescriptors,
  type DescribedParameter,
} from '../../../../shared/domain/parameter-descriptors';
import type { ItemKind } from '../../../../shared/domain/parameters';
import type { UiLanguage } from '../../../../shared/i18n';

/** A treatment as the form holds it: settings may be half-typed until the core checks them. */
export interface TreatmentForm {
  id?: string | undefined;
  planItemId: string | null;
  title: string;
  kind: ItemKind;
  parameters: Record<string, unknown>;
  findings: Record<string, unknown>;
  notes: string;
}

/** The settings a visit records for this treatment: assessments record findings instead. */
export function fieldsFor(
  treatment: Pick<TreatmentForm, 'kind' | 'parameters'>,
  language: UiLanguage,
): DescribedParameter[] {
  if (treatment.kind === 'assessment') return [];
  return parameterDescriptors(treatment.kind, treatment.parameters, language).filter(
    ([, d]) => d.type !== 'composite' && (d.when === undefined || d.when(treatment.parameters)),
  );
}

/** Starting points for a treatment added at the visit (numbers left for the clinician). */
export const newTreatmentChoices: {
  label: string;
  title: string;
  value: Pick<TreatmentForm, 'kind' | 'parameters'>;
}[] = [
  {
    label: 'Radial shockwave',
    title: 'Radial shockwave',
    value: { kind: 'modality', parameters: { device: 'shockwave', type: 'radial' } },
  },
  {
    label: 'Focused shockwave',
    title: 'Focused shockwave',
    value: { kind: 'modality', parameters: { device: 'shockwave', type: 'focused' } },
  },
  {
    label: 'Ultrasound',
    title: 'Therapeutic ultrasound',
    value: {
      kind: 'modality',
      parameters: { device: 'ultrasound', frequencyMHz: 1, dutyCyclePercent: 100 },
    },
  },
  {
    label: 'Radiofrequency',
    title: 'Capacitive–resistive radiofrequency',
    value: {
      kind: 'modality',
      parameters: {
        device: 'radiofrequency',
        mode: 'capacitive',
        frequencyKHz: 448,
        dose: 'athermal',
      },
    },
  },
  { label: 'Laser', title: 'Laser', value: { kind: 'modality', parameters: { device: 'laser' } } },
  { label: 'TENS', title: 'TENS', value: { kind: 'modality', parameters: { device: 'tens' } } },
  { label: 'Ice', title: 'Ice', value: { kind: 'modality', parameters: { device: 'ice' } } },
  { label: 'Heat', title: 'Heat', value: { kind: 'modality', parameters: { device: 'heat' } } },
  {
    label: 'Manual therapy',
    title: 'Manual therapy',
    value: { kind: 'manual_therapy', parameters: { technique: '', region: '' } },
  },
  {
    label: 'Taping',
    title: 'Taping',
    value: { kind: 'taping', parameters: { tape: 'kinesiology', technique: '' } },
  },
  {
    label: 'Orthosis fitted or adjusted',
    title: 'Orthosis',
    value: {
      kind: 'orthosis',
      parameters: { type: 'arch_support_prefabricated', wearSchedule: '' },
    },
  },
];
