// Plans: create (empty or from a template), title and condition, status (one active plan per
// patient), archive, goals, phases and red flags. Items are in plan-items.ts, versions in
// plan-versions.ts, templates in templates.ts.
import type {
  GoalDraft,
  Plan,
  PlanStatus,
  PlanSummary,
  RedFlagType,
} from '../../../shared/domain/plan';
import { planSummarySchema } from '../../../shared/domain/plan';
import type { CoreContext } from '../context';
import { AppError, fieldError, notFound } from '../errors';
import { getPatient } from '../patients/patients-service';
import { existingPlanRow, getPlan, writePlan } from './plan-write';
import {
  acknowledgeRedFlagRow,
  activePlanOf,
  bumpRevision,
  deletePhase,
  insertPhase,
  insertPlan,
  insertRedFlag,
  itemIdsInPhase,
  phaseIds,
  readPlan,
  renumberPhases,
  setPlanArchived,
  setPlanGoals,
  setPlanStatus,
  toVersionSummary,
  updatePhaseRow,
  updatePlanFields,
} from './plans-repository';
import { recordAudit } from '../audit/audit-log';
import { copyTemplateInto } from './templates';

interface PlanRef {
  planId: string;
  revision: number;
}

function requirePatientPlan(ctx: CoreContext, planId: string, what: string): string {
  const row = existingPlanRow(ctx, planId);
  if (row.patient_id === null) {
    throw new AppError('VALIDATION', `A template has no ${what}; open a patient's plan for that.`);
  }
  return row.patient_id;
}

export function listPlansForPatient(
  ctx: CoreContext,
  patientId: string,
  includeArchived: boolean,
): PlanSummary[] {
  getPatient(ctx, patientId);
  const rows = ctx.db
    .prepare(
      `SELECT p.id, p.patient_id, p.title, p.condition, p.status, p.archived, p.updated_at,
         (SELECT count(*) FROM plan_items i WHERE i.plan_id = p.id AND i.removed_at IS NULL)
           AS item_count
       FROM plans p WHERE p.patient_id = @patientId AND (@includeArchived OR p.archived = 0)
       ORDER BY CASE p.status WHEN 'active' THEN 0 WHEN 'draft' THEN 1 ELSE 2 END,
         p.updated_at DESC`,
    )
    .all({ patientId, includeArchived: includeArchived ? 1 : 0 }) as {
    id: string;
    patient_id: string;
    title: string;
    condition: string;
    status: PlanStatus;
    archived: number;
    updated_at: string;
    item_count: number;
  }[];
  const latest = ctx.db.prepare(
    `SELECT id, plan_id, version_number, issued_at, item_count, plan_revision FROM plan_versions
     WHERE plan_id = @planId ORDER BY version_number DESC LIMIT 1`,
  );
  return rows.map((r) => {
    const version: unknown = latest.get({ planId: r.id });
    return planSummarySchema.parse({
      id: r.id,
      patientId: r.patient_id,
      title: r.title,
      condition: r.condition,
      status: r.status,
      itemCount: r.item_count,
      latestVersion: version === undefined ? null : toVersionSummary(version),
      archived: r.archived === 1,
      updatedAt: r.updated_at,
    });
  });
}

export function createPlan(
  ctx: CoreContext,
  input: { patientId: string; title?: string; condition?: string; templateId?: string },
): Plan {
  const patient = getPatient(ctx, input.patientId);
  if (patient.archived) {
    throw new AppError(
      'VALIDATION',
      `${patient.firstName} ${patient.lastName} is archived. Restore the patient before starting a plan.`,
    );
  }
  const id = ctx.newId();
  ctx.db.transaction(() => {
    const now = ctx.clock().toISOString();
    const status: PlanStatus = activePlanOf(ctx.db, patient.id) ? 'draft' : 'active';
    const base = {
      id,
      patientId: patient.id,
      description: '',
      status,
      builtInKey: null,
      contentVersion: 0,
      now,
    };
    if (input.templateId === undefined) {
      insertPlan(ctx.db, {
        ...base,
        title: input.title ?? 'Treatment plan',
        condition: input.condition ?? patient.conditions[0] ?? '',
        goals: [],
      });
      insertPhase(ctx.db, {
        id: ctx.newId(),
        planId: id,
        position: 0,
        title: 'Phase 1',
        description: '',
      });
    } else {
      copyTemplateInto(ctx, input.templateId, {
        ...base,
        title: input.title,
        condition: input.condition,
      });
    }
    recordAudit(ctx.db, ctx.clock, {
      entity: 'plan',
      entityId: id,
      patientId: patient.id,
      action: 'create',
      fields: input.templateId === undefined ? [] : ['template'],
    });
  })();
  return getPlan(ctx, id);
}

export function updatePlan(
  ctx: CoreContext,
  input: PlanRef & { title: string; condition: string; description: string },
): Plan {
  writePlan(ctx, { ...input, fields: ['title', 'condition', 'description'] }, (row) => {
    updatePlanFields(ctx.db, row.id, {
      title: input.title,
      condition: input.condition,
      description: row.patient_id === null ? input.description : '',
    });
  });
  return getPlan(ctx, input.planId);
}

export function setStatus(ctx: CoreContext, input: PlanRef & { status: PlanStatus }): Plan {
  const patientId = requirePatientPlan(ctx, input.planId, 'status');
  writePlan(ctx, { ...input, fields: ['status'] }, (row, now) => {
    if (row.archived === 1 && input.status === 'active') {
      throw new AppError(
        'VALIDATION',
        'This plan is archived. Restore it before making it active.',
      );
    }
    if (input.status === 'active') completeOtherActivePlan(ctx, patientId, row.id, now);
    setPlanStatus(ctx.db, row.id, input.status);
  });
  return getPlan(ctx, input.planId);
}

