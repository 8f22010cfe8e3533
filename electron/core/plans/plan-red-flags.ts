// Red flags on a patient's plan: recorded, then acknowledged with the clinician's decision.
// An open red flag blocks issuing the plan (see plan-versions.ts).
import type { Plan, RedFlagType } from '../../../shared/domain/plan';
import type { CoreContext } from '../context';
import { fieldError, notFound } from '../errors';
import { acknowledgeRedFlagRow, insertRedFlag, readPlan } from './plans-repository';
import { getPlan, requirePatientPlan, writePlan, type PlanRef } from './plan-write';

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
