// Which settings each kind of delivered treatment records, with labels and units, so one
// small form renders them all. The core validates the values with the shared schemas.
import type { ItemKind, ModalityDevice } from '../../../../shared/domain/parameters';
import { modalityParametersSchema } from '../../../../shared/domain/parameters';
import { mobilisationGrades, orthosisTypes } from '../../../../shared/domain/parameters';

export type FieldSpec =
  | { type: 'number'; key: string; label: string; unit?: string; step?: number; optional?: boolean }
  | {
      type: 'select';
      key: string;
      label: string;
      options: { value: string; label: string }[];
      numeric?: boolean;
      optional?: boolean;
    }
  | { type: 'text'; key: string; label: string; optional?: boolean };

const minutes: FieldSpec = { type: 'number', key: 'minutes', label: 'Time', unit: 'min' };
const side: FieldSpec = {
  type: 'select',
  key: 'side',
  label: 'Side',
  optional: true,
  options: [
    { value: 'left', label: 'Left' },
    { value: 'right', label: 'Right' },
    { value: 'both', label: 'Both' },
    { value: 'affected', label: 'Sore side' },
  ],
};
const options = (values: readonly string[]) =>
  values.map((value) => ({ value, label: value.replaceAll('_', ' ') }));

export const modalityFields: Record<ModalityDevice, FieldSpec[]> = {
  ultrasound: [
    {
      type: 'select',
      key: 'frequencyMHz',
      label: 'Frequency',
      numeric: true,
      options: [
        { value: '1', label: '1 MHz' },
        { value: '3', label: '3 MHz' },
      ],
    },
    { type: 'number', key: 'intensityWPerCm2', label: 'Intensity', unit: 'W/cm²', step: 0.1 },
    { type: 'number', key: 'dutyCyclePercent', label: 'Duty cycle (100 = continuous)', unit: '%' },
    minutes,
  ],
  shockwave: [
    { type: 'select', key: 'type', label: 'Type', options: options(['radial', 'focused']) },
    {
      type: 'number',
      key: 'pressureBar',
      label: 'Pressure (radial)',
      unit: 'bar',
      step: 0.1,
      optional: true,
    },
    {
      type: 'number',
      key: 'energyFluxDensityMjPerMm2',
      label: 'Energy flux density (focused)',
      unit: 'mJ/mm²',
      step: 0.01,
      optional: true,
    },
    { type: 'number', key: 'pulses', label: 'Pulses' },
    { type: 'number', key: 'frequencyHz', label: 'Frequency', unit: 'Hz' },
  ],
  radiofrequency: [
    { type: 'select', key: 'mode', label: 'Mode', options: options(['capacitive', 'resistive']) },
    { type: 'number', key: 'frequencyKHz', label: 'Frequency', unit: 'kHz' },
    { type: 'number', key: 'powerPercent', label: 'Power', unit: '%' },
    {
      type: 'select',
      key: 'dose',
      label: 'Dose',
      options: options(['athermal', 'mild_thermal', 'thermal']),
    },
    minutes,
  ],
  laser: [
    { type: 'number', key: 'wavelengthNm', label: 'Wavelength', unit: 'nm' },
    { type: 'number', key: 'powerMw', label: 'Power', unit: 'mW' },
    { type: 'number', key: 'doseJPerCm2', label: 'Dose', unit: 'J/cm²', step: 0.1 },
    { ...minutes, step: 0.5 },
  ],
  tens: [
    { type: 'number', key: 'frequencyHz', label: 'Frequency', unit: 'Hz' },
    { type: 'number', key: 'pulseWidthUs', label: 'Pulse width', unit: 'µs' },
    minutes,
  ],
  ice: [minutes],
  heat: [minutes],
  other: [{ type: 'text', key: 'name', label: 'Device' }],
};

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

const devices = modalityParametersSchema.options.map((option) => option.shape.device.value);

function deviceOf(parameters: Record<string, unknown>): ModalityDevice {
  const device = devices.find((candidate) => candidate === parameters['device']);
  return device ?? 'other';
}

export function fieldsFor(treatment: Pick<TreatmentForm, 'kind' | 'parameters'>): FieldSpec[] {
  switch (treatment.kind) {
    case 'modality':
      return modalityFields[deviceOf(treatment.parameters)];
    case 'manual_therapy':
      return [
        { type: 'text', key: 'technique', label: 'Technique' },
        { type: 'text', key: 'region', label: 'Region' },
        {
          type: 'select',
          key: 'grade',
          label: 'Grade',
          optional: true,
          options: options(mobilisationGrades),
        },
        { ...minutes, label: 'Duration', optional: true },
        side,
      ];
    case 'taping':
      return [
        {
          type: 'select',
          key: 'tape',
          label: 'Tape',
          options: options(['kinesiology', 'rigid', 'other']),
        },
        { type: 'text', key: 'technique', label: 'Technique' },
        { type: 'number', key: 'stretchPercent', label: 'Stretch', unit: '%', optional: true },
        { type: 'number', key: 'wearHours', label: 'Wear time', unit: 'h' },
        side,
      ];
    case 'orthosis':
      return [
        { type: 'select', key: 'type', label: 'Type', options: options(orthosisTypes) },
        side,
        { type: 'number', key: 'heelRaiseMm', label: 'Heel raise', unit: 'mm', optional: true },
        { type: 'text', key: 'wearSchedule', label: 'Wear schedule' },
      ];
    case 'assessment':
    case 'exercise':
    case 'education':
      return [];
    default: {
      const unreachable: never = treatment.kind;
      return unreachable;
    }
  }
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
