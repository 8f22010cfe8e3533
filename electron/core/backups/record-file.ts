// The portable export: one file holding a consistent snapshot of the whole clinic record and
// a manifest (app and schema versions, row counts, SHA-256 of the snapshot).
//
//   line 1: PHYSIOPLAN-EXPORT
//   line 2: the manifest as one line of JSON
//   then:   the SQLite snapshot, exactly manifest.database.bytes long
//
// Since format 2 the snapshot is encrypted (SQLCipher 4: AES-256 with an HMAC on every page)
// with a key derived by scrypt from a passphrase chosen at export time; the manifest carries
// the salt and cost. A wrong passphrase fails the page HMACs and nothing is imported.
// Format 1 files (plain snapshots from earlier versions) are still read.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { auditKeyFrom } from '../audit/audit-key';
import { rechainAuditLog } from '../audit/audit-rechain';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { sha256Schema, timestampSchema } from '../../../shared/domain/common';
import type { ExportSummary } from '../../../shared/domain/backups';
import { checkDatabaseFile, fsyncDir, fsyncFile, timestampForFile } from '../db/backup';
import { applyDatabaseKey, DatabaseKey, isNotADatabase, rekeyDatabase } from '../db/database-key';
import { latestVersion, type Migration } from '../db/migrate';
import { openDatabase, openReadOnly } from '../db/open';
import { AppError } from '../errors';
import { deriveKey, kdfParamsSchema, type KdfParams } from '../access/key-wrap';
import { ensurePrivateDir, makePrivate, PRIVATE_FILE_MODE } from '../file-modes';

export const EXPORT_MAGIC = 'PHYSIOPLAN-EXPORT';
export const EXPORT_FORMAT_VERSION = 2;
export const EXPORT_EXTENSION = '.physioplan-export';
const MAX_MANIFEST_BYTES = 64 * 1024;
const CHUNK = 1024 * 1024;

export const exportManifestSchema = z.strictObject({
  format: z.literal('physioplan-export'),
  formatVersion: z.int().positive(),
  appVersion: z.string().min(1).max(40),
  schemaVersion: z.int().positive(),
  createdAt: timestampSchema,
  counts: z.record(z.string().regex(/^[a-z0-9_]{1,64}$/), z.int().nonnegative()),
  database: z.strictObject({ bytes: z.int().positive(), sha256: sha256Schema }),
  /** Absent only in format 1 (unencrypted). */
  encryption: z
    .strictObject({
      cipher: z.literal('sqlcipher-4'),
      kdf: kdfParamsSchema,
      salt: z.base64(),
      /** The exporting clinic's audit key, sealed with the export key (AES-256-GCM). */
      auditKey: z.strictObject({ nonce: z.base64(), tag: z.base64(), sealed: z.base64() }),
    })
    .optional(),
});
export type ExportManifest = z.infer<typeof exportManifestSchema>;

