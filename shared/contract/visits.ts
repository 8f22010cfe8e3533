// Visits, outcome measures, adherence and amendments (the visit summary PDF is in pdf.ts).
import { z } from 'zod';
import { method } from './define';
import { idSchema, isoDateSchema } from '../domain/common';
import { visitDraftSchema, visitSchema } from '../domain/visit';
import { patientVisitsOverviewSchema, recentVisitSchema } from '../domain/visit-progress';

export const visitStartSchema = z.object({
  /** A new visit prefilled from the plan in force: clinic items and the exercise grid. */
  draft: visitDraftSchema,
  planVersion: z
    .object({
      id: idSchema,
      planId: idSchema,
      versionNumber: z.int().positive(),
      title: z.string(),
    })
    .nullable(),
  today: isoDateSchema,
});
export type VisitStart = z.infer<typeof visitStartSchema>;

export const visitsMethods = {
  'visits.start': method(z.object({ patientId: idSchema }), visitStartSchema),
  'visits.create': method(visitDraftSchema, visitSchema),
  'visits.get': method(z.object({ id: idSchema }), visitSchema),
  'visits.update': method(
    z.object({
      id: idSchema,
      /** The revision the edit was based on; a stale one is refused. */
      revision: z.int().positive(),
      draft: visitDraftSchema,
      /** Required once the day of the visit has passed. */
      amendmentReason: z.string().trim().max(1000).default(''),
    }),
    visitSchema,
  ),
  'visits.archive': method(
    z.object({
      id: idSchema,
      revision: z.int().positive(),
      reason: z
        .string()
        .trim()
        .min(1, { message: 'Say why this visit is archived (e.g. entered for the wrong patient).' })
        .max(1000),
    }),
    visitSchema,
  ),
  'visits.overview': method(z.object({ patientId: idSchema }), patientVisitsOverviewSchema),
  /** The latest visits across patients, for the Visits section's start page. */
  'visits.recent': method(z.object({}), z.array(recentVisitSchema)),
};
