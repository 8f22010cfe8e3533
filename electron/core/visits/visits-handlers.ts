// Contract methods for visits, outcome measures and adherence (the visit summary PDF is pdf.*).
import type { visitsMethods } from '../../../shared/contract/visits';
import type { HandlerMap } from '../api/dispatch';
import type { CoreContext } from '../context';
import { firstLine, patientVisitsOverview } from './visit-overview';
import { readRecentVisits } from './visit-repository';
import { archiveVisit, createVisit, getVisit, updateVisit } from './visit-service';
import { startVisit } from './visit-start';

export function visitsHandlers(ctx: CoreContext): Pick<HandlerMap, keyof typeof visitsMethods> {
  return {
    'visits.start': ({ patientId }) => startVisit(ctx, patientId),
    'visits.create': (draft) => createVisit(ctx, draft),
    'visits.get': ({ id }) => getVisit(ctx, id),
    'visits.update': (args) => updateVisit(ctx, args),
    'visits.archive': (args) => archiveVisit(ctx, args),
    'visits.overview': ({ patientId }) => patientVisitsOverview(ctx, patientId),
    'visits.recent': () =>
      readRecentVisits(ctx.db, 30).map((row) => ({
        id: row.id,
        patientId: row.patient_id,
        patientName: `${row.first_name} ${row.last_name}`,
        date: row.visit_date,
        time: row.visit_time,
        headline: firstLine(row.subjective),
      })),
  };
}