/** Row counts of every table: the manifest's promise of what the file holds. */
export function countRows(db: Database.Database): Record<string, number> {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all() as { name: string }[];
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const row = db.prepare(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`).get() as {
      n: number;
    };
    counts[name] = row.n;
  }
  return counts;
}

function sha256OfFile(file: string): string {
  const hash = createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK);
    for (
      let read = fs.readSync(fd, buffer, 0, CHUNK, null);
      read > 0;
      read = fs.readSync(fd, buffer, 0, CHUNK, null)
    ) {
      hash.update(buffer.subarray(0, read));
    }
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

export interface WriteExportOptions {
  folder: string;
  appVersion: string;
  createdAt: Date;
  migrations: readonly Migration[];
  /** The clinic key the live database (and so the fresh snapshot) is encrypted with. */
  key: DatabaseKey | null;
  /** Chosen at export time; the file cannot be read without it. */
  passphrase: string;
  kdf: KdfParams;
}

/** The export key: scrypt of the export passphrase with the salt kept in the manifest. */
function exportKey(passphrase: string, salt: Buffer, kdf: KdfParams): DatabaseKey {
  return new DatabaseKey(deriveKey(passphrase, salt, kdf));
}

/** Re-encrypts a database file in place (DELETE journal: rekey needs it, and no WAL lingers). */
function rekeyFile(file: string, from: DatabaseKey | null, to: DatabaseKey): void {
  const db = openDatabase(file, { key: from });
  try {
    db.pragma('journal_mode = DELETE');
    rekeyDatabase(db, to);
  } finally {
    db.close();
  }
}

/** Writes the export file into `folder` and returns what it holds. */
export function writeRecordExport(
  db: Database.Database,
  options: WriteExportOptions,
): ExportSummary {
  const { folder, createdAt } = options;
  ensurePrivateDir(folder);
  const file = path.join(
    folder,
    `physioplan-export-${timestampForFile(createdAt)}${EXPORT_EXTENSION}`,
  );
  if (fs.existsSync(file)) throw new AppError('CONFLICT', `An export already exists at ${file}.`);
  const snapshot = `${file}.snapshot`;
  const partial = `${file}.partial`;
  try {
    fs.rmSync(snapshot, { force: true });
    db.prepare('VACUUM INTO ?').run(snapshot);
    makePrivate(snapshot);
    const check = checkDatabaseFile(snapshot, {
      migrations: options.migrations,
      label: 'The snapshot for the export',
      key: options.key,
    });
    const reader = openReadOnly(snapshot, options.key);
    let counts: Record<string, number>;
    try {
      counts = countRows(reader);
    } finally {
      reader.close();
    }
    const salt = randomBytes(16);
    const fileKey = exportKey(options.passphrase, salt, options.kdf);
    rekeyFile(snapshot, options.key, fileKey);
    const bytes = fs.statSync(snapshot).size;
    const manifest: ExportManifest = {
      format: 'physioplan-export',
      formatVersion: EXPORT_FORMAT_VERSION,
      appVersion: options.appVersion,
      schemaVersion: check.schemaVersion,
      createdAt: createdAt.toISOString(),
      counts,
      database: { bytes, sha256: sha256OfFile(snapshot) },
      encryption: {
        cipher: 'sqlcipher-4',
        kdf: options.kdf,
        salt: salt.toString('base64'),
        auditKey: sealAuditKey(fileKey, options.key),
      },
    };
    const out = fs.openSync(partial, 'w', PRIVATE_FILE_MODE);
    makePrivate(partial);
    try {
      fs.writeSync(out, `${EXPORT_MAGIC}\n${JSON.stringify(manifest)}\n`);
      const input = fs.openSync(snapshot, 'r');
      try {
        const buffer = Buffer.alloc(CHUNK);
        for (
          let read = fs.readSync(input, buffer, 0, CHUNK, null);
          read > 0;
          read = fs.readSync(input, buffer, 0, CHUNK, null)
        ) {
          fs.writeSync(out, buffer, 0, read);
        }
      } finally {
        fs.closeSync(input);
      }
      fs.fsyncSync(out);
    } finally {
      fs.closeSync(out);
    }
    fs.renameSync(partial, file);
    fsyncDir(folder);
    return {
      path: file,
      createdAt: manifest.createdAt,
      appVersion: manifest.appVersion,
      schemaVersion: manifest.schemaVersion,
      sizeBytes: fs.statSync(file).size,
      sha256: manifest.database.sha256,
      counts,
    };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      'IO',
      `Could not write the export to ${folder}: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    fs.rmSync(snapshot, { force: true });
    fs.rmSync(partial, { force: true });
  }
}

const damaged = (detail: string) =>
  new AppError(
    'VALIDATION',
    `This file is not a complete Physioplan export (${detail}). Nothing was changed.`,
  );

/** Reads and checks the header; returns the manifest and where the snapshot starts. */
export function readExportManifest(
  file: string,
  migrations: readonly Migration[],
): { manifest: ExportManifest; offset: number } {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new AppError('NOT_FOUND', `No file was found at ${file}.`);
  }
  if (!stat.isFile()) {
    const what = stat.isDirectory() ? 'a folder' : 'a device or other special file';
    throw new AppError('VALIDATION', `${file} is ${what}, not an export file.`);
  }
  const head = Buffer.alloc(Math.min(stat.size, EXPORT_MAGIC.length + 2 + MAX_MANIFEST_BYTES));
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (!head.subarray(0, EXPORT_MAGIC.length + 1).equals(Buffer.from(`${EXPORT_MAGIC}\n`))) {
    throw new AppError(
      'VALIDATION',
      'This file is not a Physioplan export. Choose a file whose name ends in .physioplan-export.',
    );
  }
  const start = EXPORT_MAGIC.length + 1;
  const end = head.indexOf(0x0a, start);
  if (end < 0) throw damaged('its description is missing or too long');
  let json: unknown;
  try {
    json = JSON.parse(head.subarray(start, end).toString('utf8'));
  } catch {
    throw damaged('its description is not readable');
  }
  const versionOnly = z.object({ formatVersion: z.int() }).safeParse(json);
  if (versionOnly.success && versionOnly.data.formatVersion > EXPORT_FORMAT_VERSION) {
    throw new AppError(
      'CONFLICT',
      'This export was made by a newer version of Physioplan. Update the app to import it.',
    );
  }
  const parsed = exportManifestSchema.safeParse(json);
  if (!parsed.success) throw damaged('its description is malformed');
  const manifest = parsed.data;
  const supported = latestVersion(migrations);
  if (manifest.schemaVersion > supported) {
    throw new AppError(
      'CONFLICT',
      `This export was made by a newer version of Physioplan (${manifest.appVersion}, schema ${manifest.schemaVersion}); this app understands schema ${supported} at most. Update Physioplan to import it.`,
    );
  }
  const offset = end + 1;
  if (stat.size < offset + manifest.database.bytes)
    throw damaged('it is shorter than it should be; it may have been cut off while copying');
  if (stat.size > offset + manifest.database.bytes) throw damaged('it has extra data at the end');
  return { manifest, offset };
}

/**
 * Checks an export completely and writes its snapshot to `target` (which must not exist).
 * On any failure `target` is left absent.
 */
