// Making, listing and pruning backups. Works on a bare database handle (not the full core
// context) because it runs before migrations and while the core is switching databases.
import path from 'node:path';
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import type {
  BackupInfo,
  BackupOverview,
  BackupReason,
  BackupRef,
} from '../../../shared/domain/backups';
import type { Clock, Logger } from '../context';
import { backupsDir, writeVerifiedSnapshot } from '../db/backup';
import { latestVersion, type Migration } from '../db/migrate';
import type { DatabaseKey } from '../db/database-key';
import { AppError, notFound } from '../errors';
import { freeBackupPath, listBackupFiles, newestFirst, removePartialBackups } from './backup-files';
import { describeFolder, folderForWriting } from './backup-folder';
import { backupsToPrune } from './retention';

export interface BackupEnv {
  readonly dataDir: string;
  readonly clock: Clock;
  readonly log: Logger;
  readonly migrations: readonly Migration[];
  /** The clinic's data key: backups are written and read with it (null before setup). */
  readonly key: DatabaseKey | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function supported(env: BackupEnv): number {
  return latestVersion(env.migrations);
}

/** Every backup in the chosen folder and in the data folder's own, newest first. */
export function listBackups(env: BackupEnv): BackupInfo[] {
  const folder = describeFolder(env.dataDir);
  const local = listBackupFiles(backupsDir(env.dataDir), 'default', supported(env), env.key);
  if (folder.isDefault) return local;
  const chosen = listBackupFiles(folder.path, 'chosen', supported(env), env.key);
  return [...chosen, ...local].sort(newestFirst);
}

export function backupOverview(env: BackupEnv): BackupOverview {
  return {
    folder: describeFolder(env.dataDir),
    defaultFolder: backupsDir(env.dataDir),
    backups: listBackups(env),
    supportedSchemaVersion: supported(env),
    checkedAt: env.clock().toISOString(),
  };
}

export function findBackup(env: BackupEnv, ref: BackupRef): BackupInfo {
  const found = listBackups(env).find(
    (b) => b.fileName === ref.fileName && b.location === ref.location,
  );
  if (!found) throw notFound(`The backup ${ref.fileName}`);
  return found;
}

export interface CreateBackupOptions {
  /** Apply the retention rule afterwards (off while a restore is half-way). */
  prune?: boolean;
  /** Files retention must keep. */
  protect?: ReadonlySet<string>;
}

/** Writes a verified snapshot of `db` and returns what was written. */
export function createBackup(
  db: Database.Database,
  env: BackupEnv,
  reason: BackupReason,
  options: CreateBackupOptions = {},
): BackupInfo {
  const folder = folderForWriting(env.dataDir, reason !== 'manual');
  const location =
    path.resolve(folder) === path.resolve(backupsDir(env.dataDir)) ? 'default' : 'chosen';
  removePartialBackups(folder);
  const createdAt = env.clock();
  const file = freeBackupPath(folder, createdAt, reason);
  const check = writeVerifiedSnapshot(db, file, env.migrations, env.key);
  env.log.info(`Backup written (${reason})`, { file, bytes: check.sizeBytes });
  const info: BackupInfo = {
    fileName: path.basename(file),
    location,
    path: file,
    createdAt: createdAt.toISOString(),
    reason,
    sizeBytes: check.sizeBytes,
    schemaVersion: check.schemaVersion,
    restorable: true,
  };
  if (options.prune ?? true)
    pruneBackups(env, folder, new Set([info.fileName, ...(options.protect ?? [])]));
  return info;
}

/** Deletes backups the retention rule no longer needs, in one folder. */
export function pruneBackups(env: BackupEnv, folder: string, protect: ReadonlySet<string>): void {
  const backups = listBackupFiles(folder, 'default', supported(env), env.key);
  for (const old of backupsToPrune(backups, env.clock(), protect)) {
    try {
      fs.rmSync(old.path, { force: true });
    } catch (error) {
      env.log.error('Could not delete an old backup', { file: old.path, error });
    }
  }
}

/** The start-up backup: made when the newest backup is more than a day old. */
export function backupIfDue(db: Database.Database, env: BackupEnv): BackupInfo | null {
  const newest = listBackups(env)[0];
  if (newest) {
    // A backup dated in the future (a clock that was wrong) does not count as recent.
    const age = env.clock().getTime() - Date.parse(newest.createdAt);
    if (age >= 0 && age < DAY_MS) return null;
  }
  try {
    return createBackup(db, env, 'daily');
  } catch (error) {
    // A full disk must not keep the clinic from working; the Backups screen shows the age.
    env.log.error('The daily backup failed', error);
    return null;
  }
}

export function requireRestorable(backup: BackupInfo, env: BackupEnv): void {
  if (backup.schemaVersion !== null && backup.schemaVersion > supported(env)) {
    throw new AppError(
      'CONFLICT',
      `This backup was made by a newer version of Physioplan (schema ${backup.schemaVersion}); update the app to restore it.`,
    );
  }
}
