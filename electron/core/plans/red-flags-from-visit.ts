// Positive findings recorded at a visit raise red flags on the patient's plan, linked to the
// visit: a built-in assessment's field raises the type shared/safety maps it to; any other
// field marked "positive is a red flag" raises an "Other" flag naming the finding. Runs inside
// the visit's own transaction, so the visit and its flags are saved together or not at all.
import type { FindingField, Findings } from '../../../shared/domain/parameters';
import type { VisitDraft } from '../../../shared/domain/visit';
import { redFlagForFinding, type RedFlagType } from '../../../shared/safety/red-flag-types';
import { readableDate } from '../../../shared/visits/dates';
import { recordAudit } from '../audit/audit-log';
import type { CoreContext } from '../context';
import { activePlanOf, insertRedFlag, redFlagTypesFromVisit } from './plans-repository';

interface PositiveFinding {
  type: RedFlagType;
  text: string;
}

function isPositive(value: Findings[string] | undefined): string | null {
  if (value === 'positive') return 'positive';
  if (typeof value === 'object') {
    const sides = [
      value.left === 'positive' ? 'left' : null,
      value.right === 'positive' ? 'right' : null,
    ].filter((side) => side !== null);
    return sides.length > 0 ? `positive (${sides.join(' and ')})` : null;
  }
  return null;
}

function builtInKeyOf(ctx: CoreContext, planItemId: string | null): string | null {
  if (planItemId === null) return null;
  const row = ctx.db
    .prepare('SELECT source_built_in_key AS key FROM plan_items WHERE id = ?')
    .get(planItemId) as { key: string | null } | undefined;
  return row?.key ?? null;
}

function positiveFindings(ctx: CoreContext, treatments: VisitDraft['treatments']) {
  const found: PositiveFinding[] = [];
  for (const treatment of treatments) {
    if (treatment.kind !== 'assessment') continue;
    const builtInKey = builtInKeyOf(ctx, treatment.planItemId);
    const fields: FindingField[] = treatment.parameters.fields;
    for (const field of fields) {
      if (field.type !== 'test') continue;
      const result = isPositive(treatment.findings[field.key]);
      if (result === null) continue;
      const type = redFlagForFinding(builtInKey, field.key);
      if (type === null && !field.positiveIsRedFlag) continue;
      found.push({ type: type ?? 'other', text: `${treatment.title}, ${field.label}: ${result}` });
    }
  }
  return found;
}

/**
 * Raises a flag per type found positive at this visit, once: saving the visit again raises
 * none twice. The plan is the one the visit follows, else the patient's active plan.
 */
export function raiseRedFlagsFromVisit(
  ctx: CoreContext,
  visit: {
    id: string;
    patientId: string;
    planId: string | null;
    date: string;
    treatments: VisitDraft['treatments'];
    at: string;
  },
): void {
  const findings = positiveFindings(ctx, visit.treatments);
  if (findings.length === 0) return;
  const planId = visit.planId ?? activePlanOf(ctx.db, visit.patientId)?.id ?? null;
  if (planId === null) return;
  const raised = redFlagTypesFromVisit(ctx.db, planId, visit.id);
  const byType = new Map<RedFlagType, string[]>();
  for (const finding of findings) {
    if (raised.has(finding.type)) continue;
    byType.set(finding.type, [...(byType.get(finding.type) ?? []), finding.text]);
  }
  if (byType.size === 0) return;
  for (const [type, texts] of byType) {
    insertRedFlag(ctx.db, {
      id: ctx.newId(),
      planId,
      type,
      note: `Found at the visit on ${readableDate(visit.date)}: ${texts.join('; ')}.`,
      recordedAt: visit.at,
      visitId: visit.id,
    });
  }
  // Open plan windows see the change (their next write is based on a stale revision).
  ctx.db
    .prepare('UPDATE plans SET revision = revision + 1, updated_at = @at WHERE id = @planId')
    .run({ at: visit.at, planId });
  recordAudit(ctx.db, ctx.clock, {
    entity: 'plan',
    entityId: planId,
    patientId: visit.patientId,
    action: 'update',
    fields: ['redFlags'],
  });
}
