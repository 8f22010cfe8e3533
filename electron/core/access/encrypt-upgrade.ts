// Encrypting a clinic record made by an earlier, unencrypted version. The live file is never
// rewritten in place: a verified plain snapshot is taken, a copy of it is encrypted and fully
// checked (integrity and the same rows in every table), and only then renamed over the live
// file. Older plain backups are encrypted the same way. The plain snapshot is removed last,
// once the encrypted record passed its checks.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { listBackupFiles } from '../backups/backup-files';
import { describeFolder } from '../backups/backup-folder';
import { countRows } from '../backups/record-file';
import {
  backupsDir,
  checkDatabaseFile,
  fsyncDir,
  fsyncFile,
  readHeaderSchemaVersion,
  timestampForFile,
  writeVerifiedSnapshot,
} from '../db/backup';
import { rekeyDatabase, type DatabaseKey } from '../db/database-key';
import type { Migration } from '../db/migrate';
import { closeDatabase, openDatabase, openReadOnly } from '../db/open';
import { AppError } from '../errors';

const SIDECARS = ['-wal', '-shm', '-journal'];

export function isPlainDatabase(file: string): boolean {
  return readHeaderSchemaVersion(file) !== null;
}

function rowsOf(file: string, key: DatabaseKey | null): string {
  const db = openReadOnly(file, key);
  try {
    return JSON.stringify(Object.entries(countRows(db)).sort(([a], [b]) => a.localeCompare(b)));
  } finally {
    db.close();
  }
}

/** Writes an encrypted copy of the plain file `source` to `target` and proves it whole. */
function encryptCopy(
  source: string,
  target: string,
  key: DatabaseKey,
  migrations: readonly Migration[],
): void {
  const partial = `${target}.encrypting`;
  fs.rmSync(partial, { force: true });
  try {
    fs.copyFileSync(source, partial);
    const db: Database.Database = openDatabase(partial);
    try {
      db.pragma('journal_mode = DELETE');
      rekeyDatabase(db, key);
    } finally {
      db.close();
    }
    fsyncFile(partial);
    checkDatabaseFile(partial, {
      migrations,
      label: 'The encrypted copy',
      exactSchema: false,
      key,
    });
    if (rowsOf(partial, key) !== rowsOf(source, null)) {
      throw new AppError(
        'IO',
        'The encrypted copy does not hold the same records as the original.',
      );
    }
    fs.renameSync(partial, target);
    fsyncDir(path.dirname(target));
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/**
 * Encrypts the plain live database at `file` with `key`, then every plain backup. Throws
 * (leaving the plain record as it was) when anything does not check out.
 */
export function encryptPlainRecord(
  dataDir: string,
  file: string,
  key: DatabaseKey,
  migrations: readonly Migration[],
  at: Date,
): void {
  const plainCopy = `${file}.before-encryption-${timestampForFile(at)}`;
  const live = openDatabase(file);
  try {
    writeVerifiedSnapshot(live, plainCopy, migrations, null);
  } finally {
    closeDatabase(live);
  }
  const encrypted = `${file}.encrypted`;
  encryptCopy(plainCopy, encrypted, key, migrations);
  for (const sidecar of SIDECARS) {
    const stale = `${file}${sidecar}`;
    if (fs.existsSync(stale)) fs.rmSync(stale);
  }
  fs.renameSync(encrypted, file);
  fsyncDir(dataDir);
  encryptPlainBackups(dataDir, key, migrations);
  // Only now: the encrypted record is in place and passed integrity_check and the row counts.
  fs.rmSync(plainCopy, { force: true });
}

function encryptPlainBackups(
  dataDir: string,
  key: DatabaseKey,
  migrations: readonly Migration[],
): void {
  const folders = new Set([backupsDir(dataDir), describeFolder(dataDir).path]);
  for (const folder of folders) {
    for (const backup of listBackupFiles(folder, 'default', Number.MAX_SAFE_INTEGER)) {
      if (!isPlainDatabase(backup.path)) continue;
      // A plain backup that is already damaged is kept: it is still the clinic's only copy.
      try {
        checkDatabaseFile(backup.path, { migrations, label: 'A backup', exactSchema: false });
      } catch {
        continue;
      }
      encryptCopy(backup.path, backup.path, key, migrations);
    }
  }
}
