// Read-only look-ups into the patients and plans tables (migration 0003) that visits need:
// the patient, and issued plan versions with their frozen snapshots.
import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { PlanVersionSnapshot } from '../../../shared/domain/plan';
import { parseSnapshot } from '../plans/plan-versions-repository';

export interface PatientRef {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string | null;
  archived: boolean;
}

const patientRowSchema = z.object({
  id: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  date_of_birth: z.string().nullable(),
  archived: z.number(),
});

export function readPatientRef(db: Database.Database, id: string): PatientRef | undefined {
  const raw: unknown = db
    .prepare(
      'SELECT id, first_name, last_name, date_of_birth, archived FROM patients WHERE id = @id',
    )
    .get({ id });
  if (raw === undefined) return undefined;
  const row = patientRowSchema.parse(raw);
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    dateOfBirth: row.date_of_birth,
    archived: row.archived === 1,
  };
}

export interface PlanVersionRef {
  id: string;
  planId: string;
  patientId: string | null;
  versionNumber: number;
  snapshot: PlanVersionSnapshot;
}

const versionRowSchema = z.object({
  id: z.string(),
  plan_id: z.string(),
  patient_id: z.string().nullable(),
  version_number: z.number(),
  snapshot: z.string(),
});

function toVersionRef(raw: unknown): PlanVersionRef {
  const row = versionRowSchema.parse(raw);
  return {
    id: row.id,
    planId: row.plan_id,
    patientId: row.patient_id,
    versionNumber: row.version_number,
    snapshot: parseSnapshot(row.snapshot),
  };
}

const versionSelect = `SELECT pv.id, pv.plan_id, p.patient_id, pv.version_number, pv.snapshot
  FROM plan_versions pv JOIN plans p ON p.id = pv.plan_id`;

export function readPlanVersion(db: Database.Database, id: string): PlanVersionRef | undefined {
  const raw: unknown = db.prepare(`${versionSelect} WHERE pv.id = @id`).get({ id });
  return raw === undefined ? undefined : toVersionRef(raw);
}

export function readPlanVersions(
  db: Database.Database,
  ids: readonly string[],
): Map<string, PlanVersionRef> {
  const result = new Map<string, PlanVersionRef>();
  if (ids.length === 0) return result;
  const rows = db
    .prepare(`${versionSelect} WHERE pv.id IN (SELECT value FROM json_each(@ids))`)
    .all({ ids: JSON.stringify(ids) });
  for (const raw of rows) {
    const ref = toVersionRef(raw);
    result.set(ref.id, ref);
  }
  return result;
}

/** The latest issued version of the patient's active plan: the plan in force today. */
export function readPlanVersionInForce(
  db: Database.Database,
  patientId: string,
): PlanVersionRef | undefined {
  const raw: unknown = db
    .prepare(
      `${versionSelect}
       WHERE p.patient_id = @patientId AND p.status = 'active' AND p.archived = 0
       ORDER BY pv.issued_at DESC, pv.version_number DESC LIMIT 1`,
    )
    .get({ patientId });
  return raw === undefined ? undefined : toVersionRef(raw);
}

/** When each version of a plan was issued, oldest first. */
export function readPlanIssueTimes(
  db: Database.Database,
  planId: string,
): { id: string; versionNumber: number; issuedAt: string }[] {
  return z
    .array(z.object({ id: z.string(), version_number: z.number(), issued_at: z.string() }))
    .parse(
      db
        .prepare(
          `SELECT id, version_number, issued_at FROM plan_versions WHERE plan_id = @planId
           ORDER BY version_number`,
        )
        .all({ planId }),
    )
    .map((row) => ({ id: row.id, versionNumber: row.version_number, issuedAt: row.issued_at }));
}
