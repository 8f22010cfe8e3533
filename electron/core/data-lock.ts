// One exclusive, operating-system lock per data folder, held for the life of the process
// that has the clinic database open (Electron, the browser host, or the command line while
// it restores or imports). The lock is SQLite's own file lock (fcntl on Unix, LockFileEx on
// Windows) on a small lock database, taken with a write transaction that is never finished:
// the OS drops it only when the holder closes it or dies, so no other process can release
// it and a crash never leaves it behind. A note beside it says who holds it, for messages.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { openLockDatabase } from './db/open';
import { AppError } from './errors';
import { makePrivate, PRIVATE_FILE_MODE } from './file-modes';

/** The locked file (a small SQLite database that never holds data). */
export const LOCK_FILE = 'physioplan.instance-lock';
/** The note naming the holder (the name older versions used for their advisory note). */
export const HOLDER_FILE = 'physioplan.lock';
const holderSchema = z.object({ pid: z.int().positive(), host: z.string(), startedAt: z.string() });
export type DataLock = z.infer<typeof holderSchema>;

export interface HeldDataLock {
  readonly holder: DataLock;
  release(): void;
}

export class DataFolderInUseError extends AppError {
  constructor(
    readonly holder: DataLock | null,
    dataDir: string,
  ) {
    super(
      'CONFLICT',
      `Physioplan is running on this data folder (${dataDir}): ${describeHolder(holder)}. Close it first.`,
    );
  }
}

/** The lock is held but its note is missing (removed, or being written). */
const UNKNOWN_HOLDER: DataLock = { pid: 1, host: 'unknown', startedAt: '' };

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** "the browser window, process 4242, started 22 Nov 2026 09:30 UTC" */
export function describeHolder(holder: DataLock | null): string {
  if (holder === null || holder === UNKNOWN_HOLDER) return 'another Physioplan process';
  const started = new Date(holder.startedAt);
  const when = Number.isNaN(started.getTime())
    ? ''
    : `, started ${started.getUTCDate()} ${MONTHS[started.getUTCMonth()] ?? ''} ${started.getUTCFullYear()} ${holder.startedAt.slice(11, 16)} UTC`;
  return `${hostName(holder.host)}, process ${holder.pid}${when}`;
}

function hostName(kind: string): string {
  switch (kind) {
    case 'electron':
      return 'the desktop app';
    case 'browser':
      return 'the browser window';
    case 'cli':
      return 'the admin command line';
    default:
      return `Physioplan (${kind})`;
  }
}

function readHolder(dataDir: string): DataLock | null {
  try {
    const parsed = holderSchema.safeParse(
      JSON.parse(fs.readFileSync(path.join(dataDir, HOLDER_FILE), 'utf8')),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function isBusy(error: unknown): boolean {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_BUSY');
}

/**
 * Connections holding a lock. Kept here so that garbage collection can never close one
 * (better-sqlite3 closes unreachable connections, and the OS lock would go with it).
 */
const held = new Set<Database.Database>();

/** Takes the lock, or returns null when another process (or connection) holds it. */
function tryLock(dataDir: string, waitMs: number): Database.Database | null {
  const file = path.join(dataDir, LOCK_FILE);
  const db = openLockDatabase(file, waitMs);
  makePrivate(file);
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    return db;
  } catch (error) {
    db.close();
    if (isBusy(error)) return null;
    throw error;
  }
}

/** Takes the folder's lock for this process, or refuses naming the process that holds it. */
export function acquireDataLock(dataDir: string, host: string, at: Date): HeldDataLock {
  const db = tryLock(dataDir, 1000);
  if (db === null) throw new DataFolderInUseError(readHolder(dataDir), dataDir);
  const holder: DataLock = { pid: process.pid, host, startedAt: at.toISOString() };
  const note = path.join(dataDir, HOLDER_FILE);
  try {
    fs.writeFileSync(note, JSON.stringify(holder), { mode: PRIVATE_FILE_MODE });
    makePrivate(note);
  } catch {
    // The note only improves messages; the lock itself is held.
  }
  held.add(db);
  return {
    holder,
    release() {
      if (!held.delete(db)) return;
      if (readHolder(dataDir)?.pid === process.pid) fs.rmSync(note, { force: true });
      // Closing ends the open transaction and the OS lock with it.
      db.close();
    },
  };
}

/** Who holds the folder, if anyone does (this process included); null when it is free. */
export function liveDataLock(dataDir: string): DataLock | null {
  if (!fs.existsSync(path.join(dataDir, LOCK_FILE))) return null;
  const db = tryLock(dataDir, 0);
  if (db === null) return readHolder(dataDir) ?? UNKNOWN_HOLDER;
  db.close();
  return null;
}
