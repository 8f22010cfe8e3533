// Hostile files: truncated, corrupted, foreign and future-version backups and exports. Each
// must be refused with a clear message, and nothing may change — not the record, not the
// backups, not the data folder.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../shared/errors';
import { databasePath } from '../../electron/core/app-core';
import {
  countRows,
  EXPORT_MAGIC,
  readExportManifest,
} from '../../electron/core/backups/record-file';
import { importIntoNewDataFolder } from '../../electron/core/backups/record-import';
import { migrations } from '../../electron/core/db/migrations';
import { AppError } from '../../electron/core/errors';
import { deriveKey } from '../../electron/core/access/key-wrap';
import { DatabaseKey, rekeyDatabase } from '../../electron/core/db/database-key';
import { openDatabase } from '../../electron/core/db/open';
import { openTestCore, tempDir, testDataKey, type TestCore } from '../support/core';
import { TEST_EXPORT_PASSPHRASE, TEST_IMPORT_SECRETS } from '../support/core';
import { openTestFile } from '../support/core';

let core: TestCore;
let goodBackup: string;
let goodExport: string;
const work = tempDir('physioplan-hostile-');
let counter = 0;

function scratch(name: string): string {
  counter += 1;
  return path.join(work, `${counter}-${name}`);
}

/** The clinic's key: a hostile file about its content is encrypted like a real backup. */
function clinicKey(): DatabaseKey {
  return testDataKey(core.dataDir);
}

