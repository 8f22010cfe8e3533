// Taping, orthoses and footwear, manual therapy, education and assessments.
import type { ManualTherapyParameters, OrthosisParameters, TapingParameters } from '../parameters';
import { sideDescriptor } from './common';
import {
  choiceField,
  optionsOf,
  textField,
  numberField,
  type CompositeDescriptor,
} from './descriptor';

/** 12 → "12 hours", 48 → "2 days", 30 → "30 hours". */
export function wearTimeText(hours: number): string {
  if (hours >= 24 && hours % 24 === 0) return hours === 24 ? '1 day' : `${hours / 24} days`;
  return hours === 1 ? '1 hour' : `${hours} hours`;
}

const tapes: Record<TapingParameters['tape'], { label: string; inLine: string }> = {
  kinesiology: { label: 'Kinesiology (elastic)', inLine: 'kinesiology tape' },
  rigid: { label: 'Rigid', inLine: 'rigid tape' },
  other: { label: 'Other', inLine: 'tape' },
};

export const tapingDescriptors = {
  tape: choiceField('Tape', optionsOf(Object.keys(tapes) as TapingParameters['tape'][], tapes), {
    inName: true,
  }),
  technique: textField('Technique', { placeholder: 'e.g. low-dye, fan strips' }),
  stretchPercent: numberField('Stretch', 0, 100, {
    unit: '%',
    optional: true,
    inLine: (text) => `${text} stretch`,
  }),
  wearHours: numberField('Wear time', 1, 168, {
    unit: 'h',
    inLine: (_, hours) => `keep on for up to ${wearTimeText(hours)}`,
    short: (_, hours) => `up to ${wearTimeText(hours)}`,
  }),
  side: sideDescriptor('side'),
} as const;

const orthoses: Record<OrthosisParameters['type'], string> = {
  arch_support_custom: 'Custom arch support',
  arch_support_prefabricated: 'Ready-made arch support',
  heel_cup: 'Heel cup',
  heel_pad: 'Heel pad',
  heel_raise: 'Heel raise',
  night_splint: 'Night splint',
  footwear: 'Footwear',
  other: 'Insert or support',
};

export const orthosisDescriptors = {
  type: choiceField(
    'Type',
    optionsOf(Object.keys(orthoses) as OrthosisParameters['type'][], orthoses),
    { inName: true },
  ),
  heelRaiseMm: numberField('Heel raise', 1, 25, { unit: 'mm', optional: true, joiner: ' ' }),
  side: { ...sideDescriptor('foot'), joiner: ', ' },
  wearSchedule: textField('Wear schedule', {
    multiline: true,
    joiner: ' — ',
    placeholder: 'e.g. in all shoes for 6 weeks, then when running',
  }),
} as const;

const grades: Record<NonNullable<ManualTherapyParameters['grade']>, string> = {
  I: 'Grade I',
  II: 'Grade II',
  III: 'Grade III',
  IV: 'Grade IV',
  V: 'Grade V',
};

export const manualTherapyDescriptors = {
  technique: textField('Technique', { placeholder: 'e.g. posterior glide' }),
  region: textField('Region', { placeholder: 'e.g. talocrural joint' }),
  grade: choiceField(
    'Grade',
    optionsOf(Object.keys(grades) as NonNullable<ManualTherapyParameters['grade']>[], grades),
    { optional: true },
  ),
  minutes: numberField('Duration', 1, 60, { unit: 'min', optional: true }),
  side: sideDescriptor('side'),
} as const;

export const educationDescriptors = {
  readingMinutes: numberField('Reading time', 1, 60, {
    unit: 'min',
    optional: true,
    inLine: (text) => `about ${text} to read`,
    short: (text) => `${text} read`,
  }),
} as const;

export const assessmentDescriptors = {
  fields: { type: 'composite', label: 'Findings', optional: false } satisfies CompositeDescriptor,
} as const;