export function extractRecordExport(
  file: string,
  target: string,
  migrations: readonly Migration[],
  keys: { passphrase: string; targetKey: DatabaseKey },
): ExportManifest {
  const { manifest, offset } = readExportManifest(file, migrations);
  if (fs.existsSync(target)) throw new AppError('CONFLICT', `${target} already exists.`);
  const hash = createHash('sha256');
  try {
    copyRange(file, offset, target, hash);
    if (hash.digest('hex') !== manifest.database.sha256)
      throw damaged('its checksum does not match; the file was changed or damaged');
    const encryption = manifest.encryption;
    if (encryption) {
      const key = exportKey(
        keys.passphrase,
        Buffer.from(encryption.salt, 'base64'),
        encryption.kdf,
      );
      proveExportKey(target, key);
      const sourceAuditKey = openAuditKey(key, encryption.auditKey);
      rekeyFile(target, key, keys.targetKey);
      const db = openDatabase(target, { key: keys.targetKey });
      try {
        rechainAuditLog(db, sourceAuditKey, auditKeyFrom(keys.targetKey));
        db.pragma('journal_mode = DELETE');
      } finally {
        db.close();
      }
    } else if (manifest.formatVersion >= 2) {
      throw damaged('its encryption details are missing');
    } else {
      rekeyFile(target, null, keys.targetKey);
    }
    const check = checkDatabaseFile(target, {
      migrations,
      label: 'The database in this export',
      key: keys.targetKey,
    });
    if (check.schemaVersion !== manifest.schemaVersion)
      throw damaged('its schema version does not match its description');
    const reader = openReadOnly(target, keys.targetKey);
    let counts: Record<string, number>;
    try {
      counts = countRows(reader);
    } finally {
      reader.close();
    }
    if (JSON.stringify(sortKeys(counts)) !== JSON.stringify(sortKeys(manifest.counts))) {
      throw damaged('its record counts do not match its description');
    }
    fsyncFile(target);
    return manifest;
  } catch (error) {
    fs.rmSync(target, { force: true });
    if (error instanceof AppError) throw error;
    // Pages that fail their HMAC after the passphrase was proved: the snapshot was damaged or
    // changed, whatever its checksum says (the checksum can be recomputed by anyone).
    if (isDamagedDatabase(error)) throw damaged('its database is damaged');
    throw new AppError(
      'IO',
      `Could not read the export: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function isDamagedDatabase(error: unknown): boolean {
  if (isNotADatabase(error)) return true;
  return (
    error instanceof Error &&
    'code' in error &&
    typeof error.code === 'string' &&
    error.code.startsWith('SQLITE_CORRUPT')
  );
}

/** The audit key travels with the export so the importing clinic can check the chain. */
function sealAuditKey(
  fileKey: DatabaseKey,
  clinicKey: DatabaseKey | null,
): { nonce: string; tag: string; sealed: string } {
  const auditKey = clinicKey ? auditKeyFrom(clinicKey) : Buffer.alloc(32);
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', fileKey.bytes(), nonce);
  const sealed = Buffer.concat([cipher.update(auditKey), cipher.final()]);
  return {
    nonce: nonce.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    sealed: sealed.toString('base64'),
  };
}

function openAuditKey(
  fileKey: DatabaseKey,
  sealed: { nonce: string; tag: string; sealed: string },
): Buffer {
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      fileKey.bytes(),
      Buffer.from(sealed.nonce, 'base64'),
    );
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.sealed, 'base64')), decipher.final()]);
  } catch {
    throw damaged('its audit key was changed');
  }
}

/** A wrong passphrase reads as "not a database": say so in the clinic's words. */
function proveExportKey(file: string, key: DatabaseKey): void {
  const db = openReadOnly(file);
  try {
    applyDatabaseKey(db, key);
  } catch (error) {
    if (error instanceof AppError || isNotADatabase(error)) {
      throw new AppError(
        'VALIDATION',
        'The passphrase for this export is wrong. Enter the passphrase chosen when the export was made; nothing was changed.',
        [{ path: ['passphrase'], message: 'This passphrase does not open the export.' }],
      );
    }
    throw error;
  } finally {
    db.close();
  }
}

/** Copies `source` from `offset` to its end into a new file `target`, hashing on the way. */
function copyRange(
  source: string,
  offset: number,
  target: string,
  hash: ReturnType<typeof createHash>,
): void {
  const input = fs.openSync(source, 'r');
  try {
    const output = fs.openSync(target, 'wx', PRIVATE_FILE_MODE);
    try {
      const buffer = Buffer.alloc(CHUNK);
      let position = offset;
      for (
        let read = fs.readSync(input, buffer, 0, CHUNK, position);
        read > 0;
        read = fs.readSync(input, buffer, 0, CHUNK, position)
      ) {
        hash.update(buffer.subarray(0, read));
        fs.writeSync(output, buffer, 0, read);
        position += read;
      }
      fs.fsyncSync(output);
    } finally {
      fs.closeSync(output);
    }
  } finally {
    fs.closeSync(input);
  }
}

function sortKeys(record: Record<string, number>): [string, number][] {
  return Object.entries(record).sort(([a], [b]) => a.localeCompare(b));
}
