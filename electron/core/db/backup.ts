// Consistent snapshots of the live database (never a file copy of a live WAL database).
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../errors';

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

/** Writes a snapshot with VACUUM INTO and returns its path. */
export function snapshotTo(db: Database.Database, file: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (fs.existsSync(file)) throw new AppError('CONFLICT', `A backup already exists at ${file}.`);
  db.prepare('VACUUM INTO ?').run(file);
  return file;
}

export function timestampForFile(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}
