// Consistent snapshots of the live database (never a file copy of a live WAL database), and
// the checks a database file must pass before Physioplan trusts it.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../errors';
import { ensurePrivateDir, makePrivate } from '../file-modes';
import { latestVersion, migrate, type Migration } from './migrate';
import type { DatabaseKey } from './database-key';
import { openMemory, openReadOnly } from './open';

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

export function timestampForFile(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;

/** Writes to disk and flushes, so a power cut cannot leave a half-written file behind. */
export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a rename durable; some platforms cannot open directories, which is fine to skip. */
export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot fsync a directory; NTFS journals renames itself.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Reads the schema version from the file header without opening it as a database. */
export function readHeaderSchemaVersion(file: string): number | null {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const header = Buffer.alloc(HEADER_BYTES);
    const read = fs.readSync(fd, header, 0, HEADER_BYTES, 0);
    if (read < HEADER_BYTES || !header.subarray(0, 16).equals(SQLITE_MAGIC)) return null;
    return header.readUInt32BE(60);
  } catch {
    return null;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * The schema version of a database file: from the header of a plain file, or by opening an
 * encrypted one (its header is encrypted too) with the clinic key. Null when neither works.
 */
export function fileSchemaVersion(file: string, key: DatabaseKey | null): number | null {
  const plain = readHeaderSchemaVersion(file);
  if (plain !== null || !key) return plain;
  let db: Database.Database | undefined;
  try {
    db = openReadOnly(file, key);
    return Number(db.pragma('user_version', { simple: true }));
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

export interface DatabaseFileCheck {
  schemaVersion: number;
  sizeBytes: number;
}

interface SchemaEntry {
  type: string;
  name: string;
  sql: string | null;
}

function readSchema(db: Database.Database): string {
  const rows = db
    .prepare(
      "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    .all() as SchemaEntry[];
  return JSON.stringify(rows);
}

const canonicalSchemas = new Map<string, string>();

/** The schema a database at `version` must have: what our own migrations build, nothing more. */
function canonicalSchema(migrations: readonly Migration[], version: number): string {
  const key = `${migrations.length}:${version}`;
  const cached = canonicalSchemas.get(key);
  if (cached !== undefined) return cached;
  const memory = openMemory();
  try {
    migrate(memory, migrations, { targetVersion: version });
    const schema = readSchema(memory);
    canonicalSchemas.set(key, schema);
    return schema;
  } finally {
    memory.close();
  }
}

/**
 * Opens a database file read-only and proves it is a whole Physioplan database this app can
 * use: right header, full integrity check, our tables, a schema version we understand.
 * `label` names the file in messages ("This backup", "The database in this export").
 */
export function checkDatabaseFile(
  file: string,
  options: {
    migrations: readonly Migration[];
    label: string;
    /**
     * Require exactly the schema our migrations build (default). Off only for a snapshot of
     * the live database itself: a backup must never be refused for the shape of its source.
     */
    exactSchema?: boolean;
    /** The clinic key; without it only a plain (unencrypted) file can pass. */
    key?: DatabaseKey | null | undefined;
  },
): DatabaseFileCheck {
  const { label } = options;
  const supported = latestVersion(options.migrations);
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(file);
  } catch {
    throw new AppError('NOT_FOUND', `${label} was not found at ${file}.`);
  }
  if (!stat.isFile()) throw new AppError('VALIDATION', `${label} is not a regular file.`);
  const encrypted = readHeaderSchemaVersion(file) === null;
  if (stat.size < 512 || (encrypted && !options.key)) {
    throw new AppError(
      'VALIDATION',
      `${label} is not a Physioplan database: the file is damaged or of another kind.`,
    );
  }
  if (!encrypted && options.key) {
    throw new AppError(
      'VALIDATION',
      `${label} is not encrypted: it was made by an earlier version of Physioplan, before the clinic record was encrypted, and cannot be used in its place.`,
    );
  }
  let db: Database.Database | undefined;
  try {
    db = openReadOnly(file, encrypted ? options.key : null);
    // A file from elsewhere may carry triggers or views of its own; never run its functions.
    db.pragma('trusted_schema = OFF');
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') {
      throw new AppError(
        'VALIDATION',
        `${label} is damaged: it failed the database integrity check.`,
      );
    }
    const schemaVersion = Number(db.pragma('user_version', { simple: true }));
    if (schemaVersion > supported) {
      throw new AppError(
        'CONFLICT',
        `${label} was made by a newer version of Physioplan (schema ${schemaVersion}); this app understands schema ${supported} at most. Update Physioplan to use it.`,
      );
    }
    // Exactly the tables, indexes and triggers our migrations build: this catches files that
    // are not ours and files with extra triggers or views planted in them.
    if (
      schemaVersion < 1 ||
      ((options.exactSchema ?? true) &&
        readSchema(db) !== canonicalSchema(options.migrations, schemaVersion))
    ) {
      throw new AppError(
        'VALIDATION',
        `${label} is a database, but not a Physioplan clinic record.`,
      );
    }
    return { schemaVersion, sizeBytes: stat.size };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      'VALIDATION',
      `${label} is damaged and cannot be read (${shortReason(error)}).`,
    );
  } finally {
    db?.close();
  }
}

function shortReason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 160);
}

/**
 * Writes a snapshot with VACUUM INTO to a temporary name, proves it with integrity_check,
 * flushes it and only then gives it its real name: a crash mid-way never leaves a file that
 * looks like a good backup.
 */
export function writeVerifiedSnapshot(
  db: Database.Database,
  file: string,
  migrations: readonly Migration[],
  key: DatabaseKey | null,
): DatabaseFileCheck {
  ensurePrivateDir(path.dirname(file));
  if (fs.existsSync(file)) throw new AppError('CONFLICT', `A backup already exists at ${file}.`);
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    makePrivate(partial);
    fsyncFile(partial);
    const check = checkDatabaseFile(partial, {
      migrations,
      label: 'The new backup',
      exactSchema: false,
      key,
    });
    const liveVersion = Number(db.pragma('user_version', { simple: true }));
    if (check.schemaVersion !== liveVersion) {
      throw new AppError(
        'IO',
        `The new backup does not match the database (schema ${check.schemaVersion}, expected ${liveVersion}).`,
      );
    }
    fs.renameSync(partial, file);
    fsyncDir(path.dirname(file));
    return check;
  } catch (error) {
    fs.rmSync(partial, { force: true });
    if (error instanceof AppError) throw error;
    throw new AppError(
      'IO',
      `Could not write a backup to ${path.dirname(file)}: ${shortReason(error)}`,
    );
  }
}
