// Issue 12 proofs: the record, its backups and its exports are unreadable without the key;
// wrong secrets change nothing; an older plain record is encrypted whole; the keyed audit
// chain catches edits made without the key.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import PlainDatabase from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { keyFilePath, readKeyFile } from '../../electron/core/access/key-file';
import { rekeyDataFolder } from '../../electron/cli/cli-keys';
import { databasePath } from '../../electron/core/app-core';
import { backupsDir } from '../../electron/core/db/backup';
import { migrate } from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations';
import { migrationClinicians } from '../../electron/core/db/migrations/0009-clinicians-keyed-audit';
import { openDatabase } from '../../electron/core/db/open';
import { insertPatient } from '../support/visit-fixtures';
import {
  openTestCore,
  openTestDatabase,
  tempDir,
  TEST_ADMIN,
  TEST_EXPORT_PASSPHRASE,
  TEST_PASSPHRASE,
  type TestCore,
} from '../support/core';

let cores: TestCore[] = [];
afterEach(() => {
  for (const core of cores) core.close();
  cores = [];
});
function track(core: TestCore): TestCore {
  cores.push(core);
  return core;
}

const patient = {
  firstName: 'Zofia',
  lastName: 'Quistgaard',
  dateOfBirth: '1979-03-14',
  phone: '',
  email: '',
  address: '',
  conditions: ['Plantar heel pain'],
  diagnosis: 'Left plantar heel pain after marathon training',
  preferredLanguage: 'en' as const,
  notes: 'Prefers early appointments; sister Kalinda drives her',
};
const secrets = ['Quistgaard', '1979-03-14', 'sister Kalinda drives her'];

function containsAny(file: string): string[] {
  const bytes = fs.readFileSync(file);
  return secrets.filter(
    (s) => bytes.includes(Buffer.from(s, 'utf8')) || bytes.includes(Buffer.from(s, 'utf16le')),
  );
}

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function plainCannotOpen(file: string): boolean {
  try {
    const db = new PlainDatabase(file, { readonly: true, fileMustExist: true });
    try {
      db.prepare('SELECT count(*) FROM sqlite_schema').get();
      return false;
    } finally {
      db.close();
    }
  } catch {
    return true;
  }
}