/** A copy of a good (encrypted) backup with some SQL applied to it, still encrypted. */
function alteredDatabase(sql: string, version?: number): string {
  const file = scratch('altered.sqlite');
  fs.copyFileSync(goodBackup, file);
  const db = openDatabase(file, { key: clinicKey() });
  db.exec(sql);
  if (version !== undefined) db.pragma(`user_version = ${version}`);
  db.close();
  return file;
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Builds an export file from a manifest and a payload, recomputing what `fix` asks for. */
function exportFile(options: {
  manifest?: (m: Record<string, unknown>) => unknown;
  payload?: Buffer;
  rawManifest?: string;
  trailing?: Buffer;
}): string {
  const bytes = fs.readFileSync(goodExport);
  const { manifest, offset } = readExportManifest(goodExport, migrations);
  const payload = options.payload ?? bytes.subarray(offset);
  const fixed: Record<string, unknown> = {
    ...manifest,
    database: { bytes: payload.length, sha256: sha256(payload) },
  };
  const line =
    options.rawManifest ?? JSON.stringify(options.manifest ? options.manifest(fixed) : fixed);
  const file = scratch('hostile.physioplan-export');
  fs.writeFileSync(
    file,
    Buffer.concat([
      Buffer.from(`${EXPORT_MAGIC}\n${line}\n`),
      payload,
      options.trailing ?? Buffer.alloc(0),
    ]),
  );
  return file;
}

/**
 * A clinic-key database file re-encrypted with the good export's key (its passphrase, salt
 * and cost), as an attacker who knows the export passphrase would build a hostile snapshot.
 */
function sealedForExport(file: string): Buffer {
  const { manifest } = readExportManifest(goodExport, migrations);
  if (!manifest.encryption) throw new Error('the good export is not encrypted');
  const { salt, kdf } = manifest.encryption;
  const key = new DatabaseKey(deriveKey(TEST_EXPORT_PASSPHRASE, Buffer.from(salt, 'base64'), kdf));
  const copy = scratch('sealed.sqlite');
  fs.copyFileSync(file, copy);
  const db = openDatabase(copy, { key: clinicKey() });
  db.pragma('journal_mode = DELETE');
  rekeyDatabase(db, key);
  db.close();
  return fs.readFileSync(copy);
}

/** The good export's snapshot bytes (encrypted with its export key). */
function goodPayload(): Buffer {
  const { offset } = readExportManifest(goodExport, migrations);
  return fs.readFileSync(goodExport).subarray(offset);
}

function countsOf(file: string): Record<string, number> {
  const db = openTestFile(file);
  try {
    return countRows(db);
  } finally {
    db.close();
  }
}

interface State {
  clinicName: unknown;
  counts: Record<string, number>;
  dataFiles: string[];
  backups: string[];
}

async function state(): Promise<State> {
  const settings = await core.call('settings.get', {});
  const listed = await core.call('backups.list', {});
  return {
    clinicName: settings.clinicName,
    counts: countRows(core.ctx.db),
    dataFiles: fs
      .readdirSync(core.dataDir)
      .filter((n) => !n.endsWith('-wal') && !n.endsWith('-shm'))
      .sort(),
    backups: listed.backups.map((b) => b.fileName),
  };
}

beforeAll(async () => {
  core = openTestCore();
  await core.call('settings.update', {
    clinicName: 'Hostile Files Clinic',
    clinicianName: 'Mara Lind',
    credentials: '',
    address: '',
    phone: '',
    email: '',
    website: '',
    paperSize: 'A4',
    handoutLanguage: 'en',
  });
  goodBackup = (await core.call('backups.create', {})).path;
  goodExport = (
    await core.call('backups.exportRecord', { folder: work, passphrase: TEST_EXPORT_PASSPHRASE })
  ).path;
});
afterAll(() => core.close());

/** Every file the test planted or tried, for the closing figure. */
const tried: string[] = [];

interface BackupCase {
  kind: string;
  make: () => string | { symlinkTo: string } | { directory: true };
  code: ErrorCode;
  message: RegExp;
}

const backupCases: BackupCase[] = [
  {
    kind: 'empty file',
    make: () => writeBytes(Buffer.alloc(0)),
    code: 'VALIDATION',
    message: /not a Physioplan database/,
  },
  {
    kind: 'first 100 bytes only',
    make: () => cut(100),
    code: 'VALIDATION',
    message: /not a Physioplan database|damaged/,
  },
  { kind: 'cut in half', make: () => cut(0.5), code: 'VALIDATION', message: /damaged/ },
  { kind: 'last page missing', make: () => cutLastPage(), code: 'VALIDATION', message: /damaged/ },
  {
    kind: 'random bytes',
    make: () => writeBytes(Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 256))),
    code: 'VALIDATION',
    // Without the key, random bytes look like another clinic's encrypted file.
    message:
      /cannot be read with this clinic’s key: it belongs to another clinic, or it is damaged/,
  },
  {
    kind: 'a text file',
    make: () => writeBytes(Buffer.from('Patient list\n'.repeat(200))),
    code: 'VALIDATION',
    message:
      /cannot be read with this clinic’s key: it belongs to another clinic, or it is damaged/,
  },
  {
    kind: 'SQLite header then zeros',
    make: () =>
      writeBytes(Buffer.concat([fs.readFileSync(goodBackup).subarray(0, 100), Buffer.alloc(8092)])),
    code: 'VALIDATION',
    message: /damaged/,
  },
  {
    kind: 'scribbled b-tree pages',
    make: () => scribble(),
    code: 'VALIDATION',
    message: /damaged/,
  },
  {
    kind: 'impossible page size in the header',
    make: () => patchHeader(16, Buffer.from([0x03, 0x00])),
    code: 'VALIDATION',
    message: /damaged/,
  },
  {
    kind: 'from a future version (schema 99)',
    make: () => alteredDatabase('SELECT 1', 99),
    code: 'CONFLICT',
    message: /newer version of Physioplan/,
  },
  {
    kind: 'another application’s database',
    make: () => otherDatabase(),
    code: 'VALIDATION',
    message: /not a Physioplan clinic record/,
  },
  {
    kind: 'a planted trigger',
    make: () =>
      alteredDatabase(
        'CREATE TRIGGER wipe AFTER INSERT ON audit_log BEGIN DELETE FROM clinic_settings; END;',
      ),
    code: 'VALIDATION',
    message: /not a Physioplan clinic record/,
  },
  {
    kind: 'a planted view and table',
    make: () =>
      alteredDatabase(
        'CREATE TABLE loot (x TEXT); CREATE VIEW v AS SELECT * FROM clinic_settings;',
      ),
    code: 'VALIDATION',
    message: /not a Physioplan clinic record/,
  },
  {
    kind: 'a dropped table',
    make: () => alteredDatabase('DROP TABLE plan_red_flags;'),
    code: 'VALIDATION',
    message: /not a Physioplan clinic record/,
  },
  {
    kind: 'an unencrypted Physioplan database (from before encryption)',
    make: () => plainDatabase(),
    code: 'VALIDATION',
    message: /This backup is not encrypted: it was made by an earlier version of Physioplan/,
  },
  {
    kind: 'a folder named like a backup',
    make: () => ({ directory: true }),
    code: 'NOT_FOUND',
    message: /was not found/,
  },
  {
    kind: 'a symbolic link to /etc/passwd',
    make: () => ({ symlinkTo: '/etc/passwd' }),
    code: 'NOT_FOUND',
    message: /was not found/,
  },
];

