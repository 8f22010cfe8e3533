// Red flags on a patient's plan: recorded by the clinician or raised by a visit's findings,
// then given the clinician's decision, which decides what a patient may take home
// (shared/safety). An undecided flag blocks issuing and every home-sheet print.
import type { Plan, RedFlag, RedFlagType } from '../../../shared/domain/plan';
import { redFlagBlockMessage } from '../../../shared/safety/red-flag-gate';
import {
  decisionAllowed,
  redFlagLabels,
  type RedFlagDecision,
} from '../../../shared/safety/red-flag-types';
import type { CoreContext } from '../context';
import { AppError, fieldError, notFound } from '../errors';
import { decideRedFlagRow, insertRedFlag, readPlan, readRedFlags } from './plans-repository';
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
      visitId: null,
    });
  });
  return getPlan(ctx, input.planId);
}

export function acknowledgeRedFlag(
  ctx: CoreContext,
  input: PlanRef & { redFlagId: string; decision: RedFlagDecision; acknowledgement: string },
): Plan {
  writePlan(ctx, { ...input, fields: ['redFlags'] }, (row, now) => {
    const flag = readPlan(ctx.db, row.id)?.redFlags.find((f) => f.id === input.redFlagId);
    if (!flag) throw notFound('The red flag');
    if (!decisionAllowed(flag.type, input.decision)) {
      throw fieldError(
        ['decision'],
        `That decision is not one offered for ${redFlagLabels[flag.type].toLowerCase()}. Choose one from the list.`,
      );
    }
    decideRedFlagRow(ctx.db, {
      id: flag.id,
      decision: input.decision,
      acknowledgement: input.acknowledgement,
      at: now,
    });
  });
  return getPlan(ctx, input.planId);
}

/** The one red-flag check for issuing and for every home-sheet print: one code, one message. */
export function assertNoUndecidedRedFlag(
  flags: readonly RedFlag[],
  action: 'issue' | 'print',
): void {
  const message = redFlagBlockMessage(flags, action);
  if (message) throw new AppError('RED_FLAG', message, [{ path: ['redFlags'], message }]);
}

/** Every red flag of a plan as it stands now (a print decides from these, not the snapshot). */
export function planRedFlags(ctx: CoreContext, planId: string): RedFlag[] {
  return readRedFlags(ctx.db, planId);
}
