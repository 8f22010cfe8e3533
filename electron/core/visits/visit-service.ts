// Recording visits: start from the plan in force, create, edit on the day, amend with a
// reason afterwards, archive with a reason. Every change is audited in the same transaction.
import { recordAudit } from '../audit/audit-log';
import type { CoreContext } from '../context';
import { AppError, fieldError, notFound } from '../errors';
import type { VisitStart } from '../../../shared/contract/visits';
import {
  soapFields,
  type AdherenceWeek,
  type AmendableField,
  type Visit,
  type VisitDraft,
} from '../../../shared/domain/visit';
import { isHomeKind, itemParametersSchema } from '../../../shared/domain/parameters';
import { addDays } from '../../../shared/visits/dates';
import { localTime, readableDate, today } from './clinic-day';
import {
  readPatientRef,
  readPlanVersion,
  readPlanVersionInForce,
  type PatientRef,
} from './plan-lookup';
import { assembleVisit, isLocked } from './visit-assembly';
import { syncAdherence, syncOutcomes, syncTreatments } from './visit-parts';
import {
  archiveVisitRow,
  insertAmendment,
  insertVisitRow,
  readVisitRow,
  updateVisitRow,
  type VisitRow,
} from './visit-repository';

const STALE =
  'This visit was changed somewhere else since you opened it (another window?). Reload it and make your change again.';

function activePatient(ctx: CoreContext, patientId: string, path: (string | number)[]): PatientRef {
  const patient = readPatientRef(ctx.db, patientId);
  if (!patient)
    throw new AppError('NOT_FOUND', 'This patient was not found.', [
      { path, message: 'Unknown patient.' },
    ]);
  if (patient.archived) {
    throw new AppError(
      'CONFLICT',
      `${patient.firstName} ${patient.lastName} is archived. Restore the patient to record a visit.`,
    );
  }
  return patient;
}

function assertNotInFuture(ctx: CoreContext, date: string, path: (string | number)[]): void {
  const now = today(ctx.clock);
  if (date > now) {
    throw fieldError(
      path,
      `A visit cannot be dated in the future: ${readableDate(date)} is after today (${readableDate(now)}).`,
    );
  }
}

/** The plan a visit refers to must be one of this patient's issued versions. */
function planOf(
  ctx: CoreContext,
  patientId: string,
  planVersionId: string | null,
  path: (string | number)[],
) {
  if (planVersionId === null) return { planId: null, planVersionId: null };
  const version = readPlanVersion(ctx.db, planVersionId);
  if (!version || version.patientId !== patientId) {
    throw fieldError(
      path,
      'That plan version does not belong to this patient. Choose one of their issued plans.',
    );
  }
  return { planId: version.planId, planVersionId: version.id };
}

function requireVisit(ctx: CoreContext, id: string): VisitRow {
  const row = readVisitRow(ctx.db, id);
  if (!row) throw notFound('This visit');
  return row;
}

export function getVisit(ctx: CoreContext, id: string): Visit {
  return assembleVisit(ctx, requireVisit(ctx, id));
}

/**
 * A new visit prefilled from the plan in force: its clinic items (assessments, manual therapy,
 * modalities) and its exercise grid. Taping or an orthosis fitted at the visit is added by hand.
 */
