// Modality devices and their settings with units and ranges. A device's line starts with its
// name ("Radial shockwave") and goes on with its settings in this order.
import type { ModalityDevice, ModalityParameters } from '../parameters';
import {
  choiceField,
  choiceInLine,
  choiceText,
  numberField,
  textField,
  type CompositeDescriptor,
  type ParameterDescriptor,
} from './descriptor';

type Settings<D extends ModalityDevice> = Extract<ModalityParameters, { device: D }>;

export interface DeviceDescriptor<D extends ModalityDevice> {
  /** In the device picker and printed rows: "Therapeutic ultrasound". */
  label: string;
  /** How its line starts: "Ultrasound", "Radial shockwave", the other device's own name. */
  name(settings: Settings<D>): string;
  fields: { [K in Exclude<keyof Settings<D>, 'device'>]-?: ParameterDescriptor };
}

const minutes = (max: number, decimals = 0) =>
  numberField('Time', decimals > 0 ? 0.5 : 1, max, { unit: 'min', decimals });

const shockwaveTypes = choiceField(
  'Type',
  [
    { value: 'radial', label: 'Radial' },
    { value: 'focused', label: 'Focused' },
  ] as const,
  { inName: true, hint: 'Radial is set by pressure, focused by energy' },
);
const radiofrequencyModes = choiceField(
  'Mode',
  [
    { value: 'capacitive', label: 'Capacitive' },
    { value: 'resistive', label: 'Resistive' },
  ] as const,
  { inName: true },
);

export const modalityDescriptors: { [D in ModalityDevice]: DeviceDescriptor<D> } = {
  ultrasound: {
    label: 'Therapeutic ultrasound',
    name: () => 'Ultrasound',
    fields: {
      frequencyMHz: choiceField(
        'Frequency',
        [
          { value: 1, label: '1 MHz' },
          { value: 3, label: '3 MHz' },
        ] as const,
        { joiner: ' ', hint: '1 MHz deeper, 3 MHz superficial' },
      ),
      intensityWPerCm2: numberField('Intensity', 0.1, 3, {
        unit: 'W/cm²',
        decimals: 2,
        oneDecimal: true,
      }),
      dutyCyclePercent: numberField('Duty cycle', 5, 100, {
        unit: '%',
        hint: '100 % is continuous',
        text: (value) => (value === 100 ? 'continuous' : `pulsed ${value} %`),
      }),
      minutes: minutes(30),
    },
  },
  shockwave: {
    label: 'Shockwave',
    name: (s) => `${choiceText(shockwaveTypes, s.type)} shockwave`,
    fields: {
      type: shockwaveTypes,
      pressureBar: numberField('Pressure', 0.5, 6, {
        unit: 'bar',
        decimals: 1,
        oneDecimal: true,
        optional: true,
        joiner: ' ',
        when: (s) => s['type'] !== 'focused',
      }),
      energyFluxDensityMjPerMm2: numberField('Energy flux density', 0.01, 0.6, {
        unit: 'mJ/mm²',
        decimals: 3,
        optional: true,
        joiner: ' ',
        when: (s) => s['type'] === 'focused',
      }),
      pulses: numberField('Pulses', 100, 10000, { inLine: (text) => `${text} pulses` }),
      frequencyHz: numberField('Frequency', 1, 25, {
        unit: 'Hz',
        decimals: 1,
        joiner: ' ',
        inLine: (text) => `at ${text}`,
        short: (text) => text,
      }),
      sessionsPlanned: numberField('Sessions planned', 1, 10, {
        optional: true,
        inLine: (text) => (text === '1' ? '1 session' : `${text} sessions`),
      }),
    },
  },
  radiofrequency: {
    label: 'Capacitive–resistive radiofrequency',
    name: (s) => `Radiofrequency (${choiceInLine(radiofrequencyModes, s.mode)})`,
    fields: {
      mode: radiofrequencyModes,
      frequencyKHz: numberField('Frequency', 300, 1000, { unit: 'kHz', decimals: 1, joiner: ' ' }),
      powerPercent: numberField('Power', 1, 100, {
        unit: '%',
        inLine: (text) => `power ${text}`,
      }),
      dose: choiceField('Dose', [
        { value: 'athermal', label: 'Athermal' },
        { value: 'mild_thermal', label: 'Mildly thermal' },
        { value: 'thermal', label: 'Thermal' },
      ] as const),
      minutes: minutes(60),
    },
  },
  laser: {
    label: 'Laser',
    name: () => 'Laser',
    fields: {
      wavelengthNm: numberField('Wavelength', 600, 1100, { unit: 'nm', joiner: ' ' }),
      powerMw: numberField('Power', 1, 30000, { unit: 'mW', decimals: 1 }),
      doseJPerCm2: numberField('Dose', 0.1, 100, { unit: 'J/cm²', decimals: 2 }),
      minutes: minutes(30, 1),
    },
  },
  tens: {
    label: 'TENS',
    name: () => 'TENS',
    fields: {
      frequencyHz: numberField('Frequency', 1, 250, { unit: 'Hz', joiner: ' ' }),
      pulseWidthUs: numberField('Pulse width', 20, 500, { unit: 'µs' }),
      minutes: minutes(120),
    },
  },
  ice: {
    label: 'Ice',
    name: () => 'Ice',
    fields: { minutes: { ...minutes(30), joiner: ' ' } },
  },
  heat: {
    label: 'Heat',
    name: () => 'Heat',
    fields: { minutes: { ...minutes(60), joiner: ' ' } },
  },
  other: {
    label: 'Other device',
    name: (s) => s.name,
    fields: {
      name: textField('Device name', { inName: true }),
      settings: {
        type: 'composite',
        label: 'Settings',
        optional: false,
      } satisfies CompositeDescriptor,
    },
  },
};

/** The value of one named setting of another device ("Temperature"). */
export const otherSettingValueDescriptor = numberField('Value', -1e6, 1e6, { decimals: 3 });
