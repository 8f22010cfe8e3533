// Reads what a printed document needs straight from plan_versions (migration 0003): the frozen
// snapshot of one version and the list of a plan's versions. Read-only: versions never change.
import type Database from 'better-sqlite3';
import type { ImageRef } from '../../../shared/domain/common';
import {
  planVersionSummarySchema,
  type PlanVersionSnapshot,
  type PlanVersionSummary,
} from '../../../shared/domain/plan';
import { notFound } from '../errors';
import { readStoredVersion } from '../plans/plan-versions-repository';
import type { ImageLoader } from './clinic-header';

export interface StoredPlanVersion {
  id: string;
  snapshot: PlanVersionSnapshot;
}

export function readPlanVersion(db: Database.Database, id: string): StoredPlanVersion {
  const stored = readStoredVersion(db, { id });
  if (!stored) throw notFound('This plan version');
  return { id, snapshot: stored.snapshot };
}

/** Every issued version of a plan, oldest first, with its item count (counted in SQL). */
export function listPlanVersions(db: Database.Database, planId: string): PlanVersionSummary[] {
  const rows = db
    .prepare(
      `SELECT v.id, v.plan_id AS planId, v.version_number AS versionNumber, v.issued_at AS issuedAt,
         (SELECT count(*) FROM json_each(v.snapshot, '$.phases') AS phase,
            json_each(phase.value, '$.items')) AS itemCount
       FROM plan_versions v WHERE v.plan_id = @planId ORDER BY v.version_number`,
    )
    .all({ planId });
  return rows.map((row) => planVersionSummarySchema.parse(row));
}

/** Image bytes by reference; a missing image prints as no image rather than failing the print. */
export function imageLoader(db: Database.Database): ImageLoader {
  const statement = db.prepare('SELECT data FROM images WHERE sha256 = ?');
  return (ref: ImageRef) => {
    const row = statement.get(ref.sha256) as { data: Buffer } | undefined;
    return row?.data;
  };
}
