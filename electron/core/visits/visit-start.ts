// The form for a new visit, prefilled from the plan in force today.
import type { VisitStart } from '../../../shared/contract/visits';
import type { AdherenceWeek, VisitDraft } from '../../../shared/domain/visit';
import { isHomeKind, itemParametersSchema } from '../../../shared/domain/parameters';
import { addDays } from '../../../shared/visits/dates';
import type { CoreContext } from '../context';
import { localTime, today } from './clinic-day';
import { issuedVersionInForce } from '../plans/issued-versions';
import { activePatient } from './visit-service';

/**
 * A new visit prefilled from the plan in force: its clinic items (assessments, manual therapy,
 * modalities) and its exercise grid. Taping or an orthosis fitted at the visit is added by hand.
 */
export function startVisit(ctx: CoreContext, patientId: string): VisitStart {
  activePatient(ctx, patientId, ['patientId']);
  const now = ctx.clock();
  const day = today(ctx.clock);
  const version = issuedVersionInForce(ctx, patientId);
  const items = version ? version.snapshot.phases.flatMap((phase) => phase.items) : [];
  const treatments: VisitDraft['treatments'] = items.flatMap((item) =>
    !isHomeKind(item.kind)
      ? [
          {
            planItemId: item.id,
            title: item.title,
            findings: {},
            notes: '',
            ...itemParametersSchema.parse({ kind: item.kind, parameters: item.parameters }),
          },
        ]
      : [],
  );
  const exercises = items.flatMap((item) =>
    item.kind === 'exercise'
      ? [
          {
            planItemId: item.id,
            title: item.title,
            targetDays: item.parameters.daysPerWeek ?? 7,
            days: Array<boolean>(7).fill(false),
          },
        ]
      : [],
  );
  const week: AdherenceWeek = {
    weekStart: addDays(day, -7),
    firstStepPain: Array<null>(7).fill(null),
    exercises,
  };
  return {
    draft: {
      patientId,
      date: day,
      time: localTime(now),
      planVersionId: version?.id ?? null,
      soap: { subjective: '', objective: '', assessment: '', plan: '' },
      treatments,
      outcomes: [],
      adherence: exercises.length > 0 ? [week] : [],
    },
    planVersion: version
      ? {
          id: version.id,
          planId: version.planId,
          versionNumber: version.versionNumber,
          title: version.snapshot.title,
        }
      : null,
    today: day,
  };
}
