// Issued versions: "Issue plan" freezes the plan as a numbered, dated snapshot that PDFs and
// visits refer to. Versions are never changed (a trigger refuses it).
import {
  planVersionSnapshotSchema,
  redFlagTypes,
  type Plan,
  type PlanVersionSnapshot,
  type PlanVersionSummary,
} from '../../../shared/domain/plan';
import { diffPlanVersions, type PlanDiff } from '../../../shared/plans/plan-diff';
import { recordAudit } from '../audit/audit-log';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import { getPatient } from '../patients/patients-service';
import { existingPlanRow, getPlan, writePlan } from './plan-write';
import { readPlan, setPlanStatus, toVersionSummary } from './plans-repository';
import { completeOtherActivePlan } from './plans-service';

export function redFlagBlockMessage(plan: Plan): string | null {
  const open = plan.redFlags.filter((f) => f.acknowledgedAt === null);
  if (open.length === 0) return null;
  const names = open.map((f) => redFlagTypes[f.type].toLowerCase()).join(', ');
  return `This plan can't be issued while a red flag is open: ${names}. A home sheet must not go out until you have reviewed it. Acknowledge the red flag with what you decided (for example referred for imaging, or cleared), then issue the plan.`;
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
  writePlan(ctx, { ...input, fields: ['versions'], action: 'issue' }, (current, now) => {
    // Read inside the transaction, after the revision check: this is exactly what is frozen.
    const plan = readPlan(ctx.db, current.id);
    if (!plan) throw notFound('The plan');
    if (plan.archived)
      throw new AppError('VALIDATION', 'This plan is archived. Restore it before issuing it.');
    const blocked = redFlagBlockMessage(plan);
    if (blocked)
      throw new AppError('VALIDATION', blocked, [{ path: ['redFlags'], message: blocked }]);
    const itemCount = plan.phases.reduce((n, p) => n + p.items.length, 0);
    if (itemCount === 0) {
      throw new AppError(
        'VALIDATION',
        'This plan has no items yet. Add at least one before issuing it.',
      );
    }
    const patient = getPatient(ctx, patientId);
    const versionNumber = (plan.versions.at(-1)?.versionNumber ?? 0) + 1;
    const snapshot: PlanVersionSnapshot = planVersionSnapshotSchema.parse({
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
      redFlags: plan.redFlags,
    });
    ctx.db
      .prepare(
        `INSERT INTO plan_versions (id, plan_id, version_number, issued_at, snapshot, item_count,
           plan_revision)
         VALUES (@id, @planId, @versionNumber, @issuedAt, @snapshot, @itemCount, @planRevision)`,
      )
      .run({
        id: versionId,
        planId: plan.id,
        versionNumber,
        issuedAt: now,
        snapshot: JSON.stringify(snapshot),
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
  });
  const plan = getPlan(ctx, input.planId);
  const version = plan.versions.find((v) => v.id === versionId);
  if (!version) throw new AppError('INTERNAL', 'The issued version could not be read back.');
  return { plan, version };
}

export function listVersions(ctx: CoreContext, planId: string): PlanVersionSummary[] {
  existingPlanRow(ctx, planId);
  return ctx.db
    .prepare(
      `SELECT id, plan_id, version_number, issued_at, item_count, plan_revision
       FROM plan_versions WHERE plan_id = @planId ORDER BY version_number`,
    )
    .all({ planId })
    .map(toVersionSummary);
}

function readVersion(
  ctx: CoreContext,
  where: string,
  params: Record<string, unknown>,
): { version: PlanVersionSummary; snapshot: PlanVersionSnapshot } | null {
  const row = ctx.db
    .prepare(
      `SELECT id, plan_id, version_number, issued_at, item_count, plan_revision, snapshot
       FROM plan_versions WHERE ${where}`,
    )
    .get(params) as { snapshot: string } | undefined;
  if (!row) return null;
  return {
    version: toVersionSummary(row),
    snapshot: planVersionSnapshotSchema.parse(JSON.parse(row.snapshot)),
  };
}

export function getVersion(
  ctx: CoreContext,
  versionId: string,
): { version: PlanVersionSummary; snapshot: PlanVersionSnapshot } {
  const found = readVersion(ctx, 'id = @versionId', { versionId });
  if (!found) throw notFound('The plan version');
  return found;
}

export function diffVersions(
  ctx: CoreContext,
  input: { planId: string; fromVersion: number; toVersion: number },
): PlanDiff {
  existingPlanRow(ctx, input.planId);
  const load = (versionNumber: number) => {
    const found = readVersion(ctx, 'plan_id = @planId AND version_number = @versionNumber', {
      planId: input.planId,
      versionNumber,
    });
    if (!found) throw notFound(`Version ${versionNumber} of this plan`);
    return found.snapshot;
  };
  return diffPlanVersions(load(input.fromVersion), load(input.toVersion));
}
