// Plain-words settings of a delivered treatment ("Radial shockwave · 2.5 bar · 2000 pulses ·
// 15 Hz"), shared by the visit form, the patient page and the visit summary PDF.
import type { ItemParameters, ModalityParameters } from '../domain/parameters';
import type { Findings } from '../domain/parameters';

const join = (parts: readonly (string | undefined | false)[]) =>
  parts.filter((part): part is string => typeof part === 'string' && part !== '').join(' · ');

const sideWord = (side: string | undefined) =>
  side === undefined
    ? undefined
    : side === 'both'
      ? 'both sides'
      : side === 'affected'
        ? 'sore side'
        : side;

export function describeModality(settings: ModalityParameters): string {
  switch (settings.device) {
    case 'ultrasound':
      return join([
        'Ultrasound',
        `${settings.frequencyMHz} MHz`,
        `${settings.intensityWPerCm2} W/cm²`,
        settings.dutyCyclePercent === 100 ? 'continuous' : `pulsed ${settings.dutyCyclePercent} %`,
        `${settings.minutes} min`,
      ]);
    case 'shockwave':
      return join([
        settings.type === 'radial' ? 'Radial shockwave' : 'Focused shockwave',
        settings.pressureBar !== undefined && `${settings.pressureBar} bar`,
        settings.energyFluxDensityMjPerMm2 !== undefined &&
          `${settings.energyFluxDensityMjPerMm2} mJ/mm²`,
        `${settings.pulses} pulses`,
        `${settings.frequencyHz} Hz`,
      ]);
    case 'radiofrequency':
      return join([
        'Radiofrequency',
        settings.mode,
        `${settings.frequencyKHz} kHz`,
        `power ${settings.powerPercent} %`,
        settings.dose.replace('_', ' '),
        `${settings.minutes} min`,
      ]);
    case 'laser':
      return join([
        'Laser',
        `${settings.wavelengthNm} nm`,
        `${settings.powerMw} mW`,
        `${settings.doseJPerCm2} J/cm²`,
        `${settings.minutes} min`,
      ]);
    case 'tens':
      return join([
        'TENS',
        `${settings.frequencyHz} Hz`,
        `${settings.pulseWidthUs} µs`,
        `${settings.minutes} min`,
      ]);
    case 'ice':
      return join(['Ice', `${settings.minutes} min`]);
    case 'heat':
      return join(['Heat', `${settings.minutes} min`]);
    case 'other':
      return join([
        settings.name,
        ...settings.settings.map((s) => `${s.label} ${s.value}${s.unit ? ` ${s.unit}` : ''}`),
      ]);
    default: {
      const unreachable: never = settings;
      return unreachable;
    }
  }
}

export function describeParameters(item: ItemParameters): string {
  switch (item.kind) {
    case 'modality':
      return describeModality(item.parameters);
    case 'manual_therapy': {
      const p = item.parameters;
      return join([
        p.technique,
        p.region,
        p.grade && `grade ${p.grade}`,
        p.minutes !== undefined && `${p.minutes} min`,
        sideWord(p.side),
      ]);
    }
    case 'taping': {
      const p = item.parameters;
      return join([
        `${p.tape} tape`,
        p.technique,
        p.stretchPercent !== undefined && `${p.stretchPercent} % stretch`,
        `wear ${p.wearHours} h`,
        sideWord(p.side),
      ]);
    }
    case 'orthosis': {
      const p = item.parameters;
      return join([
        p.type.replaceAll('_', ' '),
        sideWord(p.side),
        p.heelRaiseMm !== undefined && `heel raise ${p.heelRaiseMm} mm`,
        p.wearSchedule,
      ]);
    }
    case 'exercise': {
      const p = item.parameters;
      return join([
        p.sets !== undefined && p.reps !== undefined
          ? `${p.sets} × ${p.reps}`
          : p.sets !== undefined
            ? `${p.sets} sets`
            : undefined,
        p.durationSeconds !== undefined && `${p.durationSeconds} s`,
        p.holdSeconds !== undefined && `hold ${p.holdSeconds} s`,
        sideWord(p.side),
      ]);
    }
    case 'assessment':
      return item.parameters.fields.map((field) => field.label).join(', ');
    case 'education':
      return item.parameters.readingMinutes !== undefined
        ? `${item.parameters.readingMinutes} min read`
        : '';
    default: {
      const unreachable: never = item;
      return unreachable;
    }
  }
}

/** Assessment findings as "Knee to wall: L 8, R 11 cm · Windlass test: positive". */
export function describeFindings(item: ItemParameters, findings: Findings): string {
  if (item.kind !== 'assessment') return '';
  return join(
    item.parameters.fields.map((field) => {
      const value = findings[field.key];
      if (value === undefined || value === '') return undefined;
      const unit = field.type === 'number' && field.unit ? ` ${field.unit}` : '';
      if (typeof value === 'object') {
        const left = value.left === null ? '–' : String(value.left);
        const right = value.right === null ? '–' : String(value.right);
        return `${field.label}: L ${left}, R ${right}${unit}`;
      }
      return `${field.label}: ${String(value)}${unit}`;
    }),
  );
}
