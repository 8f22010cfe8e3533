// Entry criteria and phase decisions in the screens' language: "First-step pain ≤ 3/10 for a
// week" rebuilt from the criterion's codes (shared/domain/phase-criteria.ts writes the English
// the core keeps in its records and documents).
import {
  phaseMeasures,
  type CriterionEvaluation,
  type PhaseCriterion,
  type PhaseMeasureKey,
} from '../../../../shared/domain/phase-criteria';
import type { PhaseDecisionKind } from '../../../../shared/domain/plan';
import type { Translate } from '../../../../shared/i18n';
import { formatNumber } from '../../app/format';

export const measureLabelKeys = {
  first_step_pain: 'phases:measures.first_step_pain',
  heel_raise_symmetry: 'phases:measures.heel_raise_symmetry',
  heel_raise_reps: 'phases:measures.heel_raise_reps',
  hop_pain: 'phases:measures.hop_pain',
  pain_during_exercise: 'phases:measures.pain_during_exercise',
  next_morning_pain: 'phases:measures.next_morning_pain',
  weekly_running_minutes: 'phases:measures.weekly_running_minutes',
  walk_run_stage: 'phases:measures.walk_run_stage',
  nprs: 'phases:measures.nprs',
  visa_a: 'phases:measures.visa_a',
  faam_adl: 'phases:measures.faam_adl',
  faam_sports: 'phases:measures.faam_sports',
  lefs: 'phases:measures.lefs',
  ffi: 'phases:measures.ffi',
} as const satisfies Record<PhaseMeasureKey, string>;

export const measureSourceKeys = {
  first_step_pain: 'phases:sources.first_step_pain',
  heel_raise_symmetry: 'phases:sources.heel_raise_symmetry',
  heel_raise_reps: 'phases:sources.heel_raise_reps',
  hop_pain: 'phases:sources.hop_pain',
  pain_during_exercise: 'phases:sources.pain_during_exercise',
  next_morning_pain: 'phases:sources.next_morning_pain',
  weekly_running_minutes: 'phases:sources.weekly_running_minutes',
  walk_run_stage: 'phases:sources.walk_run_stage',
  nprs: 'phases:sources.nprs',
  visa_a: 'phases:sources.visa_a',
  faam_adl: 'phases:sources.faam_adl',
  faam_sports: 'phases:sources.faam_sports',
  lefs: 'phases:sources.lefs',
  ffi: 'phases:sources.ffi',
} as const satisfies Record<PhaseMeasureKey, string>;

export const criterionStatusKeys = {
  met: 'phases:status.met',
  not_met: 'phases:status.not_met',
  no_data: 'phases:status.no_data',
} as const satisfies Record<CriterionEvaluation['status'], string>;

/** The status inside a sentence: "(not met)". */
export const criterionStatusInlineKeys = {
  met: 'phases:statusInline.met',
  not_met: 'phases:statusInline.not_met',
  no_data: 'phases:statusInline.no_data',
} as const satisfies Record<CriterionEvaluation['status'], string>;

export const phaseDecisionKeys = {
  move_on: 'phases:timeline.move_on',
  stay: 'phases:timeline.stay',
  step_back: 'phases:timeline.step_back',
} as const satisfies Record<PhaseDecisionKind, string>;

/** The unit as written after a number ("/10" and "%" are the same in every language). */
export function unitText(t: Translate, measure: PhaseMeasureKey): string {
  const unit = phaseMeasures[measure].unit;
  switch (unit) {
    case '/10':
    case '%':
    case '':
      return unit;
    case 'reps':
      return t('phases:units.reps');
    case 'min':
      return t('phases:units.min');
    case 'points':
      return t('phases:units.points');
    default: {
      const unreachable: never = unit;
      return unreachable;
    }
  }
}

/** "3/10", "85 %", "72,5 Punkte": the number in the language's way, at most one decimal. */
export function measureValueText(t: Translate, measure: PhaseMeasureKey, value: number): string {
  const number = formatNumber(Math.round(value * 10) / 10);
  const unit = unitText(t, measure);
  if (unit === '') return number;
  return unit.startsWith('/') ? `${number}${unit}` : `${number} ${unit}`;
}

/** "First-step pain ≤ 3/10 for a week". */
export function criterionText(t: Translate, c: Omit<PhaseCriterion, 'id'>): string {
  const words = {
    measure: t(measureLabelKeys[c.measure]),
    sign: c.comparator === 'at_most' ? '≤' : '≥',
    value: measureValueText(t, c.measure, c.target),
  };
  if (c.days === 0) return t('phases:criterion.latest', words);
  if (c.days === 7) return t('phases:criterion.week', words);
  return t('phases:criterion.days', { ...words, count: c.days });
}
