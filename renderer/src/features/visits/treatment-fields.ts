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
type NewTreatmentKey<P extends 'label' | 'title'> =
  `params:newTreatment.${'radialShockwave' | 'focusedShockwave' | 'ultrasound' | 'radiofrequency' | 'laser' | 'tens' | 'ice' | 'heat' | 'manualTherapy' | 'taping' | 'orthosis'}.${P}`;

export const newTreatmentChoices: {
  /** The menu entry and the recorded treatment's title, in the screens' language. */
  labelKey: NewTreatmentKey<'label'>;
  titleKey: NewTreatmentKey<'title'>;
  value: Pick<TreatmentForm, 'kind' | 'parameters'>;
}[] = [
  {
    labelKey: 'params:newTreatment.radialShockwave.label',
    titleKey: 'params:newTreatment.radialShockwave.title',
    value: { kind: 'modality', parameters: { device: 'shockwave', type: 'radial' } },
  },
  {
    labelKey: 'params:newTreatment.focusedShockwave.label',
    titleKey: 'params:newTreatment.focusedShockwave.title',
    value: { kind: 'modality', parameters: { device: 'shockwave', type: 'focused' } },
  },
  {
    labelKey: 'params:newTreatment.ultrasound.label',
    titleKey: 'params:newTreatment.ultrasound.title',
    value: {
      kind: 'modality',
      parameters: { device: 'ultrasound', frequencyMHz: 1, dutyCyclePercent: 100 },
    },
  },
  {
    labelKey: 'params:newTreatment.radiofrequency.label',
    titleKey: 'params:newTreatment.radiofrequency.title',
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
  {
    labelKey: 'params:newTreatment.laser.label',
    titleKey: 'params:newTreatment.laser.title',
    value: { kind: 'modality', parameters: { device: 'laser' } },
  },
  {
    labelKey: 'params:newTreatment.tens.label',
    titleKey: 'params:newTreatment.tens.title',
    value: { kind: 'modality', parameters: { device: 'tens' } },
  },
  {
    labelKey: 'params:newTreatment.ice.label',
    titleKey: 'params:newTreatment.ice.title',
    value: { kind: 'modality', parameters: { device: 'ice' } },
  },
  {
    labelKey: 'params:newTreatment.heat.label',
    titleKey: 'params:newTreatment.heat.title',
    value: { kind: 'modality', parameters: { device: 'heat' } },
  },
  {
    labelKey: 'params:newTreatment.manualTherapy.label',
    titleKey: 'params:newTreatment.manualTherapy.title',
    value: { kind: 'manual_therapy', parameters: { technique: '', region: '' } },
  },
  {
    labelKey: 'params:newTreatment.taping.label',
    titleKey: 'params:newTreatment.taping.title',
    value: { kind: 'taping', parameters: { tape: 'kinesiology', technique: '' } },
  },
  {
    labelKey: 'params:newTreatment.orthosis.label',
    titleKey: 'params:newTreatment.orthosis.title',
    value: {
      kind: 'orthosis',
      parameters: { type: 'arch_support_prefabricated', wearSchedule: '' },
    },
  },
];