/** One active plan per patient: activating one completes the other (its own revision moves). */
export function completeOtherActivePlan(
  ctx: CoreContext,
  patientId: string,
  planId: string,
  now: string,
): void {
  const other = activePlanOf(ctx.db, patientId);
  if (!other || other.id === planId) return;
  bumpRevision(ctx.db, other.id, other.revision, now);
  setPlanStatus(ctx.db, other.id, 'completed');
  recordAudit(ctx.db, ctx.clock, {
    entity: 'plan',
    entityId: other.id,
    patientId,
    action: 'update',
    fields: ['status'],
  });
}

export function setArchived(ctx: CoreContext, input: PlanRef, archived: boolean): Plan {
  writePlan(
    ctx,
    { ...input, fields: ['archived'], action: archived ? 'archive' : 'restore' },
    (row) => {
      setPlanArchived(ctx.db, row.id, archived);
      // An archived plan cannot stay the patient's active plan.
      if (archived && row.status === 'active') setPlanStatus(ctx.db, row.id, 'completed');
    },
  );
  return getPlan(ctx, input.planId);
}

export function setGoals(ctx: CoreContext, input: PlanRef & { goals: readonly GoalDraft[] }): Plan {
  writePlan(ctx, { ...input, fields: ['goals'] }, (row) => {
    const known = new Set(readPlan(ctx.db, row.id)?.goals.map((g) => g.id));
    const goals = input.goals.map((g) => ({
      id: g.id !== undefined && known.has(g.id) ? g.id : ctx.newId(),
      description: g.description,
      target: g.target,
      targetDate: g.targetDate,
    }));
    setPlanGoals(ctx.db, row.id, goals);
  });
  return getPlan(ctx, input.planId);
}

// ---------- phases ----------

function requirePhase(ctx: CoreContext, planId: string, phaseId: string): string[] {
  const ids = phaseIds(ctx.db, planId);
  if (!ids.includes(phaseId)) throw notFound('The phase');
  return ids;
}

export function addPhase(
  ctx: CoreContext,
  input: PlanRef & { title: string; description: string; index?: number },
): Plan {
  writePlan(ctx, { ...input, fields: ['phases'] }, (row) => {
    const ids = phaseIds(ctx.db, row.id);
    if (ids.length >= 12) throw new AppError('VALIDATION', 'A plan can have at most 12 phases.');
    const id = ctx.newId();
    insertPhase(ctx.db, {
      id,
      planId: row.id,
      position: ids.length,
      title: input.title,
      description: input.description,
    });
    ids.splice(Math.min(input.index ?? ids.length, ids.length), 0, id);
    renumberPhases(ctx.db, ids);
  });
  return getPlan(ctx, input.planId);
}

export function updatePhase(
  ctx: CoreContext,
  input: PlanRef & { phaseId: string; title: string; description: string },
): Plan {
  writePlan(ctx, { ...input, fields: ['phases'] }, (row) => {
    requirePhase(ctx, row.id, input.phaseId);
    updatePhaseRow(ctx.db, input.phaseId, { title: input.title, description: input.description });
  });
  return getPlan(ctx, input.planId);
}

export function movePhase(
  ctx: CoreContext,
  input: PlanRef & { phaseId: string; index: number },
): Plan {
  writePlan(ctx, { ...input, fields: ['phases'] }, (row) => {
    const ids = requirePhase(ctx, row.id, input.phaseId).filter((id) => id !== input.phaseId);
    ids.splice(Math.min(input.index, ids.length), 0, input.phaseId);
    renumberPhases(ctx.db, ids);
  });
  return getPlan(ctx, input.planId);
}

export function removePhase(ctx: CoreContext, input: PlanRef & { phaseId: string }): Plan {
  writePlan(ctx, { ...input, fields: ['phases'] }, (row) => {
    const ids = requirePhase(ctx, row.id, input.phaseId);
    if (ids.length === 1) throw new AppError('VALIDATION', 'A plan needs at least one phase.');
    const items = itemIdsInPhase(ctx.db, input.phaseId).length;
    if (items > 0) {
      throw new AppError(
        'VALIDATION',
        `This phase still has ${items === 1 ? '1 item' : `${items} items`}. Move or remove them first.`,
      );
    }
    deletePhase(ctx.db, input.phaseId);
    renumberPhases(
      ctx.db,
      ids.filter((id) => id !== input.phaseId),
    );
  });
  return getPlan(ctx, input.planId);
}

// ---------- red flags ----------

export function recordRedFlag(
  ctx: CoreContext,
  input: PlanRef & { type: RedFlagType; note: string },
): Plan {
  requirePatientPlan(ctx, input.planId, 'red flags');
  writePlan(ctx, { ...input, fields: ['redFlags'] }, (row, now) => {
    insertRedFlag(ctx.db, {
      id: ctx.newId(),
      planId: row.id,
      type: input.type,
      note: input.note,
      recordedAt: now,
    });
  });
  return getPlan(ctx, input.planId);
}

export function acknowledgeRedFlag(
  ctx: CoreContext,
  input: PlanRef & { redFlagId: string; acknowledgement: string },
): Plan {
  writePlan(ctx, { ...input, fields: ['redFlags'] }, (row, now) => {
    const flag = readPlan(ctx.db, row.id)?.redFlags.find((f) => f.id === input.redFlagId);
    if (!flag) throw notFound('The red flag');
    if (flag.acknowledgedAt !== null) {
      throw fieldError(['redFlagId'], 'This red flag was already acknowledged.');
    }
    acknowledgeRedFlagRow(ctx.db, flag.id, input.acknowledgement, now);
  });
  return getPlan(ctx, input.planId);
}
