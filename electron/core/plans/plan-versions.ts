// Issued versions: "Issue plan" freezes the plan as a numbered, dated snapshot that PDFs and
// visits refer to. Versions are never changed (a trigger refuses it).
import type { Plan, PlanVersionSnapshot, PlanVersionSummary } from '../../../shared/domain/plan';
import { diffPlanVersions, type PlanDiff } from '../../../shared/plans/plan-diff';
import { stableStringify } from '../../../shared/stable-json';
import { localDate, readableDate } from '../visits/clinic-day';
import { recordAudit } from '../audit/audit-log';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import { getPatient } from '../patients/patients-service';
import { existingPlanRow, writePlan } from './plan-write';
import { assertItemsReviewed } from '../library/library-review';
import { assertNoUndecidedRedFlag } from './plan-red-flags';
import {
  insertVersion,
  readStoredVersion,
  readVersionHistory,
  type StoredVersion,
} from './plan-versions-repository';
import { readPlan, setPlanStatus } from './plans-repository';
import { completeOtherActivePlan } from './plans-service';

/** What a version says, without its number and date: two equal ones are the same plan. */
const contentOf = (snapshot: PlanVersionSnapshot) =>
  stableStringify({ ...snapshot, versionNumber: 0, issuedAt: '' });

/** A new version must differ from the last one issued: an unchanged plan is printed again. */
function assertChangedSinceLastIssue(
  ctx: CoreContext,
  last: PlanVersionSummary | undefined,
  snapshot: PlanVersionSnapshot,
): void {
  if (last === undefined) return;
  const stored = readStoredVersion(ctx.db, { id: last.id });
  if (stored === null || contentOf(stored.snapshot) !== contentOf(snapshot)) return;
  const day = readableDate(localDate(new Date(last.issuedAt)));
  throw new AppError(
    'VALIDATION',
    `Nothing has changed since version ${last.versionNumber} was issued on ${day}. Change the plan first, or print version ${last.versionNumber} again.`,
  );
}

export function issuePlan(
  ctx: CoreContext,
  input: { planId: string; revision: number },
): { plan: Plan; version: PlanVersionSummary } {
  const row = existingPlanRow(ctx, input.planId);
  if (row.patient_id === null) {
    throw new AppError(
      'VALIDATION',
      'A template is not issued. Start a plan from it for a patient.',
    );
  }
  const patientId = row.patient_id;
  const versionId = ctx.newId();
  return writePlan(ctx, { ...input, fields: ['versions'], action: 'issue' }, (current, now) => {
    // Read inside the transaction, after the revision check: this is exactly what is frozen.
    const plan = readPlan(ctx.db, current.id);
    if (!plan) throw notFound('The plan');
    if (plan.archived)
      throw new AppError('VALIDATION', 'This plan is archived. Restore it before issuing it.');
    assertNoUndecidedRedFlag(plan.redFlags, 'issue');
    assertItemsReviewed(
      ctx.db,
      plan.phases.flatMap((p) => p.items),
      'issue',
    );
    const itemCount = plan.phases.reduce((n, p) => n + p.items.length, 0);
    if (itemCount === 0) {
      throw new AppError(
        'VALIDATION',
        'This plan has no items yet. Add at least one before issuing it.',
      );
    }
    const patient = getPatient(ctx, patientId);
    const versionNumber = (plan.versions.at(-1)?.versionNumber ?? 0) + 1;
    // Built from the plan just parsed in this transaction, so its types already hold.
    const snapshot: PlanVersionSnapshot = {
      planId: plan.id,
      versionNumber,
      issuedAt: now,
      patient: {
        id: patient.id,
        firstName: patient.firstName,
        lastName: patient.lastName,
        dateOfBirth: patient.dateOfBirth,
        preferredLanguage: patient.preferredLanguage,
      },
      title: plan.title,
      condition: plan.condition,
      goals: plan.goals,
      phases: plan.phases,
      currentPhaseId: plan.currentPhaseId,
      redFlags: plan.redFlags,
    };
    assertChangedSinceLastIssue(ctx, plan.versions.at(-1), snapshot);
    insertVersion(ctx.db, {
      id: versionId,
      snapshot,
      itemCount,
      planRevision: current.revision,
    });
    // Issuing a draft hands it to the patient: it becomes their active plan.
    if (plan.status === 'draft') {
      completeOtherActivePlan(ctx, patientId, plan.id, now);
      setPlanStatus(ctx.db, plan.id, 'active');
    }
    recordAudit(ctx.db, ctx.clock, {
      entity: 'plan_version',
      entityId: versionId,
      patientId,
      action: 'issue',
    });
    // The plan as it now stands, without reading all its items back a second time.
    const version: PlanVersionSummary = {
      id: versionId,
      planId: plan.id,
      versionNumber,
      issuedAt: now,
      itemCount,
    };
    const issued: Plan = {
      ...plan,
      status: plan.status === 'draft' ? 'active' : plan.status,
      versions: [...plan.versions, version],
      changedSinceIssue: false,
    };
    return { plan: issued, version };
  });
}

export function listVersions(ctx: CoreContext, planId: string): PlanVersionSummary[] {
  existingPlanRow(ctx, planId);
  return readVersionHistory(ctx.db, planId).versions;
}

export function getVersion(ctx: CoreContext, versionId: string): StoredVersion {
  const found = readStoredVersion(ctx.db, { id: versionId });
  if (!found) throw notFound('The plan version');
  return found;
}

export function diffVersions(
  ctx: CoreContext,
  input: { planId: string; fromVersion: number; toVersion: number },
): PlanDiff {
  existingPlanRow(ctx, input.planId);
  const load = (versionNumber: number) => {
    const found = readStoredVersion(ctx.db, { planId: input.planId, versionNumber });
    if (!found) throw notFound(`Version ${versionNumber} of this plan`);
    return found.snapshot;
  };
  return diffPlanVersions(load(input.fromVersion), load(input.toVersion));
}
