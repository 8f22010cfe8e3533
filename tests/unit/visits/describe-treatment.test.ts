import { describe, expect, it } from 'vitest';
import { describeFindings, describeParameters } from '../../../shared/visits/describe-treatment';

describe('treatment settings in plain words', () => {
  it('names every device setting with its unit', () => {
    expect(
      describeParameters(
        {
          kind: 'modality',
          parameters: {
            device: 'ultrasound',
            frequencyMHz: 3,
            intensityWPerCm2: 0.8,
            dutyCyclePercent: 20,
            minutes: 5,
          },
        },
        'en',
      ),
    ).toBe('Ultrasound · 3 MHz · 0.8 W/cm² · pulsed 20 % · 5 min');
    expect(
      describeParameters(
        {
          kind: 'modality',
          parameters: {
            device: 'shockwave',
            type: 'focused',
            energyFluxDensityMjPerMm2: 0.12,
            pulses: 1500,
            frequencyHz: 4,
          },
        },
        'en',
      ),
    ).toBe('Focused shockwave · 0.12 mJ/mm² · 1500 pulses · 4 Hz');
    expect(
      describeParameters(
        {
          kind: 'modality',
          parameters: {
            device: 'radiofrequency',
            mode: 'resistive',
            frequencyKHz: 448,
            powerPercent: 30,
            dose: 'mild_thermal',
            minutes: 10,
          },
        },
        'en',
      ),
    ).toBe('Radiofrequency (resistive) · 448 kHz · power 30 % · mildly thermal · 10 min');
    expect(
      describeParameters(
        {
          kind: 'manual_therapy',
          parameters: {
            technique: 'AP glides',
            region: 'Talocrural',
            grade: 'IV',
            minutes: 6,
            side: 'left',
          },
        },
        'en',
      ),
    ).toBe('AP glides · Talocrural · grade IV · 6 min · left side');
  });

  it('writes assessment findings, sided values as L and R', () => {
    const assessment = {
      kind: 'assessment' as const,
      parameters: {
        fields: [
          {
            type: 'number' as const,
            key: 'kneeToWall',
            label: 'Knee to wall',
            unit: 'cm',
            sided: true,
          },
          {
            type: 'test' as const,
            key: 'windlass',
            label: 'Windlass test',
            sided: false,
            positiveIsRedFlag: false,
          },
        ],
      },
    };
    expect(
      describeFindings(
        assessment,
        { kneeToWall: { left: 8, right: 11 }, windlass: 'positive' },
        'en',
      ),
    ).toBe('Knee to wall: L 8, R 11 cm · Windlass test: positive');
  });
});
