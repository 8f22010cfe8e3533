import { descriptorsIn } from '../../shared/domain/parameter-descriptors';
import { describe, expect, it } from 'vitest';
import {
  doseText,
  formatOneDecimal,
  formatSeconds,
  midSentence,
  noDoseText,
  shortDoseText,
} from '../../shared/plans/dose-text';

describe('exercise dose text', () => {
  it('reads like the clinician would say it', () => {
    expect(
      doseText(
        {
          kind: 'exercise',
          parameters: {
            sets: 3,
            reps: 15,
            holdSeconds: 3,
            timesPerDay: 2,
            daysPerWeek: 7,
            side: 'left',
          },
        },
        'en',
      ),
    ).toBe('3 sets of 15, hold 3 s, twice a day, every day — left leg');
  });

  it('puts the load with the volume and names rest, tempo and side', () => {
    expect(
      doseText(
        {
          kind: 'exercise',
          parameters: {
            sets: 4,
            reps: 8,
            load: { type: 'kg', kg: 12.5 },
            tempo: '3-0-3',
            restSeconds: 120,
            daysPerWeek: 3,
            side: 'both',
          },
        },
        'en',
      ),
    ).toBe(
      '4 sets of 8 with 12.5 kg, 3 s each way, rest 2 min between sets, 3 days a week — both legs',
    );
    expect(
      doseText(
        {
          kind: 'exercise',
          parameters: { sets: 3, reps: 10, load: { type: 'band', colour: 'red' } },
        },
        'en',
      ),
    ).toBe('3 sets of 10 with a red band');
  });

  it('handles time-based, reps-only, sets-only and load-only doses', () => {
    expect(
      doseText(
        { kind: 'exercise', parameters: { sets: 3, durationSeconds: 30, timesPerDay: 3 } },
        'en',
      ),
    ).toBe('3 sets of 30 s, 3 times a day');
    expect(
      doseText(
        { kind: 'exercise', parameters: { reps: 10, timesPerDay: 1, daysPerWeek: 1 } },
        'en',
      ),
    ).toBe('10 times, once a day, once a week');
    expect(doseText({ kind: 'exercise', parameters: { sets: 1, reps: 20 } }, 'en')).toBe(
      '20 times',
    );
    expect(doseText({ kind: 'exercise', parameters: { sets: 2 } }, 'en')).toBe('2 sets');
    expect(doseText({ kind: 'exercise', parameters: { durationSeconds: 600 } }, 'en')).toBe(
      '10 min',
    );
    expect(doseText({ kind: 'exercise', parameters: { load: { type: 'bodyweight' } } }, 'en')).toBe(
      noDoseText('en'),
    );
    expect(
      doseText({ kind: 'exercise', parameters: { restSeconds: 0, sets: 2, reps: 5 } }, 'en'),
    ).toBe('2 sets of 5, no rest between sets');
  });

  it('writes one set the way a patient is told it, and leaves out what goes without saying', () => {
    const stretch = {
      kind: 'exercise',
      parameters: {
        sets: 1,
        reps: 12,
        holdSeconds: 10,
        restSeconds: 15,
        load: { type: 'bodyweight' },
        timesPerDay: 2,
        daysPerWeek: 7,
        side: 'both',
      },
    } as const;
    expect(doseText(stretch, 'en')).toBe(
      '12 times, hold 10 s each, twice a day, every day — both legs',
    );
    expect(
      doseText(
        {
          kind: 'exercise',
          parameters: {
            sets: 1,
            durationSeconds: 120,
            load: { type: 'bodyweight' },
            timesPerDay: 2,
            daysPerWeek: 7,
            side: 'both',
          },
        },
        'en',
      ),
    ).toBe('2 min, twice a day, every day — both legs');
    expect(
      doseText(
        {
          kind: 'exercise',
          parameters: {
            sets: 3,
            reps: 15,
            holdSeconds: 3,
            restSeconds: 30,
            load: { type: 'bodyweight' },
            timesPerDay: 1,
          },
        },
        'en',
      ),
    ).toBe('3 sets of 15, hold 3 s, rest 30 s between sets, once a day');
    // Clinicians' shorthand keeps every piece, so a change of load or rest still shows.
    expect(shortDoseText(stretch, 'en')).toBe(
      '1×12, body weight, hold 10 s, rest 15 s, twice a day, every day, both legs',
    );
  });

  it('says an even tempo in words, and leaves any other as written', () => {
    const tempo = (t: string) =>
      doseText({ kind: 'exercise', parameters: { sets: 3, reps: 12, tempo: t } }, 'en');
    expect(tempo('3-2-3')).toBe('3 sets of 12, 3 s each way, pause 2 s');
    expect(tempo('2-0-2')).toBe('3 sets of 12, 2 s each way');
    expect(tempo('4-0-2')).toBe('3 sets of 12, tempo 4-0-2 s');
    expect(tempo('3-1-3-1')).toBe('3 sets of 12, tempo 3-1-3-1 s');
    expect(
      shortDoseText({ kind: 'exercise', parameters: { sets: 3, reps: 12, tempo: '3-2-3' } }, 'en'),
    ).toBe('3×12, tempo 3-2-3 s');
  });

  it('never prints an empty line', () => {
    expect(doseText({ kind: 'exercise', parameters: {} }, 'en')).toBe(noDoseText('en'));
    expect(doseText({ kind: 'education', parameters: {} }, 'en')).toBe(noDoseText('en'));
  });

  it('has a compact form for diffs', () => {
    expect(
      shortDoseText(
        {
          kind: 'exercise',
          parameters: { sets: 3, reps: 15, timesPerDay: 2, load: { type: 'kg', kg: 5 } },
        },
        'en',
      ),
    ).toBe('3×15, 5 kg, twice a day');
    expect(
      shortDoseText({ kind: 'exercise', parameters: { sets: 3, durationSeconds: 45 } }, 'en'),
    ).toBe('3×45 s');
  });
});

