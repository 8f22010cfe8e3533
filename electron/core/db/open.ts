// Opens the clinic database with the pragmas that keep it safe, and checks they took effect.
// The clinic database and its backups are SQLCipher 4 files (better-sqlite3-multiple-ciphers);
// a file opened without a key is read as plain SQLite (older databases, migration tests).
import type Database from 'better-sqlite3';
import CipherDatabase from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../errors';
import { applyDatabaseKey, type DatabaseKey } from './database-key';

export const DATABASE_FILE_NAME = 'physioplan.sqlite';

export interface OpenOptions {
  readonly?: boolean;
  /** The clinic's data key; absent only for plain (pre-encryption) files. */
  key?: DatabaseKey | null | undefined;
  /** better-sqlite3 built for another runtime (Electron in development); see electron/tools. */
  nativeBinding?: string | undefined;
}

let processBinding: string | undefined;

/**
 * The better-sqlite3 addon for this process's runtime, set once by the core when it opens:
 * backups, checks and exports open their own connections and must load the same addon.
 */
export function useSqliteBinding(binding: string | undefined): void {
  if (binding) processBinding = binding;
}

function bindingOption(binding: string | undefined): { nativeBinding?: string } {
  const chosen = binding ?? processBinding;
  return chosen ? { nativeBinding: chosen } : {};
}

/** A plain read-only connection (no pragmas), for checking files that are not the live database. */
export function openReadOnly(file: string, key?: DatabaseKey | null): Database.Database {
  const db = construct(file, { readonly: true, fileMustExist: true });
  try {
    if (key) applyDatabaseKey(db, key);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

export function openMemory(): Database.Database {
  return construct(':memory:', {});
}

function construct(
  file: string,
  options: { readonly?: boolean; fileMustExist?: boolean; nativeBinding?: string | undefined },
): Database.Database {
  const { nativeBinding, ...rest } = options;
  // The cipher build has the same API and types as better-sqlite3; the rest of the core keeps
  // better-sqlite3's type names.
  return new CipherDatabase(file, { ...rest, ...bindingOption(nativeBinding) });
}

export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  let db: Database.Database;
  try {
    db = construct(file, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
      nativeBinding: options.nativeBinding,
    });
  } catch (error) {
    throw new AppError(
      'IO',
      `Could not open the clinic database at ${file} (${String(error)}). Check that the folder exists and can be written to, and that no other copy of Physioplan has it open.`,
    );
  }
  try {
    if (options.key) applyDatabaseKey(db, options.key);
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      // better-sqlite3's bundled SQLite defaults WAL databases to NORMAL, which can lose the
      // last commits on power loss; clinical records need FULL.
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Pages in SQLite's own cache are kept decrypted; every miss decrypts and checks a page
    // again. 32 MiB holds a large clinic's working set (SQLite's default is 2 MiB).
    db.pragma('cache_size = -32768');
    assertPragmas(db, options.readonly ?? false);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

function assertPragmas(db: Database.Database, readonly: boolean): void {
  const expect = (name: string, wanted: string | number) => {
    const actual: unknown = db.pragma(name, { simple: true });
    if (String(actual).toLowerCase() !== String(wanted)) {
      throw new AppError(
        'IO',
        `Database setting ${name} is ${String(actual)}, expected ${wanted}.`,
      );
    }
  };
  if (!readonly) {
    expect('journal_mode', 'wal');
    expect('synchronous', 2);
  }
  expect('foreign_keys', 1);
  expect('busy_timeout', 5000);
}

export function closeDatabase(db: Database.Database): void {
  if (!db.open) return;
  try {
    if (!db.readonly) db.pragma('optimize');
  } finally {
    db.close();
  }
}

/** Closes even a damaged database: `PRAGMA optimize` may fail on it, the close must not. */
export function closeQuietly(db: Database.Database): void {
  try {
    closeDatabase(db);
  } catch {
    if (db.open) db.close();
  }
}

/**
 * A connection to the data folder's lock file (see data-lock.ts). It must come from the same
 * SQLite as every other connection of the process: SQLite keeps one process's locks on a
 * file together, so its checks never drop the lock this process holds.
 */
export function openLockDatabase(file: string, waitMs: number): Database.Database {
  const db = new CipherDatabase(file, { timeout: waitMs, ...bindingOption(undefined) });
  return db;
}
