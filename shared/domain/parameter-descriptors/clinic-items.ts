// Taping, orthoses and footwear, manual therapy, education and assessments.
import type { ManualTherapyParameters, OrthosisParameters, TapingParameters } from '../parameters';
import { sideDescriptor } from './common';
import {
  choiceField,
  optionsOf,
  textField,
  numberField,
  type CompositeDescriptor,
  type Words,
} from './descriptor';

/** 12 → "12 hours", 48 → "2 days", 30 → "30 hours" (in the table's language). */
export function wearTimeText({ t }: Words, hours: number): string {
  return hours >= 24 && hours % 24 === 0
    ? t('params:taping.days', { count: hours / 24 })
    : t('params:taping.hours', { count: hours });
}

export function tapingTable(w: Words) {
  const { t } = w;
  const tapes: Record<TapingParameters['tape'], { label: string; inLine: string }> = {
    kinesiology: {
      label: t('params:taping.kinesiology'),
      inLine: t('params:taping.kinesiologyInLine'),
    },
    rigid: { label: t('params:taping.rigid'), inLine: t('params:taping.rigidInLine') },
    other: { label: t('params:taping.other'), inLine: t('params:taping.otherInLine') },
  };
  return {
    tape: choiceField(
      w,
      t('params:taping.tape'),
      optionsOf(['kinesiology', 'rigid', 'other'] as const, tapes),
      { inName: true },
    ),
    technique: textField(w, t('params:taping.technique'), {
      placeholder: t('params:taping.techniquePlaceholder'),
    }),
    stretchPercent: numberField(w, t('params:taping.stretch'), 0, 100, {
      unit: '%',
      optional: true,
      inLine: (text) => t('params:taping.stretchInLine', { value: text }),
    }),
    wearHours: numberField(w, t('params:taping.wearTime'), 1, 168, {
      unit: 'h',
      inLine: (_, hours) => t('params:taping.wearInLine', { time: wearTimeText(w, hours) }),
      short: (_, hours) => t('params:taping.wearShort', { time: wearTimeText(w, hours) }),
    }),
    side: sideDescriptor(w, 'side'),
  } as const;
}

export function orthosisTable(w: Words) {
  const { t } = w;
  const orthoses: Record<OrthosisParameters['type'], string> = {
    arch_support_custom: t('params:orthosis.archSupportCustom'),
    arch_support_prefabricated: t('params:orthosis.archSupportPrefabricated'),
    heel_cup: t('params:orthosis.heelCup'),
    heel_pad: t('params:orthosis.heelPad'),
    heel_raise: t('params:orthosis.heelRaise'),
    night_splint: t('params:orthosis.nightSplint'),
    footwear: t('params:orthosis.footwear'),
    other: t('params:orthosis.other'),
  };
  return {
    type: choiceField(
      w,
      t('params:orthosis.type'),
      optionsOf(Object.keys(orthoses) as OrthosisParameters['type'][], orthoses),
      { inName: true },
    ),
    heelRaiseMm: numberField(w, t('params:orthosis.heelRaiseHeight'), 1, 25, {
      unit: 'mm',
      optional: true,
      joiner: ' ',
    }),
    side: { ...sideDescriptor(w, 'foot'), joiner: ', ' },
    wearSchedule: textField(w, t('params:orthosis.wearSchedule'), {
      multiline: true,
      joiner: ' — ',
      placeholder: t('params:orthosis.wearSchedulePlaceholder'),
    }),
  } as const;
}

const gradeValues = ['I', 'II', 'III', 'IV', 'V'] as const;

export function manualTherapyTable(w: Words) {
  const { t } = w;
  const grades = Object.fromEntries(
    gradeValues.map((grade) => [grade, t('params:manualTherapy.gradeValue', { grade })]),
  ) as Record<NonNullable<ManualTherapyParameters['grade']>, string>;
  return {
    technique: textField(w, t('params:manualTherapy.technique'), {
      placeholder: t('params:manualTherapy.techniquePlaceholder'),
    }),
    region: textField(w, t('params:manualTherapy.region'), {
      placeholder: t('params:manualTherapy.regionPlaceholder'),
    }),
    grade: choiceField(w, t('params:manualTherapy.grade'), optionsOf(gradeValues, grades), {
      optional: true,
    }),
    minutes: numberField(w, t('params:manualTherapy.duration'), 1, 60, {
      unit: 'min',
      optional: true,
    }),
    side: sideDescriptor(w, 'side'),
  } as const;
}

export function educationTable(w: Words) {
  const { t } = w;
  return {
    readingMinutes: numberField(w, t('params:education.readingTime'), 1, 60, {
      unit: 'min',
      optional: true,
      inLine: (text) => t('params:education.readingInLine', { time: text }),
      short: (text) => t('params:education.readingShort', { time: text }),
    }),
  } as const;
}

export function assessmentTable(w: Words) {
  const { t } = w;
  return {
    fields: {
      type: 'composite',
      language: w.language,
      label: t('params:assessment.findings'),
      optional: false,
    } satisfies CompositeDescriptor,
  } as const;
}
