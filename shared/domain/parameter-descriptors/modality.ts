// Modality devices and their settings with units and ranges. A device's line starts with its
// name ("Radial shockwave") and goes on with its settings in this order.
import type { ModalityDevice, ModalityParameters } from '../parameters';
import {
  choiceField,
  choiceInLine,
  numberField,
  textField,
  type CompositeDescriptor,
  type ParameterDescriptor,
  type Words,
} from './descriptor';

type Settings<D extends ModalityDevice> = Extract<ModalityParameters, { device: D }>;

export interface DeviceDescriptor<D extends ModalityDevice> {
  /** In the device picker and printed rows: "Therapeutic ultrasound". */
  label: string;
  /** How its line starts: "Ultrasound", "Radial shockwave", the other device's own name. */
  name(settings: Settings<D>): string;
  fields: { [K in Exclude<keyof Settings<D>, 'device'>]-?: ParameterDescriptor };
}

export type ModalityTable = { [D in ModalityDevice]: DeviceDescriptor<D> };

export function modalityTable(w: Words): ModalityTable {
  const { t } = w;
  const minutes = (max: number, decimals = 0) =>
    numberField(w, t('params:modality.time'), decimals > 0 ? 0.5 : 1, max, {
      unit: 'min',
      decimals,
    });
  const shockwaveTypes = choiceField(
    w,
    t('params:modality.shockwaveType'),
    [
      { value: 'radial', label: t('params:modality.radial') },
      { value: 'focused', label: t('params:modality.focused') },
    ] as const,
    { inName: true, hint: t('params:modality.shockwaveTypeHint') },
  );
  const radiofrequencyModes = choiceField(
    w,
    t('params:modality.mode'),
    [
      { value: 'capacitive', label: t('params:modality.capacitive') },
      { value: 'resistive', label: t('params:modality.resistive') },
    ] as const,
    { inName: true },
  );
  return {
    ultrasound: {
      label: t('params:modality.ultrasound'),
      name: () => t('params:modality.ultrasoundName'),
      fields: {
        frequencyMHz: choiceField(
          w,
          t('params:modality.frequency'),
          [
            { value: 1, label: '1 MHz' },
            { value: 3, label: '3 MHz' },
          ] as const,
          { joiner: ' ', hint: t('params:modality.frequencyHint') },
        ),
        intensityWPerCm2: numberField(w, t('params:modality.intensity'), 0.1, 3, {
          unit: 'W/cm²',
          decimals: 2,
          oneDecimal: true,
        }),
        dutyCyclePercent: numberField(w, t('params:modality.dutyCycle'), 5, 100, {
          unit: '%',
          hint: t('params:modality.dutyCycleHint'),
          text: (value) =>
            value === 100
              ? t('params:modality.continuous')
              : t('params:modality.pulsed', { value: `${value} %` }),
        }),
        minutes: minutes(30),
      },
    },
    shockwave: {
      label: t('params:modality.shockwave'),
      name: (s) =>
        s.type === 'focused' ? t('params:modality.focusedName') : t('params:modality.radialName'),
      fields: {
        type: shockwaveTypes,
        pressureBar: numberField(w, t('params:modality.pressure'), 0.5, 6, {
          unit: 'bar',
          decimals: 1,
          oneDecimal: true,
          optional: true,
          joiner: ' ',
          when: (s) => s['type'] !== 'focused',
        }),
        energyFluxDensityMjPerMm2: numberField(
          w,
          t('params:modality.energyFluxDensity'),
          0.01,
          0.6,
          {
            unit: 'mJ/mm²',
            decimals: 3,
            optional: true,
            joiner: ' ',
            when: (s) => s['type'] === 'focused',
          },
        ),
        pulses: numberField(w, t('params:modality.pulses'), 100, 10000, {
          inLine: (text) => t('params:modality.pulsesInLine', { value: text }),
        }),
        frequencyHz: numberField(w, t('params:modality.frequency'), 1, 25, {
          unit: 'Hz',
          decimals: 1,
          joiner: ' ',
          inLine: (text) => t('params:modality.frequencyInLine', { value: text }),
          short: (text) => text,
        }),
        sessionsPlanned: numberField(w, t('params:modality.sessionsPlanned'), 1, 10, {
          optional: true,
          inLine: (_, value) => t('params:modality.sessionsInLine', { count: value }),
        }),
      },
    },
    radiofrequency: {
      label: t('params:modality.radiofrequency'),
      name: (s) =>
        t('params:modality.radiofrequencyName', {
          mode: choiceInLine(radiofrequencyModes, s.mode),
        }),
      fields: {
        mode: radiofrequencyModes,
        frequencyKHz: numberField(w, t('params:modality.frequency'), 300, 1000, {
          unit: 'kHz',
          decimals: 1,
          joiner: ' ',
        }),
        powerPercent: numberField(w, t('params:modality.power'), 1, 100, {
          unit: '%',
          inLine: (text) => t('params:modality.powerInLine', { value: text }),
        }),
        dose: choiceField(w, t('params:modality.dose'), [
          { value: 'athermal', label: t('params:modality.athermal') },
          { value: 'mild_thermal', label: t('params:modality.mildThermal') },
          { value: 'thermal', label: t('params:modality.thermal') },
        ] as const),
        minutes: minutes(60),
      },
    },
    laser: {
      label: t('params:modality.laser'),
      name: () => t('params:modality.laser'),
      fields: {
        wavelengthNm: numberField(w, t('params:modality.wavelength'), 600, 1100, {
          unit: 'nm',
          joiner: ' ',
        }),
        powerMw: numberField(w, t('params:modality.power'), 1, 30000, { unit: 'mW', decimals: 1 }),
        doseJPerCm2: numberField(w, t('params:modality.dose'), 0.1, 100, {
          unit: 'J/cm²',
          decimals: 2,
        }),
        minutes: minutes(30, 1),
      },
    },
    tens: {
      label: t('params:modality.tens'),
      name: () => t('params:modality.tens'),
      fields: {
        frequencyHz: numberField(w, t('params:modality.frequency'), 1, 250, {
          unit: 'Hz',
          joiner: ' ',
        }),
        pulseWidthUs: numberField(w, t('params:modality.pulseWidth'), 20, 500, { unit: 'µs' }),
        minutes: minutes(120),
      },
    },
    ice: {
      label: t('params:modality.ice'),
      name: () => t('params:modality.ice'),
      fields: { minutes: { ...minutes(30), joiner: ' ' } },
    },
    heat: {
      label: t('params:modality.heat'),
      name: () => t('params:modality.heat'),
      fields: { minutes: { ...minutes(60), joiner: ' ' } },
    },
    other: {
      label: t('params:modality.other'),
      name: (s) => s.name,
      fields: {
        name: textField(w, t('params:modality.deviceName'), { inName: true }),
        settings: {
          type: 'composite',
          language: w.language,
          label: t('params:modality.settings'),
          optional: false,
        } satisfies CompositeDescriptor,
      },
    },
  };
}

/** The value of one named setting of another device ("Temperature"). */
export const otherSettingValueField = (w: Words) =>
  numberField(w, w.t('params:modality.value'), -1e6, 1e6, { decimals: 3 });
