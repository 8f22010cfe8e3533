// SQL for issued plan versions (plan_versions, migration 0003): the frozen snapshots that PDFs
// and visits read, and the summaries a plan lists. Versions are written once, never changed.
// The one reader of plan_versions: other domains reach it through plans/issued-versions.ts.
import type Database from 'better-sqlite3';
import { z } from 'zod';
import {
  planVersionSnapshotSchema,
  planVersionSummarySchema,
  type PlanVersionSnapshot,
  type PlanVersionSummary,
} from '../../../shared/domain/plan';
import { AppError } from '../errors';

const versionRowSchema = z.object({
  id: z.string(),
  plan_id: z.string(),
  version_number: z.number(),
  issued_at: z.string(),
  item_count: z.number(),
  plan_revision: z.number(),
});

function toVersionSummary(row: z.infer<typeof versionRowSchema>): PlanVersionSummary {
  return planVersionSummarySchema.parse({
    id: row.id,
    planId: row.plan_id,
    versionNumber: row.version_number,
    issuedAt: row.issued_at,
    itemCount: row.item_count,
  });
}

/** A stored snapshot, parsed; damaged content is an error the clinician is told about. */
export function parseSnapshot(text: string): PlanVersionSnapshot {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  const parsed = planVersionSnapshotSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError(
      'INTERNAL',
      'This plan version could not be read: its stored content is damaged.',
    );
  }
  return parsed.data;
}

/** A plan's issued versions, oldest first, and the plan revision the latest one froze. */
export function readVersionHistory(
  db: Database.Database,
  planId: string,
): { versions: PlanVersionSummary[]; issuedRevision: number } {
  const rows = db
    .prepare(
      `SELECT id, plan_id, version_number, issued_at, item_count, plan_revision
       FROM plan_versions WHERE plan_id = @planId ORDER BY version_number`,
    )
    .all({ planId })
    .map((raw) => versionRowSchema.parse(raw));
  return { versions: rows.map(toVersionSummary), issuedRevision: rows.at(-1)?.plan_revision ?? 0 };
}

/** Reads the latest version of one plan after another (a plan list), with one statement. */
export function latestVersionReader(
  db: Database.Database,
): (planId: string) => PlanVersionSummary | null {
  const latest = db.prepare(
    `SELECT id, plan_id, version_number, issued_at, item_count, plan_revision FROM plan_versions
     WHERE plan_id = @planId ORDER BY version_number DESC LIMIT 1`,
  );
  return (planId) => {
    const raw: unknown = latest.get({ planId });
    return raw === undefined ? null : toVersionSummary(versionRowSchema.parse(raw));
  };
}

export interface StoredVersion {
  version: PlanVersionSummary;
  snapshot: PlanVersionSnapshot;
}

/** One version by its id, or by its number within a plan; null when there is none. */
export function readStoredVersion(
  db: Database.Database,
  which: { id: string } | { planId: string; versionNumber: number },
): StoredVersion | null {
  const where =
    'id' in which ? 'id = @id' : 'plan_id = @planId AND version_number = @versionNumber';
  const raw: unknown = db
    .prepare(
      `SELECT id, plan_id, version_number, issued_at, item_count, plan_revision, snapshot
       FROM plan_versions WHERE ${where}`,
    )
    .get(which);
  if (raw === undefined) return null;
  const row = versionRowSchema.extend({ snapshot: z.string() }).parse(raw);
  return { version: toVersionSummary(row), snapshot: parseSnapshot(row.snapshot) };
}

export function insertVersion(
  db: Database.Database,
  row: {
    id: string;
    snapshot: PlanVersionSnapshot;
    itemCount: number;
    planRevision: number;
  },
): void {
  db.prepare(
    `INSERT INTO plan_versions (id, plan_id, version_number, issued_at, snapshot, item_count,
       plan_revision)
     VALUES (@id, @planId, @versionNumber, @issuedAt, @snapshot, @itemCount, @planRevision)`,
  ).run({
    id: row.id,
    planId: row.snapshot.planId,
    versionNumber: row.snapshot.versionNumber,
    issuedAt: row.snapshot.issuedAt,
    snapshot: JSON.stringify(row.snapshot),
    itemCount: row.itemCount,
    planRevision: row.planRevision,
  });
}

/** An issued version with the patient whose plan it is (plans.patient_id). */
export interface PlanVersionRef {
  id: string;
  planId: string;
  patientId: string | null;
  versionNumber: number;
  snapshot: PlanVersionSnapshot;
}

const versionRefRowSchema = z.object({
  id: z.string(),
  plan_id: z.string(),
  patient_id: z.string().nullable(),
  version_number: z.number(),
  snapshot: z.string(),
});

function toVersionRef(raw: unknown): PlanVersionRef {
  const row = versionRefRowSchema.parse(raw);
  return {
    id: row.id,
    planId: row.plan_id,
    patientId: row.patient_id,
    versionNumber: row.version_number,
    snapshot: parseSnapshot(row.snapshot),
  };
}

const versionRefSelect = `SELECT pv.id, pv.plan_id, p.patient_id, pv.version_number, pv.snapshot
  FROM plan_versions pv JOIN plans p ON p.id = pv.plan_id`;

/** A version's number and its plan's current title, without reading the snapshot (audit names). */
export function readVersionLabel(
  db: Database.Database,
  id: string,
): { versionNumber: number; planTitle: string } | undefined {
  const raw: unknown = db
    .prepare(
      `SELECT pv.version_number, p.title FROM plan_versions pv JOIN plans p ON p.id = pv.plan_id
       WHERE pv.id = ?`,
    )
    .get(id);
  if (raw === undefined) return undefined;
  const row = z.object({ version_number: z.number(), title: z.string() }).parse(raw);
  return { versionNumber: row.version_number, planTitle: row.title };
}

export function readVersionRef(db: Database.Database, id: string): PlanVersionRef | undefined {
  const raw: unknown = db.prepare(`${versionRefSelect} WHERE pv.id = @id`).get({ id });
  return raw === undefined ? undefined : toVersionRef(raw);
}

export function readVersionRefs(
  db: Database.Database,
  ids: readonly string[],
): Map<string, PlanVersionRef> {
  const result = new Map<string, PlanVersionRef>();
  if (ids.length === 0) return result;
  const rows = db
    .prepare(`${versionRefSelect} WHERE pv.id IN (SELECT value FROM json_each(@ids))`)
    .all({ ids: JSON.stringify(ids) });
  for (const raw of rows) {
    const ref = toVersionRef(raw);
    result.set(ref.id, ref);
  }
  return result;
}

/** The latest issued version of the patient's active plan: the plan in force today. */
export function readVersionRefInForce(
  db: Database.Database,
  patientId: string,
): PlanVersionRef | undefined {
  const raw: unknown = db
    .prepare(
      `${versionRefSelect}
       WHERE p.patient_id = @patientId AND p.status = 'active' AND p.archived = 0
       ORDER BY pv.issued_at DESC, pv.version_number DESC LIMIT 1`,
    )
    .get({ patientId });
  return raw === undefined ? undefined : toVersionRef(raw);
}
