// Dated measurements of a patient by name: what phase entry criteria (and charts) read. One
// list for pain from the diary and the visit, running load, and outcome scores.
import { z } from 'zod';
import { idSchema, isoDateSchema } from '../domain/common';
import { outcomeMeasureKeys } from '../outcomes/common';

export const measurementNames = [
  /** 0–10, first steps in the morning: each diary day, and the visit's own entry. */
  'first-step-pain',
  /** 0–10, worst pain during exercise. */
  'pain-during-exercise',
  /** 0–10, the morning after exercise (the 24-hour response). */
  'next-morning-pain',
  /** Minutes of running in the week before the visit. */
  'running-minutes-per-week',
  /** Kilometres run in the week before the visit. */
  'running-km-per-week',
  /** Walk-run (return-to-run) stage, 1 = the first. */
  'walk-run-stage',
  /** Outcome measure scores (scored forms only), in each measure's units. */
  ...outcomeMeasureKeys,
] as const;
export const measurementNameSchema = z.enum(measurementNames);
export type MeasurementName = z.infer<typeof measurementNameSchema>;

export const measurementSchema = z.object({
  name: measurementNameSchema,
  /** The day measured: a diary day, or the visit's date. */
  date: isoDateSchema,
  value: z.number(),
  /** The visit at which it was recorded. */
  visitId: idSchema,
  source: z.enum(['diary', 'visit']),
});
export type Measurement = z.infer<typeof measurementSchema>;
