// Device settings with their units, the way they are written in the clinic's notes:
// "Ultrasound 3 MHz, 1.0 W/cm², pulsed 20 %, 5 min". Clinician-facing: never on the home sheet.
import type { ModalityParameters } from '../../domain/parameters';
import { formatNumber, formatOneDecimal, part, type DosePart } from './parts';

const radiofrequencyDoseText = {
  athermal: 'no heat felt',
  mild_thermal: 'mild warmth',
  thermal: 'warm',
} as const;

export function modalityDoseParts(p: ModalityParameters): DosePart[] {
  switch (p.device) {
    case 'ultrasound':
      return [
        part('device', 'device', `Ultrasound ${p.frequencyMHz} MHz`),
        part('intensity', 'intensity', `${formatOneDecimal(p.intensityWPerCm2)} W/cm²`),
        part(
          'dutyCycle',
          'duty cycle',
          p.dutyCyclePercent === 100 ? 'continuous' : `pulsed ${p.dutyCyclePercent} %`,
        ),
        part('minutes', 'time', `${p.minutes} min`),
      ];
    case 'shockwave': {
      const setting =
        p.type === 'radial'
          ? p.pressureBar !== undefined
            ? `${formatOneDecimal(p.pressureBar)} bar`
            : ''
          : p.energyFluxDensityMjPerMm2 !== undefined
            ? `${formatNumber(p.energyFluxDensityMjPerMm2)} mJ/mm²`
            : '';
      const parts = [
        part('device', 'device', p.type === 'radial' ? 'Radial shockwave' : 'Focused shockwave'),
      ];
      if (setting)
        parts.push(
          part('energy', p.type === 'radial' ? 'pressure' : 'energy', setting, { joiner: ' ' }),
        );
      parts.push(part('pulses', 'pulses', `${p.pulses} pulses`));
      parts.push(
        part('frequency', 'frequency', `at ${formatNumber(p.frequencyHz)} Hz`, {
          joiner: ' ',
          short: `${formatNumber(p.frequencyHz)} Hz`,
        }),
      );
      if (p.sessionsPlanned !== undefined) {
        parts.push(
          part(
            'sessions',
            'sessions',
            p.sessionsPlanned === 1 ? '1 session' : `${p.sessionsPlanned} sessions`,
          ),
        );
      }
      return parts;
    }
    case 'radiofrequency':
      return [
        part('device', 'device', `Radiofrequency (${p.mode})`),
        part('frequency', 'frequency', `${formatNumber(p.frequencyKHz)} kHz`, { joiner: ' ' }),
        part('power', 'power', `power ${p.powerPercent} %`),
        part('dose', 'dose', radiofrequencyDoseText[p.dose]),
        part('minutes', 'time', `${p.minutes} min`),
      ];
    case 'laser':
      return [
        part('device', 'device', `Laser ${p.wavelengthNm} nm`),
        part('power', 'power', `${formatNumber(p.powerMw)} mW`),
        part('dose', 'dose', `${formatNumber(p.doseJPerCm2)} J/cm²`),
        part('minutes', 'time', `${formatNumber(p.minutes)} min`),
      ];
    case 'tens':
      return [
        part('device', 'device', 'TENS'),
        part('frequency', 'frequency', `${p.frequencyHz} Hz`, { joiner: ' ' }),
        part('pulseWidth', 'pulse width', `${p.pulseWidthUs} µs`),
        part('minutes', 'time', `${p.minutes} min`),
      ];
    case 'ice':
      return [
        part('device', 'device', 'Ice'),
        part('minutes', 'time', `${p.minutes} min`, { joiner: ' ' }),
      ];
    case 'heat':
      return [
        part('device', 'device', 'Heat'),
        part('minutes', 'time', `${p.minutes} min`, { joiner: ' ' }),
      ];
    case 'other':
      return [
        part('device', 'device', p.name),
        ...p.settings.map((s, i) =>
          part(
            `setting:${s.label}`,
            s.label,
            `${s.label} ${formatNumber(s.value)}${s.unit ? ` ${s.unit}` : ''}`,
            {
              joiner: i === 0 ? ' ' : ', ',
            },
          ),
        ),
      ];
    default: {
      const unreachable: never = p;
      return unreachable;
    }
  }
}
