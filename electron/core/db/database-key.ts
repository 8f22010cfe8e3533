// The clinic's data key: 32 random bytes that encrypt the database, its backups and the
// snapshots it writes (SQLCipher 4 format). It never leaves memory unwrapped.
import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError } from '../errors';

export const DATABASE_KEY_BYTES = 32;

/** A 256-bit data key. A class rather than a bare Buffer so it is never logged by accident. */
export class DatabaseKey {
  readonly #bytes: Buffer;

  constructor(bytes: Buffer) {
    if (bytes.length !== DATABASE_KEY_BYTES)
      throw new Error(`A database key has ${DATABASE_KEY_BYTES} bytes`);
    this.#bytes = Buffer.from(bytes);
  }

  static random(): DatabaseKey {
    return new DatabaseKey(randomBytes(DATABASE_KEY_BYTES));
  }

  /** A copy of the raw bytes, for wrapping and for deriving the audit key. */
  bytes(): Buffer {
    return Buffer.from(this.#bytes);
  }

  equals(other: DatabaseKey): boolean {
    return this.#bytes.equals(other.#bytes);
  }

  toJSON(): string {
    return '[database key]';
  }

  toString(): string {
    return '[database key]';
  }
}

/**
 * Keys a freshly opened connection. A raw key (x'…') skips SQLCipher's own key derivation:
 * ours already came from a random source, and opening stays fast. Reading the schema proves
 * the key fits before anything else runs.
 */
export function applyDatabaseKey(db: Database.Database, key: DatabaseKey): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.pragma(`key = "x'${key.bytes().toString('hex')}'"`);
  try {
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (error) {
    throw wrongKeyError(error);
  }
}

/** Re-encrypts an open connection's file with another key (or encrypts a plain file). */
export function rekeyDatabase(db: Database.Database, key: DatabaseKey): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.pragma(`rekey = "x'${key.bytes().toString('hex')}'"`);
}

export function isNotADatabase(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    typeof error.code === 'string' &&
    error.code.startsWith('SQLITE_NOTADB')
  );
}

function wrongKeyError(error: unknown): unknown {
  if (!isNotADatabase(error)) return error;
  return new AppError(
    'VALIDATION',
    'This file cannot be read with this clinic’s key: it belongs to another clinic, or it is damaged.',
  );
}
