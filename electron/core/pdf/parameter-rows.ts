// Every parameter of an item as label/value rows with units, for the clinician's summary.
import type {
  ExerciseParameters,
  FindingField,
  ItemParameters,
  Load,
  ModalityParameters,
  OrthosisParameters,
} from '../../../shared/domain/parameters';

export type ParameterRow = readonly [label: string, value: string];

const num = (value: number) => String(Math.round(value * 1000) / 1000);
const sideLabel = { left: 'Left', right: 'Right', both: 'Both', affected: 'Sore side' } as const;

function loadLabel(load: Load): string {
  switch (load.type) {
    case 'bodyweight':
      return 'Body weight';
    case 'kg':
      return `${num(load.kg)} kg`;
    case 'band':
      return `Band (${load.colour})`;
    case 'other':
      return load.description;
    default: {
      const unreachable: never = load;
      return unreachable;
    }
  }
}

function exerciseRows(p: ExerciseParameters): ParameterRow[] {
  const rows: (ParameterRow | null)[] = [
    p.sets !== undefined ? ['Sets', num(p.sets)] : null,
    p.reps !== undefined ? ['Reps', num(p.reps)] : null,
    p.durationSeconds !== undefined ? ['Time', `${p.durationSeconds} s`] : null,
    p.holdSeconds !== undefined ? ['Hold', `${p.holdSeconds} s`] : null,
    p.restSeconds !== undefined ? ['Rest', `${p.restSeconds} s`] : null,
    p.timesPerDay !== undefined ? ['Times per day', num(p.timesPerDay)] : null,
    p.daysPerWeek !== undefined ? ['Days per week', num(p.daysPerWeek)] : null,
    p.side !== undefined ? ['Side', sideLabel[p.side]] : null,
    p.load !== undefined ? ['Load', loadLabel(p.load)] : null,
    p.tempo !== undefined ? ['Tempo', `${p.tempo} s`] : null,
    p.progression ? ['Progression', p.progression] : null,
  ];
  return rows.filter((row): row is ParameterRow => row !== null);
}

const rfDose = {
  athermal: 'Athermal',
  mild_thermal: 'Mildly thermal',
  thermal: 'Thermal',
} as const;

function modalityRows(p: ModalityParameters): ParameterRow[] {
  switch (p.device) {
    case 'ultrasound':
      return [
        ['Device', 'Therapeutic ultrasound'],
        ['Frequency', `${p.frequencyMHz} MHz`],
        ['Intensity', `${num(p.intensityWPerCm2)} W/cm²`],
        [
          'Duty cycle',
          p.dutyCyclePercent === 100 ? '100 % (continuous)' : `${p.dutyCyclePercent} % (pulsed)`,
        ],
        ['Time', `${p.minutes} min`],
      ];
    case 'shockwave': {
      const rows: ParameterRow[] = [
        ['Device', p.type === 'radial' ? 'Radial shockwave' : 'Focused shockwave'],
      ];
      if (p.pressureBar !== undefined) rows.push(['Pressure', `${num(p.pressureBar)} bar`]);
      if (p.energyFluxDensityMjPerMm2 !== undefined) {
        rows.push(['Energy flux density', `${num(p.energyFluxDensityMjPerMm2)} mJ/mm²`]);
      }
      rows.push(['Pulses', num(p.pulses)], ['Frequency', `${num(p.frequencyHz)} Hz`]);
      if (p.sessionsPlanned !== undefined) rows.push(['Sessions planned', num(p.sessionsPlanned)]);
      return rows;
    }
    case 'radiofrequency':
      return [
        ['Device', 'Capacitive–resistive radiofrequency'],
        ['Mode', p.mode === 'capacitive' ? 'Capacitive' : 'Resistive'],
        ['Frequency', `${num(p.frequencyKHz)} kHz`],
        ['Power', `${p.powerPercent} %`],
        ['Dose', rfDose[p.dose]],
        ['Time', `${p.minutes} min`],
      ];
    case 'laser':
      return [
        ['Device', 'Laser'],
        ['Wavelength', `${p.wavelengthNm} nm`],
        ['Power', `${num(p.powerMw)} mW`],
        ['Dose', `${num(p.doseJPerCm2)} J/cm²`],
        ['Time', `${num(p.minutes)} min`],
      ];
    case 'tens':
      return [
        ['Device', 'TENS'],
        ['Frequency', `${p.frequencyHz} Hz`],
        ['Pulse width', `${p.pulseWidthUs} µs`],
        ['Time', `${p.minutes} min`],
      ];
    case 'ice':
      return [
        ['Device', 'Ice'],
        ['Time', `${p.minutes} min`],
      ];
    case 'heat':
      return [
        ['Device', 'Heat'],
        ['Time', `${p.minutes} min`],
      ];
    case 'other':
      return [
        ['Device', p.name],
        ...p.settings.map((s): ParameterRow => [
          s.label,
          `${num(s.value)}${s.unit ? ` ${s.unit}` : ''}`,
        ]),
      ];
    default: {
      const unreachable: never = p;
      return unreachable;
    }
  }
}

