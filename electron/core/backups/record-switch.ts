// Restore and import end the same way: the live database is replaced by a verified file. A
// safety backup of the current one comes first; if the new one does not open, the old one is
// put back. The core shell owns the connection; it lends this module the four moves it needs.
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import type { RestoreResult } from '../../../shared/domain/backups';
import { recordAudit } from '../audit/audit-log';
import type { Clock, Logger } from '../context';
import type { DatabaseKey } from '../db/database-key';
import { AppError } from '../errors';
import { folderForWriting } from './backup-folder';
import { createBackup, pruneBackups, type BackupEnv } from './backup-service';
import { installDatabaseFile, keepCopyAside } from './database-swap';

export interface RecordSwitch {
  env: BackupEnv;
  /** The clinic database file that is replaced. */
  file: string;
  clock: Clock;
  log: Logger;
  key: DatabaseKey;
  /** The open database, or null in recovery mode; refuses (CONFLICT) while busy switching. */
  liveDatabase(): Database.Database | null;
  /** Closes the live database (if open) and refuses every call until reopened. */
  close(): void;
  /** Opens the file in place as the live database; throws when it cannot be used. */
  reopen(): Database.Database;
  /** After a failed switch: opens whatever is in place, normally or in recovery mode. */
  restart(): void;
}

export function switchRecord(
  to: RecordSwitch,
  source: string,
  label: string,
  kind: 'restore' | 'import',
): RestoreResult {
  const { env, file, clock, log, key } = to;
  const live = to.liveDatabase();
  const at = clock();
  const safety = live
    ? createBackup(live, env, kind === 'restore' ? 'pre-restore' : 'pre-import', { prune: false })
    : null;
  to.close();
  let setAside: string | null = null;
  let db: Database.Database;
  try {
    // A damaged or newer database is kept under another name, never deleted.
    if (!live) setAside = keepCopyAside(file, 'set-aside', at);
    installDatabaseFile(source, file, env.migrations, at, key);
    db = to.reopen();
  } catch (error) {
    log.error(`The ${kind} failed; putting the previous database back`, error);
    try {
      if (safety) installDatabaseFile(safety.path, file, env.migrations, at, key);
      else if (setAside) fs.copyFileSync(setAside, file);
    } catch (rollbackError) {
      log.error('Putting the previous database back failed', rollbackError);
    }
    // Whatever is in place now opens normally or lands in recovery mode; never stuck.
    to.restart();
    if (error instanceof AppError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError(
      'IO',
      `The ${kind} did not complete and nothing was changed: ${reason.slice(0, 200)}`,
    );
  }
  try {
    recordAudit(db, clock, {
      entity: 'backup',
      entityId: label,
      action: kind === 'restore' ? 'restore' : 'import',
    });
  } catch (error) {
    log.error(`Could not record the ${kind} in the audit log`, error);
  }
  try {
    pruneBackups(
      env,
      folderForWriting(env.dataDir, true),
      new Set([label, ...(safety ? [safety.fileName] : [])]),
    );
  } catch (error) {
    log.error('Could not prune old backups after the switch', error);
  }
  return { restoredFrom: label, safetyBackup: safety };
}
