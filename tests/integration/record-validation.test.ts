// Crafted exports and backups (valid file, valid manifest, wrong contents) are refused with
// what is wrong, and the clinic record stays as it was.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  openTestCore,
  tempDir,
  testDataKey,
  TEST_EXPORT_PASSPHRASE,
  type TestCore,
} from '../support/core';
import { craftedExport, tamper } from '../support/crafted-files';
import { patientDraft } from '../support/records';

const cores: TestCore[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});

async function clinicWithRecords(): Promise<TestCore> {
  const core = openTestCore(tempDir(), { idPrefix: `c${cores.length}` });
  cores.push(core);
  const patient = await core.call('patients.create', {
    patient: patientDraft({
      dateOfBirth: '1988-04-02',
      conditions: ['Plantar heel pain'],
      diagnosis: 'Plantar fasciopathy',
      notes: 'Runs 30 km a week.',
    }),
  });
  await core.call('plans.create', { patientId: patient.id, title: 'Heel pain, loading' });
  return core;
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
      patient: patientDraft({ firstName: 'Later', lastName: 'Patient' }),
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