function findingRow(field: FindingField): ParameterRow {
  switch (field.type) {
    case 'number': {
      const range =
        field.min !== undefined || field.max !== undefined
          ? `${field.min ?? '…'}–${field.max ?? '…'}`
          : '';
      const details = [field.unit, range].filter(Boolean).join(', ');
      return [
        field.label,
        `Number${details ? ` (${details})` : ''}${field.sided ? ', left and right' : ''}`,
      ];
    }
    case 'test':
      return [
        field.label,
        `Positive / negative${field.sided ? ', left and right' : ''}${field.positiveIsRedFlag ? ' — positive is a red flag' : ''}`,
      ];
    case 'choice':
      return [field.label, `${field.options.join(' / ')}${field.sided ? ', left and right' : ''}`];
    case 'text':
      return [field.label, 'Free text'];
    default: {
      const unreachable: never = field;
      return unreachable;
    }
  }
}

const tapeLabel = { kinesiology: 'Kinesiology', rigid: 'Rigid', other: 'Other' } as const;
const orthosisLabel: Record<OrthosisParameters['type'], string> = {
  arch_support_custom: 'Custom arch support',
  arch_support_prefabricated: 'Prefabricated arch support',
  heel_cup: 'Heel cup',
  heel_pad: 'Heel pad',
  heel_raise: 'Heel raise',
  night_splint: 'Night splint',
  footwear: 'Footwear',
  other: 'Other',
};

export function parameterRows(item: ItemParameters): ParameterRow[] {
  switch (item.kind) {
    case 'exercise':
      return exerciseRows(item.parameters);
    case 'modality':
      return modalityRows(item.parameters);
    case 'taping': {
      const p = item.parameters;
      const rows: ParameterRow[] = [['Tape', tapeLabel[p.tape]]];
      if (p.technique) rows.push(['Technique', p.technique]);
      if (p.stretchPercent !== undefined) rows.push(['Stretch', `${p.stretchPercent} %`]);
      rows.push(['Wear time', `${p.wearHours} h`]);
      if (p.side !== undefined) rows.push(['Side', sideLabel[p.side]]);
      return rows;
    }
    case 'orthosis': {
      const p = item.parameters;
      const rows: ParameterRow[] = [['Type', orthosisLabel[p.type]]];
      if (p.side !== undefined) rows.push(['Side', sideLabel[p.side]]);
      if (p.heelRaiseMm !== undefined) rows.push(['Heel raise', `${p.heelRaiseMm} mm`]);
      if (p.wearSchedule) rows.push(['Wear schedule', p.wearSchedule]);
      return rows;
    }
    case 'manual_therapy': {
      const p = item.parameters;
      const rows: ParameterRow[] = [];
      if (p.technique) rows.push(['Technique', p.technique]);
      if (p.region) rows.push(['Region', p.region]);
      if (p.grade !== undefined) rows.push(['Grade', p.grade]);
      if (p.minutes !== undefined) rows.push(['Duration', `${p.minutes} min`]);
      if (p.side !== undefined) rows.push(['Side', sideLabel[p.side]]);
      return rows;
    }
    case 'assessment':
      return item.parameters.fields.map(findingRow);
    case 'education':
      return item.parameters.readingMinutes !== undefined
        ? [['Reading time', `${item.parameters.readingMinutes} min`]]
        : [];
    default: {
      const unreachable: never = item;
      return unreachable;
    }
  }
}