export function startVisit(ctx: CoreContext, patientId: string): VisitStart {
  activePatient(ctx, patientId, ['patientId']);
  const now = ctx.clock();
  const day = today(ctx.clock);
  const version = readPlanVersionInForce(ctx.db, patientId);
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

export function createVisit(ctx: CoreContext, draft: VisitDraft): Visit {
  activePatient(ctx, draft.patientId, ['patientId']);
  assertNotInFuture(ctx, draft.date, ['date']);
  const plan = planOf(ctx, draft.patientId, draft.planVersionId, ['planVersionId']);
  const at = ctx.clock().toISOString();
  const id = ctx.newId();
  ctx.db.transaction(() => {
    insertVisitRow(ctx.db, {
      id,
      patientId: draft.patientId,
      ...plan,
      date: draft.date,
      time: draft.time,
      soap: draft.soap,
      archived: false,
      archivedReason: '',
      revision: 1,
      createdAt: at,
      updatedAt: at,
    });
    const parts = { ctx, visitId: id, patientId: draft.patientId, at };
    syncTreatments(parts, [], draft.treatments);
    syncOutcomes(parts, [], draft.outcomes);
    syncAdherence(parts, draft.adherence);
    recordAudit(ctx.db, ctx.clock, {
      entity: 'visit',
      entityId: id,
      patientId: draft.patientId,
      action: 'create',
      fields: filledSections(draft),
    });
  })();
  return getVisit(ctx, id);
}

function filledSections(draft: VisitDraft): AmendableField[] {
  const fields: AmendableField[] = ['date', 'time'];
  if (draft.planVersionId !== null) fields.push('planVersionId');
  for (const field of soapFields) if (draft.soap[field] !== '') fields.push(field);
  if (draft.treatments.length > 0) fields.push('treatments');
  if (draft.outcomes.length > 0) fields.push('outcomes');
  if (draft.adherence.length > 0) fields.push('adherence');
  return fields;
}

/** Each amendable section in a comparable form (ids left out: they are not content). */
function sections(source: Visit | VisitDraft): Record<AmendableField, unknown> {
  return {
    date: source.date,
    time: source.time,
    planVersionId: source.planVersionId,
    subjective: source.soap.subjective,
    objective: source.soap.objective,
    assessment: source.soap.assessment,
    plan: source.soap.plan,
    treatments: source.treatments.map(
      ({ planItemId, title, kind, parameters, findings, notes }) => ({
        planItemId,
        title,
        kind,
        parameters,
        findings,
        notes,
      }),
    ),
    outcomes: source.outcomes.map(({ form, note }) => ({ form, note })),
    adherence: [...source.adherence].sort((a, b) => a.weekStart.localeCompare(b.weekStart)),
  };
}

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function updateVisit(
  ctx: CoreContext,
  args: { id: string; revision: number; draft: VisitDraft; amendmentReason: string },
): Visit {
  const row = requireVisit(ctx, args.id);
  if (row.archived)
    throw new AppError('CONFLICT', 'This visit is archived and can no longer be changed.');
  if (row.revision !== args.revision) throw new AppError('CONFLICT', STALE);
  const { draft } = args;
  if (draft.patientId !== row.patientId) {
    throw fieldError(
      ['draft', 'patientId'],
      'A visit cannot be moved to another patient. Archive it and record it again.',
    );
  }
  assertNotInFuture(ctx, draft.date, ['draft', 'date']);
  const plan = planOf(ctx, row.patientId, draft.planVersionId, ['draft', 'planVersionId']);

  const current = assembleVisit(ctx, row);
  const before = sections(current);
  const after = sections(draft);
  const changed = (Object.keys(after) as AmendableField[]).filter(
    (field) => stable(before[field]) !== stable(after[field]),
  );
  if (changed.length === 0) return current;

  const locked = isLocked(ctx, row.date);
  if (locked && args.amendmentReason === '') {
    throw fieldError(
      ['amendmentReason'],
      `This visit on ${readableDate(row.date)} is part of the clinical record. Give a reason for the amendment; the original stays visible.`,
    );
  }
  const at = ctx.clock().toISOString();
  ctx.db.transaction(() => {
    const saved = updateVisitRow(
      ctx.db,
      {
        id: row.id,
        patientId: row.patientId,
        ...plan,
        date: draft.date,
        time: draft.time,
        soap: draft.soap,
        revision: row.revision + 1,
        updatedAt: at,
      },
      args.revision,
    );
    if (!saved) throw new AppError('CONFLICT', STALE);
    const parts = { ctx, visitId: row.id, patientId: row.patientId, at };
    if (changed.includes('treatments')) syncTreatments(parts, current.treatments, draft.treatments);
    if (changed.includes('outcomes')) syncOutcomes(parts, current.outcomes, draft.outcomes);
    if (changed.includes('adherence')) syncAdherence(parts, draft.adherence, { replace: true });
    if (locked) {
      for (const field of changed) {
        insertAmendment(ctx.db, {
          id: ctx.newId(),
          visitId: row.id,
          field,
          previous: before[field],
          next: after[field],
          reason: args.amendmentReason,
          amendedAt: at,
        });
      }
    }
    recordAudit(ctx.db, ctx.clock, {
      entity: 'visit',
      entityId: row.id,
      patientId: row.patientId,
      action: locked ? 'amend' : 'update',
      fields: changed,
    });
  })();
  return getVisit(ctx, row.id);
}

export function archiveVisit(
  ctx: CoreContext,
  args: { id: string; revision: number; reason: string },
): Visit {
  const row = requireVisit(ctx, args.id);
  if (row.archived) throw new AppError('CONFLICT', 'This visit is already archived.');
  if (row.revision !== args.revision) throw new AppError('CONFLICT', STALE);
  ctx.db.transaction(() => {
    const done = archiveVisitRow(ctx.db, {
      id: row.id,
      reason: args.reason,
      updatedAt: ctx.clock().toISOString(),
      expectedRevision: args.revision,
    });
    if (!done) throw new AppError('CONFLICT', STALE);
    recordAudit(ctx.db, ctx.clock, {
      entity: 'visit',
      entityId: row.id,
      patientId: row.patientId,
      action: 'archive',
      fields: ['archived'],
    });
  })();
  return getVisit(ctx, row.id);
}
