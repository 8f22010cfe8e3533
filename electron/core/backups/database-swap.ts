// File moves behind a restore or an import. The core has closed its connection before any of
// these run. Nothing is deleted: the file being replaced is either covered by a fresh safety
// backup or, when it could not be read, copied aside under a name that says so.
import fs from 'node:fs';
import path from 'node:path';
import { checkDatabaseFile, fsyncDir, fsyncFile, timestampForFile } from '../db/backup';
import type { DatabaseKey } from '../db/database-key';
import type { Migration } from '../db/migrate';
import { makePrivate } from '../file-modes';

const SIDECARS = ['-wal', '-shm', '-journal'];

/**
 * Keeps a copy of the database file as `<name>.<label>-<time>` and returns its path. A copy,
 * not a move: if the process dies before the replacement is in place, the original is still
 * where it was and the next start shows the recovery screen again.
 */
export function keepCopyAside(databasePath: string, label: string, at: Date): string | null {
  if (!fs.existsSync(databasePath)) return null;
  const kept = `${databasePath}.${label}-${timestampForFile(at)}`;
  fs.copyFileSync(databasePath, kept);
  makePrivate(kept);
  fsyncFile(kept);
  for (const sidecar of SIDECARS) {
    const file = `${databasePath}${sidecar}`;
    if (fs.existsSync(file)) fs.copyFileSync(file, `${kept}${sidecar}`);
  }
  fsyncDir(path.dirname(databasePath));
  return kept;
}

/**
 * Copies `source` next to the live database, checks the copy, and renames it into place.
 * Stale sidecar files are moved aside first: SQLite would otherwise replay an old WAL over
 * the restored file.
 */
export function installDatabaseFile(
  source: string,
  databasePath: string,
  migrations: readonly Migration[],
  at: Date,
  key: DatabaseKey | null,
): void {
  const incoming = `${databasePath}.incoming`;
  fs.rmSync(incoming, { force: true });
  try {
    fs.copyFileSync(source, incoming);
    makePrivate(incoming);
    fsyncFile(incoming);
    checkDatabaseFile(incoming, { migrations, label: 'The copied backup', key });
    for (const sidecar of SIDECARS) {
      const file = `${databasePath}${sidecar}`;
      if (fs.existsSync(file))
        fs.renameSync(file, `${databasePath}.stale-${timestampForFile(at)}${sidecar}`);
    }
    fs.renameSync(incoming, databasePath);
    fsyncDir(path.dirname(databasePath));
  } finally {
    fs.rmSync(incoming, { force: true });
  }
}