describe('modality dose text', () => {
  it('writes ultrasound settings with their units', () => {
    expect(
      doseText(
        {
          kind: 'modality',
          parameters: {
            device: 'ultrasound',
            frequencyMHz: 3,
            intensityWPerCm2: 1,
            dutyCyclePercent: 20,
            minutes: 5,
          },
        },
        'en',
      ),
    ).toBe('Ultrasound 3 MHz, 1.0 W/cm², pulsed 20 %, 5 min');
    expect(
      doseText(
        {
          kind: 'modality',
          parameters: {
            device: 'ultrasound',
            frequencyMHz: 1,
            intensityWPerCm2: 1.25,
            dutyCyclePercent: 100,
            minutes: 8,
          },
        },
        'en',
      ),
    ).toBe('Ultrasound 1 MHz, 1.25 W/cm², continuous, 8 min');
  });

  it('writes radial and focused shockwave by their own energy setting', () => {
    expect(
      doseText(
        {
          kind: 'modality',
          parameters: {
            device: 'shockwave',
            type: 'radial',
            pressureBar: 2.5,
            pulses: 2000,
            frequencyHz: 10,
            sessionsPlanned: 3,
          },
        },
        'en',
      ),
    ).toBe('Radial shockwave 2.5 bar, 2000 pulses at 10 Hz, 3 sessions');
    expect(
      doseText(
        {
          kind: 'modality',
          parameters: {
            device: 'shockwave',
            type: 'focused',
            energyFluxDensityMjPerMm2: 0.25,
            pulses: 1500,
            frequencyHz: 4,
          },
        },
        'en',
      ),
    ).toBe('Focused shockwave 0.25 mJ/mm², 1500 pulses at 4 Hz');
  });

  it('writes radiofrequency, laser, TENS, ice, heat and other devices', () => {
    expect(
      doseText(
        {
          kind: 'modality',
          parameters: {
            device: 'radiofrequency',
            mode: 'capacitive',
            frequencyKHz: 448,
            powerPercent: 40,
            dose: 'athermal',
            minutes: 10,
          },
        },
        'en',
      ),
    ).toBe('Radiofrequency (capacitive) 448 kHz, power 40 %, athermal, 10 min');
    expect(
      doseText(
        {
          kind: 'modality',
          parameters: {
            device: 'laser',
            wavelengthNm: 810,
            powerMw: 500,
            doseJPerCm2: 4,
            minutes: 2,
          },
        },
        'en',
      ),
    ).toBe('Laser 810 nm, 500 mW, 4 J/cm², 2 min');
    expect(
      doseText(
        {
          kind: 'modality',
          parameters: { device: 'tens', frequencyHz: 100, pulseWidthUs: 200, minutes: 30 },
        },
        'en',
      ),
    ).toBe('TENS 100 Hz, 200 µs, 30 min');
    expect(doseText({ kind: 'modality', parameters: { device: 'ice', minutes: 15 } }, 'en')).toBe(
      'Ice 15 min',
    );
    expect(doseText({ kind: 'modality', parameters: { device: 'heat', minutes: 20 } }, 'en')).toBe(
      'Heat 20 min',
    );
    expect(
      doseText(
        {
          kind: 'modality',
          parameters: {
            device: 'other',
            name: 'Contrast bath',
            settings: [
              { label: 'warm', value: 3, unit: 'min' },
              { label: 'cold', value: 1, unit: 'min' },
            ],
          },
        },
        'en',
      ),
    ).toBe('Contrast bath warm 3 min, cold 1 min');
  });
});

