// The visits table and its amendments. Rows leaving the database are parsed.
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { isoDateSchema } from '../../../shared/domain/common';
import {
  amendmentSchema,
  visitTimeSchema,
  type Amendment,
  type AmendableField,
  type Soap,
} from '../../../shared/domain/visit';
import { UnreadableRows } from '../read-around';

const visitRowSchema = z.object({
  id: z.string(),
  patient_id: z.string(),
  plan_id: z.string().nullable(),
  plan_version_id: z.string().nullable(),
  // The domain's own date and time rules: a damaged row fails here, where lists read around it.
  visit_date: isoDateSchema,
  visit_time: visitTimeSchema,
  subjective: z.string(),
  objective: z.string(),
  assessment: z.string(),
  plan: z.string(),
  archived: z.number(),
  archived_reason: z.string(),
  revision: z.number(),
  created_at: z.string(),
  updated_at: z.string(),
});

export interface VisitRow {
  id: string;
  patientId: string;
  planId: string | null;
  planVersionId: string | null;
  date: string;
  time: string;
  soap: Soap;
  archived: boolean;
  archivedReason: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

function toVisitRow(raw: unknown): VisitRow {
  const row = visitRowSchema.parse(raw);
  return {
    id: row.id,
    patientId: row.patient_id,
    planId: row.plan_id,
    planVersionId: row.plan_version_id,
    date: row.visit_date,
    time: row.visit_time,
    soap: {
      subjective: row.subjective,
      objective: row.objective,
      assessment: row.assessment,
      plan: row.plan,
    },
    archived: row.archived === 1,
    archivedReason: row.archived_reason,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function readVisitRow(db: Database.Database, id: string): VisitRow | undefined {
  const raw: unknown = db.prepare('SELECT * FROM visits WHERE id = @id').get({ id });
  return raw === undefined ? undefined : toVisitRow(raw);
}

/** All of a patient's visits, oldest first (archived ones included). */
export function listVisitRows(
  db: Database.Database,
  patientId: string,
  unreadable = new UnreadableRows(['visit record', 'visit records']),
): VisitRow[] {
  return db
    .prepare(
      `SELECT * FROM visits WHERE patient_id = @patientId
       ORDER BY visit_date, visit_time, created_at, id`,
    )
    .all({ patientId })
    .flatMap(unreadable.keep(toVisitRow));
}

export function insertVisitRow(db: Database.Database, row: VisitRow): void {
  db.prepare(
    `INSERT INTO visits (id, patient_id, plan_id, plan_version_id, visit_date, visit_time,
       subjective, objective, assessment, plan, archived, archived_reason, revision, created_at, updated_at)
     VALUES (@id, @patientId, @planId, @planVersionId, @date, @time,
       @subjective, @objective, @assessment, @plan, 0, '', @revision, @createdAt, @updatedAt)`,
  ).run({ ...row, ...row.soap });
}

/** Writes the visit's own fields; succeeds only if nobody saved since `revision`. */
export function updateVisitRow(
  db: Database.Database,
  row: Omit<VisitRow, 'archived' | 'archivedReason' | 'createdAt'>,
  expectedRevision: number,
): boolean {
  const result = db
    .prepare(
      `UPDATE visits SET plan_id = @planId, plan_version_id = @planVersionId, visit_date = @date,
         visit_time = @time, subjective = @subjective, objective = @objective,
         assessment = @assessment, plan = @plan, revision = @revision, updated_at = @updatedAt
       WHERE id = @id AND revision = @expectedRevision AND archived = 0`,
    )
    .run({ ...row, ...row.soap, expectedRevision });
  return result.changes === 1;
}

export function archiveVisitRow(
  db: Database.Database,
  args: { id: string; reason: string; updatedAt: string; expectedRevision: number },
): boolean {
  const result = db
    .prepare(
      `UPDATE visits SET archived = 1, archived_reason = @reason, revision = revision + 1,
         updated_at = @updatedAt
       WHERE id = @id AND revision = @expectedRevision AND archived = 0`,
    )
    .run(args);
  return result.changes === 1;
}

const amendmentRowSchema = z.object({
  id: z.string(),
  field: z.string(),
  previous: z.string(),
  next: z.string(),
  reason: z.string(),
  amended_at: z.string(),
});

export function readAmendments(db: Database.Database, visitId: string): Amendment[] {
  return db
    .prepare('SELECT * FROM visit_amendments WHERE visit_id = @visitId ORDER BY amended_at, id')
    .all({ visitId })
    .map((raw) => {
      const row = amendmentRowSchema.parse(raw);
      return amendmentSchema.parse({
        id: row.id,
        field: row.field,
        previous: JSON.parse(row.previous) as unknown,
        next: JSON.parse(row.next) as unknown,
        reason: row.reason,
        amendedAt: row.amended_at,
      });
    });
}

export function insertAmendment(
  db: Database.Database,
  amendment: {
    id: string;
    visitId: string;
    field: AmendableField;
    previous: unknown;
    next: unknown;
    reason: string;
    amendedAt: string;
  },
): void {
  db.prepare(
    `INSERT INTO visit_amendments (id, visit_id, field, previous, next, reason, amended_at)
     VALUES (@id, @visitId, @field, @previous, @next, @reason, @amendedAt)`,
  ).run({
    ...amendment,
    previous: JSON.stringify(amendment.previous ?? null),
    next: JSON.stringify(amendment.next ?? null),
  });
}

/** Visit ids of a patient that carry at least one amendment. */
export function amendedVisitIds(db: Database.Database, patientId: string): Set<string> {
  const rows = db
    .prepare(
      `SELECT DISTINCT a.visit_id AS id FROM visit_amendments a JOIN visits v ON v.id = a.visit_id
       WHERE v.patient_id = @patientId`,
    )
    .all({ patientId }) as { id: string }[];
  return new Set(rows.map((row) => row.id));
}

const recentRowSchema = z.object({
  id: z.string(),
  patient_id: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  visit_date: z.string(),
  visit_time: z.string(),
  subjective: z.string(),
});

/** The latest visits across patients (archived ones left out). */
export function readRecentVisits(db: Database.Database, limit: number) {
  return db
    .prepare(
      `SELECT v.id, v.patient_id, p.first_name, p.last_name, v.visit_date, v.visit_time, v.subjective
       FROM visits v JOIN patients p ON p.id = v.patient_id
       WHERE v.archived = 0
       ORDER BY v.visit_date DESC, v.visit_time DESC, v.created_at DESC LIMIT @limit`,
    )
    .all({ limit })
    .map((raw) => recentRowSchema.parse(raw));
}