describe('encryption at rest', () => {
  it('keeps a patient’s name, birth date and notes out of the database, backups and exports', async () => {
    const core = track(openTestCore(undefined, { dailyBackup: false }));
    await core.call('patients.create', { patient });
    const backup = await core.call('backups.create', {});
    const out = tempDir('physioplan-out-');
    const exported = await core.call('backups.exportRecord', {
      folder: out,
      passphrase: TEST_EXPORT_PASSPHRASE,
    });
    // While open (WAL in use) and after closing, no file holds the text.
    const live = databasePath(core.dataDir);
    for (const file of [live, `${live}-wal`].filter((f) => fs.existsSync(f)))
      expect(containsAny(file), file).toEqual([]);
    core.close();
    cores = [];
    for (const file of [live, backup.path, exported.path]) {
      expect(containsAny(file), file).toEqual([]);
    }
    expect(plainCannotOpen(live)).toBe(true);
    expect(plainCannotOpen(backup.path)).toBe(true);
    // The snapshot inside the export starts after the manifest line.
    const bytes = fs.readFileSync(exported.path);
    const snapshot = path.join(tempDir(), 'snapshot.sqlite');
    fs.writeFileSync(snapshot, bytes.subarray(bytes.indexOf(0x0a, 20) + 1));
    expect(plainCannotOpen(snapshot)).toBe(true);
    // The key file holds no key in the clear.
    expect(fs.readFileSync(keyFilePath(core.dataDir), 'utf8')).not.toMatch(/[0-9a-f]{64}/);
  });

  it('refuses a wrong clinic passphrase and a tampered key file clearly, changing nothing', () => {
    const dir = tempDir();
    track(openTestCore(dir)).close();
    cores = [];
    const keyBefore = fs.readFileSync(keyFilePath(dir), 'utf8');
    const dbBefore = sha256(databasePath(dir));
    const core = track(openTestCore(dir, { locked: true }));
    expect(core.access.status().stage).toBe('passphrase');
    expect(() => core.access.openClinic('not the passphrase')).toThrow(
      /does not open the clinic record/,
    );
    expect(core.access.status().stage).toBe('passphrase');
    expect(fs.readFileSync(keyFilePath(dir), 'utf8')).toBe(keyBefore);
    expect(sha256(databasePath(dir))).toBe(dbBefore);
    // One changed character in the wrapped key: the right passphrase no longer unwraps it.
    const keys = readKeyFile(dir);
    const wrapped = Buffer.from(keys.passphrase.wrapped, 'base64');
    wrapped[0] = (wrapped[0] ?? 0) ^ 1;
    fs.writeFileSync(
      keyFilePath(dir),
      JSON.stringify({
        ...keys,
        passphrase: { ...keys.passphrase, wrapped: wrapped.toString('base64') },
      }),
    );
    expect(() => core.access.openClinic(TEST_PASSPHRASE)).toThrow(/key file was changed/);
    fs.writeFileSync(keyFilePath(dir), '{"format":"physioplan-keys"');
    expect(() => core.access.openClinic(TEST_PASSPHRASE)).toThrow(/damaged or was edited/);
    expect(sha256(databasePath(dir))).toBe(dbBefore);
  });

  it('opens with the recovery key and sets a new passphrase; rekey does not rewrite the record', () => {
    const dir = tempDir();
    const first = track(openTestCore(dir, { locked: true }));
    const { recoveryKey } = first.access.setup({
      clinicPassphrase: TEST_PASSPHRASE,
      adminName: TEST_ADMIN.name,
      secretKind: 'pin',
      secret: TEST_ADMIN.pin,
    });
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    first.close();
    const core = track(openTestCore(dir, { locked: true }));
    expect(() => core.access.recover('AAAA-BBBB', 'a brand new passphrase')).toThrow(
      /recovery key does not open/,
    );
    core.access.recover(recoveryKey.toLowerCase().replaceAll('-', ' '), 'a brand new passphrase');
    expect(core.access.status().stage).toBe('sign-in');
    core.close();
    cores = [];
    const before = createHash('sha256')
      .update(fs.readFileSync(databasePath(dir)))
      .digest('hex');
    rekeyDataFolder(dir, 'a brand new passphrase', TEST_PASSPHRASE);
    const after = createHash('sha256')
      .update(fs.readFileSync(databasePath(dir)))
      .digest('hex');
    expect(after).toBe(before);
    const reopened = track(openTestCore(dir));
    expect(reopened.access.status().stage).toBe('signed-in');
  });

  it('slows down wrong PINs: after five in a row even the right one waits', () => {
    let now = Date.parse('2026-11-22T09:00:00Z');
    const dir = tempDir();
    track(openTestCore(dir)).close();
    cores = [];
    const core = track(openTestCore(dir, { locked: true, idleNow: () => now }));
    core.access.openClinic(TEST_PASSPHRASE);
    const admin = core.access.status().clinicians[0];
    if (!admin) throw new Error('no clinician');
    const messages: string[] = [];
    for (let attempt = 0; attempt < 20; attempt += 1) {
      try {
        core.access.signIn(admin.id, '000000');
      } catch (error) {
        messages.push(error instanceof Error ? error.message : String(error));
      }
      now += 1000;
    }
    expect(messages).toHaveLength(20);
    expect(messages.slice(0, 4).every((m) => m === 'That PIN is not right.')).toBe(true);
    expect(messages[4]).toMatch(/Wait 30 seconds/);
    expect(messages.slice(5).every((m) => m.startsWith('Too many wrong attempts'))).toBe(true);
    expect(() => core.access.signIn(admin.id, TEST_ADMIN.pin)).toThrow(/Too many wrong attempts/);
    now += 60_000;
    expect(core.access.signIn(admin.id, TEST_ADMIN.pin).stage).toBe('signed-in');
  });

  it('refuses every call while locked, and locks itself after the idle time', async () => {
    let now = Date.parse('2026-11-22T09:00:00Z');
    const core = track(openTestCore(undefined, { idleNow: () => now }));
    await core.call('access.setIdleLock', { seconds: 60 });
    expect((await core.call('patients.search', { query: '' })).length).toBeGreaterThanOrEqual(0);
    now += 61_000;
    const refused = await core.fail('patients.search', { query: '' });
    expect(refused).toMatchObject({ code: 'LOCKED', message: expect.stringMatching(/Sign in/) });
    core.access.signIn(core.access.status().clinicians[0]?.id ?? '', TEST_ADMIN.pin);
    await core.call('access.lock', {});
    expect((await core.fail('audit.list', {})).code).toBe('LOCKED');
    expect((await core.call('access.status', {})).stage).toBe('sign-in');
  });

  it('refuses an export with the wrong passphrase and changes nothing', async () => {
    const source = track(openTestCore());
    await source.call('patients.create', { patient });
    const exported = await source.call('backups.exportRecord', {
      passphrase: TEST_EXPORT_PASSPHRASE,
    });
    const target = track(openTestCore());
    const before = await target.call('patients.search', { query: '' });
    const error = await target.fail('backups.importRecord', {
      path: exported.path,
      passphrase: 'not the export passphrase',
    });
    expect(error).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/passphrase for this export is wrong/),
    });
    expect(await target.call('patients.search', { query: '' })).toEqual(before);
    await target.call('backups.importRecord', {
      path: exported.path,
      passphrase: TEST_EXPORT_PASSPHRASE,
    });
    expect((await target.call('patients.search', { query: '' })).map((p) => p.lastName)).toContain(
      'Quistgaard',
    );
    expect((await target.call('audit.verify', {})).ok).toBe(true);
  });
});