describe('other kinds', () => {
  it('taping names tape, stretch, wear time and side', () => {
    expect(
      doseText(
        {
          kind: 'taping',
          parameters: {
            tape: 'kinesiology',
            technique: 'fan strips under the arch',
            stretchPercent: 25,
            wearHours: 48,
            side: 'right',
          },
        },
        'en',
      ),
    ).toBe(
      'Kinesiology tape, fan strips under the arch, 25 % stretch, keep on for up to 2 days — right side',
    );
    expect(
      doseText(
        { kind: 'taping', parameters: { tape: 'rigid', technique: '', wearHours: 12 } },
        'en',
      ),
    ).toBe('Rigid tape, keep on for up to 12 hours');
  });

  it('orthosis gives the type, height, feet and schedule', () => {
    expect(
      doseText(
        {
          kind: 'orthosis',
          parameters: {
            type: 'heel_raise',
            heelRaiseMm: 8,
            side: 'both',
            wearSchedule: 'in everyday shoes for 6 weeks',
          },
        },
        'en',
      ),
    ).toBe('Heel raise 8 mm, both feet — in everyday shoes for 6 weeks');
    expect(
      doseText({ kind: 'orthosis', parameters: { type: 'night_splint', wearSchedule: '' } }, 'en'),
    ).toBe('Night splint');
  });

  it('manual therapy, assessment and education', () => {
    expect(
      doseText(
        {
          kind: 'manual_therapy',
          parameters: {
            technique: 'Joint mobilisation',
            region: 'talocrural joint',
            grade: 'III',
            minutes: 5,
            side: 'left',
          },
        },
        'en',
      ),
    ).toBe('Joint mobilisation, talocrural joint, grade III, 5 min — left side');
    expect(
      doseText(
        {
          kind: 'assessment',
          parameters: {
            fields: [
              { type: 'number', key: 'kneeToWall', label: 'Knee to wall', unit: 'cm', sided: true },
              {
                type: 'test',
                key: 'squeeze',
                label: 'Calcaneal squeeze test',
                sided: false,
                positiveIsRedFlag: true,
              },
            ],
          },
        },
        'en',
      ),
    ).toBe('Knee to wall (cm, left and right), calcaneal squeeze test');
    expect(doseText({ kind: 'education', parameters: { readingMinutes: 5 } }, 'en')).toBe(
      'About 5 min to read',
    );
  });
});

describe('free text inside the line', () => {
  it('lowers a capitalised word that starts a part, but not acronyms or brand names', () => {
    expect(
      doseText(
        {
          kind: 'exercise',
          parameters: {
            sets: 3,
            reps: 12,
            load: { type: 'other', description: 'Heaviest weight you can lift 12 times' },
          },
        },
        'en',
      ),
    ).toBe('3 sets of 12 with heaviest weight you can lift 12 times');
    expect(
      doseText(
        {
          kind: 'orthosis',
          parameters: {
            type: 'footwear',
            side: 'both',
            wearSchedule: 'From the first steps of the day',
          },
        },
        'en',
      ),
    ).toBe('Footwear, both feet — from the first steps of the day');
    expect(
      doseText(
        {
          kind: 'manual_therapy',
          parameters: { technique: 'MWM glide', region: 'Talocrural joint' },
        },
        'en',
      ),
    ).toBe('MWM glide, talocrural joint');
    expect(
      doseText(
        {
          kind: 'exercise',
          parameters: { sets: 2, reps: 10, load: { type: 'other', description: 'TheraBand, red' } },
        },
        'en',
      ),
    ).toBe('2 sets of 10 with TheraBand, red');
    expect(midSentence('Royal London Hospital test')).toBe('Royal London Hospital test');
    expect(midSentence('Low-dye')).toBe('Low-dye');
  });
});

describe('formatting helpers', () => {
  it('formats seconds and one-decimal settings', () => {
    const words = descriptorsIn('en').words;
    expect(formatSeconds(words, 45)).toBe('45 s');
    expect(formatSeconds(words, 90)).toBe('1 min 30 s');
    expect(formatOneDecimal(0.1 + 0.2, 'en')).toBe('0.3');
    expect(formatOneDecimal(2, 'en')).toBe('2.0');
    expect(formatOneDecimal(1.5, 'es')).toBe('1,5');
    expect(formatOneDecimal(2, 'de')).toBe('2,0');
  });
});