function writeBytes(bytes: Buffer): string {
  const file = scratch('bytes.sqlite');
  fs.writeFileSync(file, bytes);
  return file;
}
function cut(fraction: number): string {
  const bytes = fs.readFileSync(goodBackup);
  return writeBytes(
    bytes.subarray(0, fraction < 1 ? Math.floor(bytes.length * fraction) : fraction),
  );
}
function cutLastPage(): string {
  const bytes = fs.readFileSync(goodBackup);
  return writeBytes(bytes.subarray(0, bytes.length - 4096)); // one SQLCipher page
}
/** Overwrites part of every third page after the first (4096-byte SQLCipher pages). */
function scribbleBytes(source: Buffer): Buffer {
  const bytes = Buffer.from(source);
  const page = 4096;
  for (let p = 1; p * page < bytes.length; p += 3) bytes.fill(0xa5, p * page + 8, p * page + 64);
  return bytes;
}
function scribble(): string {
  return writeBytes(scribbleBytes(fs.readFileSync(goodBackup)));
}
function patchHeader(offset: number, patch: Buffer): string {
  const bytes = Buffer.from(fs.readFileSync(goodBackup));
  patch.copy(bytes, offset);
  return writeBytes(bytes);
}
/** A plain copy of the good backup, as an earlier, unencrypted Physioplan wrote them. */
function plainDatabase(): string {
  const file = scratch('plain.sqlite');
  fs.copyFileSync(goodBackup, file);
  const db = openDatabase(file, { key: clinicKey() });
  db.pragma('journal_mode = DELETE');
  db.pragma(`rekey = ''`); // an empty key writes the pages back in the clear
  db.close();
  return file;
}
function otherDatabase(): string {
  const file = scratch('other.sqlite');
  const db = openDatabase(file, { key: clinicKey() });
  db.exec(
    'CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices (total) VALUES (12.5);',
  );
  db.pragma('user_version = 2');
  db.close();
  return file;
}

describe('hostile backups are refused and change nothing', () => {
  it.each(backupCases)('$kind', async ({ kind, make, code, message }) => {
    const before = await state();
    const fileName = `physioplan-2020-01-0${(backupCases.findIndex((c) => c.kind === kind) % 9) + 1}T00-00-00-000Z-manual.sqlite`;
    const planted = path.join(core.dataDir, 'backups', fileName);
    const made = make();
    if (typeof made === 'string') fs.copyFileSync(made, planted);
    else if ('directory' in made) fs.mkdirSync(planted);
    else fs.symlinkSync(made.symlinkTo, planted);
    tried.push(`backup: ${kind}`);
    try {
      const error = await core.fail('backups.restore', { fileName, location: 'default' });
      expect(error.code).toBe(code);
      expect(error.message).toMatch(message);
      const after = await state();
      expect({ ...after, backups: after.backups.filter((b) => b !== fileName) }).toEqual(before);
      expect(core.status()).toEqual({ mode: 'normal' });
    } finally {
      fs.rmSync(planted, { recursive: true, force: true });
    }
  });
});

interface ExportCase {
  kind: string;
  make: () => string;
  code: ErrorCode;
  message: RegExp;
}

