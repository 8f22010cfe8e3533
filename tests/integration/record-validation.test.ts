// Crafted exports and backups (valid file, valid manifest, wrong contents) are refused with
// what is wrong, and the clinic record stays as it was.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractRecordExport, writeRecordExport } from '../../electron/core/backups/record-file';
import { migrations } from '../../electron/core/db/migrations';
import { closeDatabase, openDatabase } from '../../electron/core/db/open';
import type { DatabaseKey } from '../../electron/core/db/database-key';
import {
  openTestCore,
  tempDir,
  testDataKey,
  TEST_EXPORT_PASSPHRASE,
  TEST_KDF,
  type TestCore,
} from '../support/core';

const cores: TestCore[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});

async function clinicWithRecords(): Promise<TestCore> {
  const core = openTestCore(tempDir(), { idPrefix: `c${cores.length}` });
  cores.push(core);
  const patient = await core.call('patients.create', {
    patient: {
      firstName: 'Ana',
      lastName: 'Núñez',
      dateOfBirth: '1988-04-02',
      phone: '',
      email: '',
      address: '',
      conditions: ['Plantar heel pain'],
      diagnosis: 'Plantar fasciopathy',
      preferredLanguage: 'en',
      notes: 'Runs 30 km a week.',
    },
  });
  await core.call('plans.create', { patientId: patient.id, title: 'Heel pain, loading' });
  return core;
}

/** Runs `sql` on a database file with its triggers and checks lifted, then put back. */
function tamper(file: string, sql: string, key: DatabaseKey): void {
  const db = openDatabase(file, { key });
  try {
    const triggers = db
      .prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name LIKE 'audit%'",
      )
      .all() as { name: string; sql: string }[];
    db.pragma('foreign_keys = OFF');
    db.pragma('ignore_check_constraints = ON');
    for (const t of triggers) db.exec(`DROP TRIGGER ${t.name}`);
    db.exec(sql);
    for (const t of triggers) db.exec(t.sql);
  } finally {
    db.close();
  }
}

/** An export of `core` changed by `sql`, with a manifest (counts, checksum) made afresh. */
async function craftedExport(core: TestCore, sql: string): Promise<string> {
  const exported = await core.call('backups.exportRecord', {
    folder: tempDir('physioplan-ex-'),
    passphrase: TEST_EXPORT_PASSPHRASE,
  });
  const work = tempDir('physioplan-craft-');
  const db = path.join(work, 'record.sqlite');
  // Whoever crafts it knows the export passphrase; the snapshot is encrypted like a real one.
  const key = testDataKey(core.dataDir);
  extractRecordExport(exported.path, db, migrations, {
    passphrase: TEST_EXPORT_PASSPHRASE,
    targetKey: key,
  });
  tamper(db, sql, key);
  const handle = openDatabase(db, { key });
  try {
    return writeRecordExport(handle, {
      key,
      passphrase: TEST_EXPORT_PASSPHRASE,
      kdf: TEST_KDF,
      folder: work,
      appVersion: '0.0.0-test',
      createdAt: new Date('2026-11-23T10:00:00Z'),
      migrations,
    }).path;
  } finally {
    closeDatabase(handle);
  }
}

const patientCount = (core: TestCore) =>
  core.ctx.db.prepare('SELECT count(*) FROM patients').pluck().get();

describe('crafted exports and backups', () => {
  it.each([
    [
      'an audit entry deleted',
      'DELETE FROM audit_log WHERE seq = 1',
      /audit log was altered at entry/,
    ],
    [
      'a plan pointing at a missing patient',
      "UPDATE plans SET patient_id = 'no-such-patient' WHERE patient_id IS NOT NULL",
      /1 plan record points to a patient that is not in the file/,
    ],
    [
      'conditions that are not a list',
      'UPDATE patients SET conditions = \'{"0": 1}\'',
      /Patient .* cannot be read/,
    ],
    [
      'invalid preferred language',
      "UPDATE patients SET preferred_language = '\"}{'",
      /Patient .* cannot be read/,
    ],
    [
      'notes far over the field limit',
      "UPDATE patients SET notes = printf('%.*c', 300000, 'x')",
      /Patient .* cannot be read/,
    ],
  ])('refuses an export with %s and changes nothing', async (_label, sql, message) => {
    const source = await clinicWithRecords();
    const file = await craftedExport(source, sql);
    const target = await clinicWithRecords();
    const before = patientCount(target);
    const error = await target.fail('backups.importRecord', {
      path: file,
      passphrase: TEST_EXPORT_PASSPHRASE,
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('was not used because its contents are not right');
    expect(error.message).toMatch(message);
    expect(patientCount(target)).toBe(before);
    expect((await target.call('audit.verify', {})).ok).toBe(true);
  });

  it('refuses a backup with an audit entry deleted', async () => {
    const core = await clinicWithRecords();
    const backup = await core.call('backups.create', {});
    await core.call('patients.create', {
      patient: {
        firstName: 'Later',
        lastName: 'Patient',
        dateOfBirth: null,
        phone: '',
        email: '',
        address: '',
        conditions: [],
        diagnosis: '',
        preferredLanguage: 'en',
        notes: '',
      },
    });
    // The newest entry: the first ones now record the clinic's set-up and sign-in.
    tamper(
      backup.path,
      'DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)',
      testDataKey(core.dataDir),
    );
    const error = await core.fail('backups.restore', {
      fileName: backup.fileName,
      location: backup.location,
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/^This backup was not used .* audit entry was removed/);
    expect(patientCount(core)).toBe(2);
  });

  it('still imports an untouched export', async () => {
    const source = await clinicWithRecords();
    const exported = await source.call('backups.exportRecord', {
      folder: tempDir('physioplan-ex-'),
      passphrase: TEST_EXPORT_PASSPHRASE,
    });
    const target = await clinicWithRecords();
    await target.call('backups.importRecord', {
      path: exported.path,
      passphrase: TEST_EXPORT_PASSPHRASE,
    });
    expect(fs.existsSync(exported.path)).toBe(true);
    expect(patientCount(target)).toBe(1);
  });
});
