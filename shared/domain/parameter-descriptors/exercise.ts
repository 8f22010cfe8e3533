// Exercise dose (FITT-VP): what each parameter is called, its unit and range. The dose line's
// wording ("3 sets of 15, twice a day") lives in shared/plans/dose-text/exercise.ts.
import { sideDescriptor } from './common';
import { numberField, textField, type CompositeDescriptor, type Words } from './descriptor';

export function exerciseTable(w: Words) {
  const { t } = w;
  return {
    sets: numberField(w, t('params:exercise.sets'), 1, 20, { optional: true }),
    reps: numberField(w, t('params:exercise.reps'), 1, 500, { optional: true }),
    /** For time-based exercises, instead of reps. */
    durationSeconds: numberField(w, t('params:exercise.time'), 1, 3600, {
      unit: 's',
      optional: true,
    }),
    holdSeconds: numberField(w, t('params:exercise.hold'), 1, 600, { unit: 's', optional: true }),
    restSeconds: numberField(w, t('params:exercise.rest'), 0, 600, { unit: 's', optional: true }),
    timesPerDay: numberField(w, t('params:exercise.timesPerDay'), 1, 10, { optional: true }),
    daysPerWeek: numberField(w, t('params:exercise.daysPerWeek'), 1, 7, { optional: true }),
    side: sideDescriptor(w, 'leg'),
    load: {
      type: 'composite',
      language: w.language,
      label: t('params:exercise.load'),
      optional: true,
    } satisfies CompositeDescriptor,
    /** Walk–run intervals: Time is the running bout, Rest the walking bout, Sets the repeats. */
    pattern: {
      type: 'composite',
      language: w.language,
      label: t('params:exercise.pattern'),
      optional: true,
    } satisfies CompositeDescriptor,
    tempo: textField(w, t('params:exercise.tempo'), {
      unit: 's',
      optional: true,
      placeholder: '3-0-3',
      hint: t('params:exercise.tempoHint'),
    }),
    progression: textField(w, t('params:exercise.progression'), {
      optional: true,
      multiline: true,
      notInLine: true,
      placeholder: t('params:exercise.progressionPlaceholder'),
    }),
  } as const;
}

/** The weight of a "kg" load. */
export const loadKgField = (w: Words) =>
  numberField(w, w.t('params:exercise.weight'), 0.5, 500, { unit: 'kg', decimals: 2 });
