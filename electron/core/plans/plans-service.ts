// Plans: list, create (empty or from a template), title and condition, status (one active plan
// per patient), archive and goals. Phases, items, red flags, versions and templates have their
// own modules (plan-phases.ts, plan-items.ts, plan-red-flags.ts, plan-versions.ts, templates.ts).
import type { GoalDraft, Plan, PlanList, PlanStatus } from '../../../shared/domain/plan';
import { planSummarySchema } from '../../../shared/domain/plan';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { getPatient } from '../patients/patients-service';
import { getPlan, requirePatientPlan, writePlan, type PlanRef } from './plan-write';
import {
  activePlanOf,
  bumpRevision,
  insertPlan,
  listPatientPlanRows,
  readPlan,
  setPlanArchived,
  setPlanGoals,
  setPlanStatus,
  updatePlanFields,
} from './plans-repository';
import { insertPhase } from './plan-phases-repository';
import { latestVersionReader } from './plan-versions-repository';
import { recordAudit } from '../audit/audit-log';
import { copyTemplateInto } from './templates';
import { UnreadableRows } from '../read-around';

export function listPlansForPatient(
  ctx: CoreContext,
  patientId: string,
  includeArchived: boolean,
): PlanList {
  getPatient(ctx, patientId);
  const unreadable = new UnreadableRows(['plan record', 'plan records']);
  const rows = listPatientPlanRows(ctx.db, patientId, includeArchived, unreadable);
  const latestVersion = latestVersionReader(ctx.db);
  const plans = rows.flatMap(
    unreadable.keep((r) =>
      planSummarySchema.parse({
        id: r.id,
        patientId: r.patient_id,
        title: r.title,
        condition: r.condition,
        status: r.status,
        itemCount: r.item_count,
        latestVersion: latestVersion(r.id),
        archived: r.archived === 1,
        updatedAt: r.updated_at,
      }),
    ),
  );
  return { plans, unreadable: unreadable.report(ctx.log, 'the plans of a patient') };
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
