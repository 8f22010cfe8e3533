// Schema migrations: ordered files, version in PRAGMA user_version, all pending ones in one
// transaction, a backup first, and a database from a newer app refused.
import type Database from 'better-sqlite3';
import { AppError } from '../errors';

/** What a migration may need beyond the database: the audit key, to re-chain the log. */
export interface MigrationContext {
  /** Null for a plain or empty database (no audit rows to re-chain). */
  readonly auditKey: Buffer | null;
}

export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database.Database, context: MigrationContext): void;
}

export class NewerSchemaError extends AppError {
  readonly schemaVersion: number;
  constructor(found: number, supported: number) {
    super(
      'CONFLICT',
      `This database was made by a newer version of Physioplan (schema ${found}); this app understands schema ${supported} at most. Update Physioplan to open it.`,
    );
    this.schemaVersion = found;
  }
}

export function schemaVersionOf(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.at(-1)?.version ?? 0;
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, index) => {
    if (m.version !== index + 1) {
      throw new Error(`Migration "${m.name}" has version ${m.version}, expected ${index + 1}`);
    }
  });
}

export interface MigrateOptions {
  /** Called once before any pending migration runs on a database that already has data. */
  backupBeforeMigrating?: (fromVersion: number) => void;
  /** Stop at this version (tests migrate to N-1, insert, then migrate on). */
  targetVersion?: number;
  /** The keyed audit chain's key (see audit-key.ts); needed when audit rows exist. */
  auditKey?: Buffer | null;
}

/** Brings the database up to date; returns the versions applied. */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[],
  options: MigrateOptions = {},
): number[] {
  assertOrdered(migrations);
  const supported = latestVersion(migrations);
  const target = options.targetVersion ?? supported;
  const current = schemaVersionOf(db);
  if (current > supported) throw new NewerSchemaError(current, supported);
  const pending = migrations.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return [];
  if (current > 0) options.backupBeforeMigrating?.(current);
  db.transaction(() => {
    for (const m of pending) {
      m.up(db, { auditKey: options.auditKey ?? null });
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return pending.map((m) => m.version);
}
