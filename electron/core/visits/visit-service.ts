// Recording visits: create, edit on the day, amend with a reason afterwards, archive with a
// reason. Every change is audited in the same transaction. A new visit's form is visit-start.ts.
import { recordAudit } from '../audit/audit-log';
import type { CoreContext } from '../context';
import { AppError, fieldError, notFound } from '../errors';
import { type Visit, type VisitDraft } from '../../../shared/domain/visit';
import { localDate, readableDate, today } from './clinic-day';
import type { Patient } from '../../../shared/domain/patient';
import { findPatient } from '../patients/patients-service';
import { findIssuedVersion, issuedVersionList } from '../plans/issued-versions';
import { assembleVisit, isLocked } from './visit-assembly';
import { changedSections, filledSections, sections } from './visit-sections';
import { syncAdherence, syncOutcomes, syncTreatments } from './visit-parts';
import { EMPTY_LOAD_MONITORING, writeLoadMonitoring } from './load-monitoring-repository';
import { raiseRedFlagsFromVisit } from '../plans/red-flags-from-visit';
import { deleteDraft } from './visit-drafts-repository';
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

export function activePatient(
  ctx: CoreContext,
  patientId: string,
  path: (string | number)[],
): Patient {
  const patient = findPatient(ctx, patientId);
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

/**
 * The plan a visit refers to must be one of this patient's issued versions, and one that had
 * been issued by the visit's date: a visit recorded late for an earlier day refers to the
 * version in force that day (none, if the plan was first issued after it).
 */
function planOf(
  ctx: CoreContext,
  patientId: string,
  visit: { planVersionId: string | null; date: string },
  path: (string | number)[],
) {
  if (visit.planVersionId === null) return { planId: null, planVersionId: null };
  const version = findIssuedVersion(ctx, visit.planVersionId);
  if (!version || version.patientId !== patientId) {
    throw fieldError(
      path,
      'That plan version does not belong to this patient. Choose one of their issued plans.',
    );
  }
  const issued = issuedVersionList(ctx, version.planId).filter(
    (v) => localDate(new Date(v.issuedAt)) <= visit.date,
  );
  if (issued.some((v) => v.id === version.id)) {
    return { planId: version.planId, planVersionId: version.id };
  }
  const inForce = issued.at(-1);
  return inForce
    ? { planId: version.planId, planVersionId: inForce.id }
    : { planId: null, planVersionId: null };
}

function requireVisit(ctx: CoreContext, id: string): VisitRow {
  const row = readVisitRow(ctx.db, id);
  if (!row) throw notFound('This visit');
  return row;
}

export function getVisit(ctx: CoreContext, id: string): Visit {
  return assembleVisit(ctx, requireVisit(ctx, id));
}

export function createVisit(ctx: CoreContext, draft: VisitDraft): Visit {
  activePatient(ctx, draft.patientId, ['patientId']);
  assertNotInFuture(ctx, draft.date, ['date']);
  const plan = planOf(ctx, draft.patientId, draft, ['planVersionId']);
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
    if (draft.painMonitoring !== undefined || draft.running !== undefined) {
      writeLoadMonitoring(ctx.db, id, {
        painMonitoring: draft.painMonitoring ?? EMPTY_LOAD_MONITORING.painMonitoring,
        running: draft.running ?? EMPTY_LOAD_MONITORING.running,
      });
    }
    raiseRedFlagsFromVisit(ctx, {
      ...plan,
      id,
      patientId: draft.patientId,
      date: draft.date,
      treatments: draft.treatments,
      at,
    });
    // The note is in the record now: its autosaved draft goes with the same commit.
    deleteDraft(ctx.db, { patientId: draft.patientId, visitId: null });
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

export function updateVisit(
  ctx: CoreContext,
  args: { id: string; revision: number; draft: VisitDraft; amendmentReason: string },
): Visit {
  const row = requireVisit(ctx, args.id);
  if (row.archived)
    throw new AppError('CONFLICT', 'This visit is archived and can no longer be changed.');
  if (row.revision !== args.revision) throw new AppError('CONFLICT', STALE);
  if (args.draft.patientId !== row.patientId) {
    throw fieldError(
      ['draft', 'patientId'],
      'A visit cannot be moved to another patient. Archive it and record it again.',
    );
  }
  assertNotInFuture(ctx, args.draft.date, ['draft', 'date']);
  const plan = planOf(ctx, row.patientId, args.draft, ['draft', 'planVersionId']);

  const current = assembleVisit(ctx, row);
  // A caller that leaves out pain monitoring or running keeps what the visit has.
  const draft: VisitDraft = {
    ...args.draft,
    painMonitoring: args.draft.painMonitoring ?? current.painMonitoring,
    running: args.draft.running ?? current.running,
  };
  const before = sections(current);
  const after = sections(draft);
  const changed = changedSections(before, after);
  if (changed.length === 0) {
    deleteDraft(ctx.db, { patientId: row.patientId, visitId: row.id });
    return current;
  }

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
    if (changed.includes('treatments')) {
      syncTreatments(parts, current.treatments, draft.treatments);
      raiseRedFlagsFromVisit(ctx, {
        ...plan,
        id: row.id,
        patientId: row.patientId,
        date: draft.date,
        treatments: draft.treatments,
        at,
      });
    }
    if (changed.includes('outcomes')) syncOutcomes(parts, current.outcomes, draft.outcomes);
    if (changed.includes('adherence')) syncAdherence(parts, draft.adherence, { replace: true });
    if (changed.includes('painMonitoring') || changed.includes('running')) {
      writeLoadMonitoring(ctx.db, row.id, {
        painMonitoring: draft.painMonitoring ?? EMPTY_LOAD_MONITORING.painMonitoring,
        running: draft.running ?? EMPTY_LOAD_MONITORING.running,
      });
    }
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
    deleteDraft(ctx.db, { patientId: row.patientId, visitId: row.id });
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
