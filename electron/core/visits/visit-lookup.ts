// What other domains may know of a visit: its date, for a plan change made during it. Kept
// apart from visit-service so that plans can use it without an import circle.
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import { readVisitRow } from './visit-repository';

/**
 * The date of one of the patient's visits (not archived); any other visit (or any visit, for a
 * template's null patient) is not found.
 */
export function patientVisitDate(
  ctx: CoreContext,
  visitId: string,
  patientId: string | null,
): string {
  const visit = readVisitRow(ctx.db, visitId);
  if (!visit || visit.patientId !== patientId || visit.archived) throw notFound('The visit');
  return visit.date;
}
