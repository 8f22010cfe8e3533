// Issued plan versions as other domains see them: visits refer to the version in force, PDFs
// print a version and list a plan's versions. Read-only: versions never change.
import type { PlanVersionSummary } from '../../../shared/domain/plan';
import type { CoreContext } from '../context';
import {
  readVersionHistory,
  readVersionRef,
  readVersionRefInForce,
  readVersionRefs,
  type PlanVersionRef,
} from './plan-versions-repository';

export function findIssuedVersion(ctx: CoreContext, id: string): PlanVersionRef | undefined {
  return readVersionRef(ctx.db, id);
}

export function issuedVersionsById(
  ctx: CoreContext,
  ids: readonly string[],
): Map<string, PlanVersionRef> {
  return readVersionRefs(ctx.db, ids);
}

/** The latest issued version of the patient's active plan, if there is one. */
export function issuedVersionInForce(
  ctx: CoreContext,
  patientId: string,
): PlanVersionRef | undefined {
  return readVersionRefInForce(ctx.db, patientId);
}

/** Every issued version of a plan, oldest first, with the item count stored at issue. */
export function issuedVersionList(ctx: CoreContext, planId: string): PlanVersionSummary[] {
  return readVersionHistory(ctx.db, planId).versions;
}
