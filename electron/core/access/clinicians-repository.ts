// SQL for clinician accounts; rows leave as domain objects.
import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { Clinician, ClinicianRole, SecretKind } from '../../../shared/domain/access';
import { clinicianRoleSchema, secretKindSchema } from '../../../shared/domain/access';
import { uiLanguageSchema } from '../../../shared/i18n/language-schema';
import type { UiLanguage } from '../../../shared/i18n/languages';

const rowSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: clinicianRoleSchema,
  secret_kind: secretKindSchema,
  secret_hash: z.string(),
  failed_attempts: z.number(),
  blocked_until: z.string().nullable(),
  archived: z.number(),
  ui_language: uiLanguageSchema.nullable(),
});

export interface ClinicianRecord extends Clinician {
  secretHash: string;
  failedAttempts: number;
  blockedUntil: string | null;
}

function toRecord(raw: unknown): ClinicianRecord {
  const row = rowSchema.parse(raw);
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    secretKind: row.secret_kind,
    archived: row.archived === 1,
    uiLanguage: row.ui_language,
    secretHash: row.secret_hash,
    failedAttempts: row.failed_attempts,
    blockedUntil: row.blocked_until,
  };
}

export function toClinician(record: ClinicianRecord): Clinician {
  return {
    id: record.id,
    name: record.name,
    role: record.role,
    secretKind: record.secretKind,
    archived: record.archived,
    uiLanguage: record.uiLanguage,
  };
}

export function listClinicianRecords(db: Database.Database): ClinicianRecord[] {
  return db
    .prepare('SELECT * FROM clinicians ORDER BY archived, name COLLATE NOCASE')
    .all()
    .map(toRecord);
}

export function findClinician(db: Database.Database, id: string): ClinicianRecord | null {
  const raw: unknown = db.prepare('SELECT * FROM clinicians WHERE id = ?').get(id);
  return raw === undefined ? null : toRecord(raw);
}

export function nameTaken(db: Database.Database, name: string, exceptId: string | null): boolean {
  return (
    db
      .prepare(
        'SELECT 1 FROM clinicians WHERE archived = 0 AND lower(trim(name)) = lower(trim(?)) AND id IS NOT ?',
      )
      .get(name, exceptId) !== undefined
  );
}

export function insertClinician(
  db: Database.Database,
  row: {
    id: string;
    name: string;
    role: ClinicianRole;
    secretKind: SecretKind;
    secretHash: string;
    at: string;
  },
): void {
  db.prepare(
    `INSERT INTO clinicians (id, name, role, secret_kind, secret_hash, created_at, updated_at)
     VALUES (@id, @name, @role, @secretKind, @secretHash, @at, @at)`,
  ).run(row);
}

export function updateClinicianRow(
  db: Database.Database,
  id: string,
  changes: { name: string; role: ClinicianRole; archived: boolean; at: string },
): void {
  db.prepare(
    'UPDATE clinicians SET name = @name, role = @role, archived = @archived, updated_at = @at WHERE id = @id',
  ).run({ id, ...changes, archived: changes.archived ? 1 : 0 });
}

export function setClinicianSecret(
  db: Database.Database,
  id: string,
  secretKind: SecretKind,
  secretHash: string,
  at: string,
): void {
  db.prepare(
    `UPDATE clinicians SET secret_kind = ?, secret_hash = ?, failed_attempts = 0, blocked_until = NULL,
     updated_at = ? WHERE id = ?`,
  ).run(secretKind, secretHash, at, id);
}

/** The clinician's own screen language (null: the clinic's). Not audited: no clinical content. */
export function setClinicianUiLanguage(
  db: Database.Database,
  id: string,
  language: UiLanguage | null,
  at: string,
): void {
  db.prepare('UPDATE clinicians SET ui_language = ?, updated_at = ? WHERE id = ?').run(
    language,
    at,
    id,
  );
}

export function recordSignInAttempt(
  db: Database.Database,
  id: string,
  failedAttempts: number,
  blockedUntil: string | null,
): void {
  db.prepare('UPDATE clinicians SET failed_attempts = ?, blocked_until = ? WHERE id = ?').run(
    failedAttempts,
    blockedUntil,
    id,
  );
}

export function idleLockSeconds(db: Database.Database): number {
  const row = db
    .prepare('SELECT idle_lock_seconds AS s FROM access_settings WHERE id = 1')
    .get() as { s: number } | undefined;
  return row?.s ?? 300;
}

export function setIdleLockSeconds(db: Database.Database, seconds: number): void {
  db.prepare('UPDATE access_settings SET idle_lock_seconds = ? WHERE id = 1').run(seconds);
}
