// Exercise dose (FITT-VP): what each parameter is called, its unit and range. The dose line's
// wording ("3 sets of 15, twice a day") lives in shared/plans/dose-text/exercise.ts.
import { sideDescriptor } from './common';
import { numberField, textField, type CompositeDescriptor } from './descriptor';

export const exerciseDescriptors = {
  sets: numberField('Sets', 1, 20, { optional: true }),
  reps: numberField('Reps', 1, 500, { optional: true }),
  /** For time-based exercises, instead of reps. */
  durationSeconds: numberField('Time', 1, 3600, { unit: 's', optional: true }),
  holdSeconds: numberField('Hold', 1, 600, { unit: 's', optional: true }),
  restSeconds: numberField('Rest', 0, 600, { unit: 's', optional: true }),
  timesPerDay: numberField('Times per day', 1, 10, { optional: true }),
  daysPerWeek: numberField('Days per week', 1, 7, { optional: true }),
  side: sideDescriptor('leg'),
  load: { type: 'composite', label: 'Load', optional: true } satisfies CompositeDescriptor,
  /** Walk–run intervals: Time is the running bout, Rest the walking bout, Sets the repeats. */
  pattern: {
    type: 'composite',
    label: 'Walk–run intervals',
    optional: true,
  } satisfies CompositeDescriptor,
  tempo: textField('Tempo', {
    unit: 's',
    optional: true,
    placeholder: '3-0-3',
    hint: 'Seconds per phase, lowering first',
  }),
  progression: textField('Progression', {
    optional: true,
    multiline: true,
    notInLine: true,
    placeholder: 'e.g. add 2 kg when 3 × 15 is easy',
  }),
} as const;

/** The weight of a "kg" load. */
export const loadKgDescriptor = numberField('Weight', 0.5, 500, { unit: 'kg', decimals: 2 });
