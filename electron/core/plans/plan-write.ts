// Every change to a plan goes through `writePlan`: one transaction that checks the revision
// the clinician's window was based on, makes the change, raises the revision and audits it.
import { STALE_PLAN_MESSAGE, type Plan } from '../../../shared/domain/plan';
import { recordAudit, type AuditAction } from '../audit/audit-log';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import { bumpRevision, readPlan, readPlanRow, type PlanRow } from './plans-repository';

export { STALE_PLAN_MESSAGE };

export function getPlan(ctx: CoreContext, id: string): Plan {
  const plan = readPlan(ctx.db, id);
  if (!plan) throw notFound('The plan');
  return plan;
}

export function existingPlanRow(ctx: CoreContext, id: string): PlanRow {
  const row = readPlanRow(ctx.db, id);
  if (!row) throw notFound('The plan');
  return row;
}

/** Which plan a change is for, and the revision the clinician's window was based on. */
export interface PlanRef {
  planId: string;
  revision: number;
}

/** The patient of a plan; templates have none, so `what` they lack is refused. */
export function requirePatientPlan(ctx: CoreContext, planId: string, what: string): string {
  const row = existingPlanRow(ctx, planId);
  if (row.patient_id === null) {
    throw new AppError('VALIDATION', `A template has no ${what}; open a patient's plan for that.`);
  }
  return row.patient_id;
}

export interface PlanWrite {
  planId: string;
  revision: number;
  /** Names of what changed, for the audit log (never the clinical text). */
  fields: readonly string[];
  action?: AuditAction;
  /** Built-in protocols are read-only; a few writes (none today) may be allowed on them. */
  allowBuiltIn?: boolean;
}

/**
 * Runs `change` inside one transaction after checking the revision; any failure rolls the
 * whole change back, so nothing is ever half-saved.
 */
export function writePlan<T>(
  ctx: CoreContext,
  write: PlanWrite,
  change: (row: PlanRow, now: string) => T,
): T {
  return ctx.db.transaction(() => {
    const row = existingPlanRow(ctx, write.planId);
    if (row.built_in_key !== null && !write.allowBuiltIn) {
      throw new AppError(
        'CONFLICT',
        `“${row.title}” is a built-in protocol and can't be changed. Start a plan from it, or save that plan as your own template.`,
      );
    }
    const now = ctx.clock().toISOString();
    if (!bumpRevision(ctx.db, row.id, write.revision, now)) {
      throw new AppError('CONFLICT', STALE_PLAN_MESSAGE);
    }
    const result = change({ ...row, revision: row.revision + 1 }, now);
    recordAudit(ctx.db, ctx.clock, {
      entity: 'plan',
      entityId: row.id,
      patientId: row.patient_id,
      action: write.action ?? 'update',
      fields: write.fields,
    });
    return result;
  })();
}
