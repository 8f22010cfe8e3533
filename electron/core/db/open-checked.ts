// Opens the clinic database for the core: pragmas, a quick_check, and migrations behind a
// verified backup. Any problem becomes a StartupProblem that names what the clinic sees.
import type Database from 'better-sqlite3';
import type { RecoveryReason } from '../../../shared/domain/backups';
import { createBackup, type BackupEnv } from '../backups/backup-service';
import { auditKeyFrom } from '../audit/audit-key';
import type { DatabaseKey } from './database-key';
import { migrate, NewerSchemaError } from './migrate';
import { closeQuietly, openDatabase } from './open';

export class StartupProblem extends Error {
  readonly reason: RecoveryReason;
  constructor(reason: RecoveryReason, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StartupProblem';
    this.reason = reason;
  }
}

function sqliteCode(error: unknown): string | null {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string')
    return error.code;
  return null;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Turns whatever went wrong while opening into the reason the recovery screen shows. */
export function classifyStartupError(
  error: unknown,
  file: string,
  whileOpening = false,
): StartupProblem {
  if (error instanceof StartupProblem) return error;
  if (error instanceof NewerSchemaError)
    return new StartupProblem('newer-version', error.message, { cause: error });
  const code = sqliteCode(error) ?? '';
  if (code.startsWith('SQLITE_CORRUPT')) {
    return new StartupProblem(
      'corrupt',
      `The clinic database at ${file} is damaged and cannot be used as it is.`,
      { cause: error },
    );
  }
  if (
    code.startsWith('SQLITE_NOTADB') ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_IOERR') ||
    whileOpening
  ) {
    return new StartupProblem(
      'unreadable',
      `Physioplan could not read the clinic database at ${file}. The file may be damaged, locked by another program, or not a Physioplan database (${describe(error).slice(0, 160)}).`,
      { cause: error },
    );
  }
  return new StartupProblem(
    'startup-failed',
    `Physioplan could not finish starting: ${describe(error).slice(0, 200)}`,
    { cause: error },
  );
}

/**
 * Opens with the clinic key, checks and migrates; throws StartupProblem. `prepare` runs on
 * the fresh connection before migrations (the core binds the audit chain's key there).
 */
export function openCheckedDatabase(
  file: string,
  env: BackupEnv,
  key: DatabaseKey,
  prepare: (db: Database.Database) => void = () => undefined,
): Database.Database {
  let db: Database.Database;
  try {
    db = openDatabase(file, { key });
  } catch (error) {
    throw classifyStartupError(error, file, true);
  }
  try {
    const check: unknown = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw new StartupProblem(
        'corrupt',
        `The clinic database at ${file} is damaged: it failed the start-up check.`,
      );
    }
    prepare(db);
    migrate(db, env.migrations, {
      auditKey: auditKeyFrom(key),
      backupBeforeMigrating: () => {
        createBackup(db, env, 'pre-migration');
      },
    });
    return db;
  } catch (error) {
    closeQuietly(db);
    throw classifyStartupError(error, file);
  }
}