const exportCases: ExportCase[] = [
  {
    kind: 'a backup file renamed',
    make: () => goodBackup,
    code: 'VALIDATION',
    message: /not a Physioplan export/,
  },
  {
    kind: 'an empty file',
    make: () => writeBytes(Buffer.alloc(0)),
    code: 'VALIDATION',
    message: /not a Physioplan export/,
  },
  {
    kind: 'cut off after the first line',
    make: () => writeBytes(Buffer.from(`${EXPORT_MAGIC}\n{"format":"physioplan-export"`)),
    code: 'VALIDATION',
    message: /description is missing/,
  },
  {
    kind: 'a description that is not JSON',
    make: () => exportFile({ rawManifest: '{not json' }),
    code: 'VALIDATION',
    message: /not readable/,
  },
  {
    kind: 'a description with fields missing',
    make: () => exportFile({ manifest: (m) => ({ ...m, counts: undefined }) }),
    code: 'VALIDATION',
    message: /malformed/,
  },
  {
    kind: 'a description with unknown fields',
    make: () => exportFile({ manifest: (m) => ({ ...m, run: 'rm -rf /' }) }),
    code: 'VALIDATION',
    message: /malformed/,
  },
  {
    kind: 'a newer export format',
    make: () => exportFile({ manifest: (m) => ({ ...m, formatVersion: 7 }) }),
    code: 'CONFLICT',
    message: /newer version of Physioplan/,
  },
  {
    kind: 'a newer schema in the description',
    make: () => exportFile({ manifest: (m) => ({ ...m, schemaVersion: 99 }) }),
    code: 'CONFLICT',
    message: /schema 99/,
  },
  {
    kind: 'a description line of 100 kB',
    make: () => exportFile({ rawManifest: `{"pad":"${'x'.repeat(100_000)}"}` }),
    code: 'VALIDATION',
    message: /description is missing or too long/,
  },
  {
    kind: 'a claimed size of a terabyte',
    make: () =>
      exportFile({
        manifest: (m) => ({ ...m, database: { bytes: 10 ** 12, sha256: 'a'.repeat(64) } }),
      }),
    code: 'VALIDATION',
    message: /shorter than it should be/,
  },
  {
    kind: 'cut off inside the snapshot',
    make: () =>
      writeBytes(fs.readFileSync(goodExport).subarray(0, fs.statSync(goodExport).size - 1000)),
    code: 'VALIDATION',
    message: /cut off/,
  },
  {
    kind: 'extra bytes at the end',
    make: () => exportFile({ trailing: Buffer.from('MZ') }),
    code: 'VALIDATION',
    message: /extra data/,
  },
  {
    kind: 'one byte changed in the snapshot',
    make: () => flipPayloadByte(),
    code: 'VALIDATION',
    message: /checksum does not match/,
  },
  {
    kind: 'counts that do not match',
    make: () =>
      exportFile({
        manifest: (m) => ({ ...m, counts: { ...(m['counts'] as object), patients: 999 } }),
      }),
    code: 'VALIDATION',
    message: /record counts do not match/,
  },
  {
    kind: 'a future schema inside, hidden by the description',
    make: () => exportFile({ payload: sealedForExport(alteredDatabase('SELECT 1', 99)) }),
    code: 'CONFLICT',
    message: /newer version of Physioplan/,
  },
  {
    kind: 'a planted trigger inside, with a correct checksum',
    make: () => {
      const f = alteredDatabase(
        'CREATE TRIGGER t AFTER INSERT ON patients BEGIN DELETE FROM audit_log; END;',
      );
      return exportFile({
        payload: sealedForExport(f),
        manifest: (m) => ({ ...m, counts: countsOf(f) }),
      });
    },
    code: 'VALIDATION',
    message: /not a Physioplan clinic record/,
  },
  {
    kind: 'a damaged snapshot with a correct checksum',
    make: () => exportFile({ payload: scribbleBytes(goodPayload()) }),
    code: 'VALIDATION',
    message: /damaged/,
  },
  {
    kind: 'a folder instead of a file',
    make: () => work,
    code: 'VALIDATION',
    message: /folder, not an export file/,
  },
  {
    kind: 'a path that does not exist',
    make: () => path.join(work, '..', '..', 'no', 'such', 'file.physioplan-export'),
    code: 'NOT_FOUND',
    message: /No file was found/,
  },
  {
    kind: '/dev/zero',
    make: () => '/dev/zero',
    code: 'VALIDATION',
    message: /is a device or other special file, not an export file/,
  },
];

function flipPayloadByte(): string {
  const bytes = Buffer.from(fs.readFileSync(goodExport));
  const at = bytes.length - 5000;
  bytes[at] = (bytes[at] ?? 0) ^ 0xff;
  return writeBytes(bytes);
}

describe('hostile exports are refused and change nothing', () => {
  it.each(exportCases)('$kind', async ({ kind, make, code, message }) => {
    const file = make();
    tried.push(`export: ${kind}`);
    // Through the app: the open record must stay as it was.
    const before = await state();
    const error = await core.fail('backups.importRecord', {
      path: file,
      passphrase: TEST_EXPORT_PASSPHRASE,
    });
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(await state()).toEqual(before);
    // Through the command line's "import into a new folder": no folder is left behind.
    const target = path.join(tempDir(), 'new-clinic');
    let thrown: unknown;
    try {
      importIntoNewDataFolder(file, target, migrations, TEST_IMPORT_SECRETS);
    } catch (caught) {
      thrown = caught;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe(code);
    expect(fs.existsSync(target)).toBe(false);
  });
});

describe('the good files still work after all that', () => {
  it('restores the good backup and imports the good export', async () => {
    const fresh = path.join(tempDir(), 'clinic');
    importIntoNewDataFolder(goodExport, fresh, migrations, TEST_IMPORT_SECRETS);
    expect(fs.existsSync(databasePath(fresh))).toBe(true);
    const result = await core.call('backups.restore', {
      fileName: path.basename(goodBackup),
      location: 'default',
    });
    expect(result.restoredFrom).toBe(path.basename(goodBackup));
    console.log(
      `hostile files: ${tried.length} kinds tried (${backupCases.length} backups, ${exportCases.length} exports), all refused`,
    );
    expect(tried.length).toBeGreaterThanOrEqual(20);
  });
});