/** A record as the current main writes it: plain SQLite, schema before clinicians, SHA chain. */
function plainRecordFromEarlierVersion(dir: string): void {
  const db = openDatabase(databasePath(dir));
  migrate(db, migrations, { targetVersion: migrationClinicians.version - 1 });
  insertPatient(db, {
    id: 'pat-old',
    firstName: 'Zofia',
    lastName: 'Quistgaard',
    dateOfBirth: '1979-03-14',
  });
  db.prepare(
    `INSERT INTO images (sha256, mime_type, width, height, byte_size, data, created_at)
     VALUES (?, 'image/png', 1, 1, 4, ?, '2026-01-01T00:00:00.000Z')`,
  ).run('a'.repeat(64), Buffer.from([1, 2, 3, 4]));
  let prev = '0'.repeat(64);
  for (let seq = 1; seq <= 3; seq += 1) {
    const row = [
      seq,
      `2026-01-0${seq}T10:00:00.000Z`,
      'patient',
      'pat-old',
      'pat-old',
      'update',
      '["notes"]',
      prev,
    ];
    const hash = createHash('sha256').update(JSON.stringify(row)).digest('hex');
    db.prepare(
      `INSERT INTO audit_log (seq, at, entity, entity_id, patient_id, action, fields, prev_hash, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(...row, hash);
    prev = hash;
  }
  db.prepare('VACUUM INTO ?').run(
    path.join(
      fs.mkdirSync(backupsDir(dir), { recursive: true }) ?? backupsDir(dir),
      'physioplan-2026-01-03T10-00-00-000Z-daily.sqlite',
    ),
  );
  db.close();
}

describe('upgrade of an unencrypted record', () => {
  it('encrypts it in place after a verified backup; every row, image and audit entry survives', async () => {
    const dir = tempDir();
    plainRecordFromEarlierVersion(dir);
    const plainBackup = path.join(
      backupsDir(dir),
      'physioplan-2026-01-03T10-00-00-000Z-daily.sqlite',
    );
    expect(containsAny(databasePath(dir))).not.toEqual([]);
    const core = track(openTestCore(dir, { locked: true }));
    expect(core.access.status()).toMatchObject({ stage: 'setup', upgrade: true });
    core.access.setup({
      clinicPassphrase: TEST_PASSPHRASE,
      adminName: TEST_ADMIN.name,
      secretKind: 'pin',
      secret: TEST_ADMIN.pin,
    });
    expect((await core.call('patients.get', { id: 'pat-old' })).lastName).toBe('Quistgaard');
    const image = await core.call('images.get', { sha256: 'a'.repeat(64) });
    expect(Buffer.from(image.dataBase64, 'base64')).toEqual(Buffer.from([1, 2, 3, 4]));
    const audit = await core.call('audit.verify', {});
    expect(audit).toMatchObject({ ok: true });
    const entries = (await core.call('audit.list', {})).entries;
    expect(entries.map((e) => e.action)).toContain('encrypt');
    core.close();
    cores = [];
    expect(containsAny(databasePath(dir))).toEqual([]);
    expect(plainCannotOpen(databasePath(dir))).toBe(true);
    expect(containsAny(plainBackup)).toEqual([]);
    expect(plainCannotOpen(plainBackup)).toBe(true);
    expect(fs.readdirSync(dir).filter((n) => n.includes('before-encryption'))).toEqual([]);
  });
});

describe('keyed audit chain', () => {
  it('names the entry edited by someone without the key, even with hashes recomputed', async () => {
    const core = track(openTestCore());
    for (const lastName of ['One', 'Two', 'Three'])
      await core.call('patients.create', { patient: { ...patient, lastName } });
    const dir = core.dataDir;
    core.close();
    cores = [];
    // An edit with the triggers dropped, hashes left alone.
    let db = openTestDatabase(dir);
    db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_head_forward_only;');
    db.exec(`UPDATE audit_log SET action = 'print' WHERE seq = 3`);
    db.close();
    let reopened = track(openTestCore(dir));
    expect((await reopened.call('audit.verify', {})).message).toMatch(/altered at entry 3/);
    reopened.close();
    cores = [];
    // The same edit with every hash recomputed the old way (SHA-256, no key) and the head moved.
    db = openTestDatabase(dir);
    const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Record<
      string,
      unknown
    >[];
    let prev = '0'.repeat(64);
    for (const row of rows) {
      const hash = createHash('sha256')
        .update(
          JSON.stringify([
            row.seq,
            row.at,
            row.entity,
            row.entity_id,
            row.patient_id,
            row.clinician_id,
            row.action,
            row.fields,
            prev,
          ]),
        )
        .digest('hex');
      db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?').run(
        prev,
        hash,
        row.seq,
      );
      prev = hash;
    }
    db.prepare('UPDATE audit_head SET hash = ? WHERE id = 1').run(prev);
    db.close();
    reopened = track(openTestCore(dir));
    const verdict = await reopened.call('audit.verify', {});
    expect(verdict).toMatchObject({ ok: false, firstBadSeq: 1 });
    expect(verdict.message).toMatch(/altered at entry 1/);
  });

  it('names the clinician in every entry made after sign-in', async () => {
    const core = track(openTestCore());
    await core.call('patients.create', { patient });
    const [newest] = (await core.call('audit.list', {})).entries;
    expect(newest).toMatchObject({
      entity: 'patient',
      action: 'create',
      clinicianName: TEST_ADMIN.name,
    });
  });

  it('finds the encrypted file damaged when its bytes are edited without the key', () => {
    const dir = tempDir();
    track(openTestCore(dir)).close();
    cores = [];
    const file = databasePath(dir);
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 2000] = (bytes[bytes.length - 2000] ?? 0) ^ 0xff;
    fs.writeFileSync(file, bytes);
    const core = track(openTestCore(dir));
    expect(core.status().mode).toBe('recovery');
  });
});
