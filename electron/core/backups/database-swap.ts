// File moves behind a restore or an import. The core has closed its connection before any of
// these run. Nothing is deleted: the file being replaced is either covered by a fresh safety
// backup or, when it could not be read, moved aside under a name that says so.
import fs from 'node:fs';
import path from 'node:path';
import { checkDatabaseFile, fsyncDir, fsyncFile, timestampForFile } from '../db/backup';
import type { Migration } from '../db/migrate';

const SIDECARS = ['-wal', '-shm', '-journal'];

/** Renames the database and its sidecar files to `<name>.<label>-<time>`; returns the new main path. */
export function moveDatabaseAside(databasePath: string, label: string, at: Date): string | null {
  const suffix = `.${label}-${timestampForFile(at)}`;
  let moved: string | null = null;
  for (const part of ['', ...SIDECARS]) {
    const from = `${databasePath}${part}`;
    if (!fs.existsSync(from)) continue;
    const to = `${databasePath}${suffix}${part}`;
    fs.renameSync(from, to);
    if (part === '') moved = to;
  }
  fsyncDir(path.dirname(databasePath));
  return moved;
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
): void {
  const incoming = `${databasePath}.incoming`;
  fs.rmSync(incoming, { force: true });
  try {
    fs.copyFileSync(source, incoming);
    fsyncFile(incoming);
    checkDatabaseFile(incoming, { migrations, label: 'The copied backup' });
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
