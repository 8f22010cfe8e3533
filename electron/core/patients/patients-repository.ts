// The patients table and its full-text index.
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { AppError } from '../errors';
import { foldSearchLetters } from '../../../shared/search/fold-letters';
import {
  patientSchema,
  patientSummarySchema,
  type Patient,
  type PatientDraft,
  type PatientSummary,
} from '../../../shared/domain/patient';
import { UnreadableRows } from '../read-around';

const rowSchema = z.object({
  id: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  date_of_birth: z.string().nullable(),
  phone: z.string(),
  email: z.string(),
  address: z.string(),
  conditions: z.string(),
  diagnosis: z.string(),
  preferred_language: z.string(),
  notes: z.string(),
  archived: z.number(),
  created_at: z.string(),
  updated_at: z.string(),
});
type PatientRow = z.infer<typeof rowSchema>;

function toPatient(raw: unknown): Patient {
  const row: PatientRow = rowSchema.parse(raw);
  return patientSchema.parse({
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    dateOfBirth: row.date_of_birth,
    phone: row.phone,
    email: row.email,
    address: row.address,
    conditions: JSON.parse(row.conditions) as unknown,
    diagnosis: row.diagnosis,
    preferredLanguage: row.preferred_language,
    notes: row.notes,
    archived: row.archived === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

function toSummary(raw: unknown): PatientSummary {
  const row = rowSchema
    .pick({
      id: true,
      first_name: true,
      last_name: true,
      date_of_birth: true,
      conditions: true,
      archived: true,
      updated_at: true,
    })
    .parse(raw);
  return patientSummarySchema.parse({
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    dateOfBirth: row.date_of_birth,
    conditions: JSON.parse(row.conditions) as unknown,
    archived: row.archived === 1,
    updatedAt: row.updated_at,
  });
}

const draftParams = (draft: PatientDraft) => ({
  firstName: draft.firstName,
  lastName: draft.lastName,
  dateOfBirth: draft.dateOfBirth,
  phone: draft.phone,
  email: draft.email,
  address: draft.address,
  conditions: JSON.stringify(draft.conditions),
  diagnosis: draft.diagnosis,
  preferredLanguage: draft.preferredLanguage,
  notes: draft.notes,
});

export function insertPatient(
  db: Database.Database,
  id: string,
  draft: PatientDraft,
  now: string,
): void {
  db.prepare(
    `INSERT INTO patients (id, first_name, last_name, date_of_birth, phone, email, address,
       conditions, diagnosis, preferred_language, notes, archived, created_at, updated_at)
     VALUES (@id, @firstName, @lastName, @dateOfBirth, @phone, @email, @address, @conditions,
       @diagnosis, @preferredLanguage, @notes, 0, @now, @now)`,
  ).run({ id, now, ...draftParams(draft) });
}

export function updatePatientRow(
  db: Database.Database,
  id: string,
  draft: PatientDraft,
  now: string,
): void {
  db.prepare(
    `UPDATE patients SET first_name = @firstName, last_name = @lastName,
       date_of_birth = @dateOfBirth, phone = @phone, email = @email, address = @address,
       conditions = @conditions, diagnosis = @diagnosis, preferred_language = @preferredLanguage,
       notes = @notes, updated_at = @now
     WHERE id = @id`,
  ).run({ id, now, ...draftParams(draft) });
}

export function setPatientArchived(
  db: Database.Database,
  id: string,
  archived: boolean,
  now: string,
): void {
  db.prepare('UPDATE patients SET archived = @archived, updated_at = @now WHERE id = @id').run({
    id,
    archived: archived ? 1 : 0,
    now,
  });
}

export function readPatient(db: Database.Database, id: string): Patient | null {
  const row: unknown = db.prepare('SELECT * FROM patients WHERE id = @id').get({ id });
  if (row === undefined) return null;
  try {
    return toPatient(row);
  } catch {
    throw new AppError(
      'IO',
      'This patient’s record is damaged and cannot be shown. Restore a backup, or ask IT to run the Physioplan check (cli verify).',
    );
  }
}

export function patientsBornOn(db: Database.Database, dateOfBirth: string | null): Patient[] {
  return db
    .prepare('SELECT * FROM patients WHERE date_of_birth IS @dateOfBirth')
    .all({ dateOfBirth })
    .map(toPatient);
}

const archivedClause = {
  exclude: 'p.archived = 0',
  only: 'p.archived = 1',
  include: '1 = 1',
} as const;

/**
 * Words typed by the clinician as an FTS5 query: each word a quoted prefix, all required.
 * Quoting keeps punctuation and FTS operators typed by a user from changing the query.
 */
export function toFtsQuery(query: string): string | null {
  const words = foldSearchLetters(query).match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}

export function searchPatients(
  db: Database.Database,
  query: string,
  archived: keyof typeof archivedClause,
  limit: number,
  unreadable = new UnreadableRows(['patient record', 'patient records']),
): PatientSummary[] {
  const fts = toFtsQuery(query);
  const columns =
    'p.id, p.first_name, p.last_name, p.date_of_birth, p.conditions, p.archived, p.updated_at';
  if (fts === null) {
    return db
      .prepare(
        `SELECT ${columns} FROM patients p WHERE ${archivedClause[archived]}
         ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.seq LIMIT @limit`,
      )
      .all({ limit })
      .flatMap(unreadable.keep(toSummary));
  }
  return db
    .prepare(
      `SELECT ${columns} FROM patients_fts f JOIN patients p ON p.seq = f.rowid
       WHERE patients_fts MATCH @fts AND ${archivedClause[archived]}
       ORDER BY f.rank, p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE LIMIT @limit`,
    )
    .all({ fts, limit })
    .flatMap(unreadable.keep(toSummary));
}
