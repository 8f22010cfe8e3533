import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../../electron/cli/index';
import { databasePath } from '../../electron/core/app-core';
import { openTestCore, tempDir } from '../support/core';
import { craftedExport } from '../support/crafted-files';
import { clinicSettings, patientDraft } from '../support/records';
import { openTestDatabase, openTestFile, TEST_PASSPHRASE } from '../support/core';

/** The test clinic's passphrase in a file, as clinic IT would keep it. */
function passphraseFile(): string {
  const file = path.join(tempDir('physioplan-secret-'), 'passphrase.txt');
  fs.writeFileSync(file, `${TEST_PASSPHRASE}\n`, { mode: 0o600 });
  return file;
}

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const secret = passphraseFile();
  const withSecrets = [...args, '--passphrase-file', secret, '--export-passphrase-file', secret];
  const code = await runCli(withSecrets, { write: (t) => (out += t), error: (t) => (err += t) });
  return { code, out, err };
}

async function clinicFolder(name = 'CLI Clinic'): Promise<string> {
  const core = openTestCore();
  await core.call('settings.update', clinicSettings({ clinicName: name }));
  core.close();
  return core.dataDir;
}

function clinicName(dataDir: string): unknown {
  const db = openTestDatabase(dataDir, { readonly: true });
  try {
    return db.prepare('SELECT clinic_name FROM clinic_settings').pluck().get();
  } finally {
    db.close();
  }
}

describe('admin command line', () => {
  it('prints help, and exits 2 on an unknown command or option', async () => {
    expect((await cli('--help')).out).toContain('Usage: npm run cli -- <command>');
    expect((await cli('--help')).code).toBe(EXIT.ok);
    expect((await cli()).code).toBe(EXIT.usage);
    const unknown = await cli('explode', '--data-dir', tempDir());
    expect(unknown.code).toBe(EXIT.usage);
    expect(unknown.err).toContain('Unknown command "explode"');
    expect((await cli('stats', '--colour')).code).toBe(EXIT.usage);
  });

  it('backs up, lists in stats, and verifies with --json', async () => {
    const dir = await clinicFolder();
    const backup = await cli('backup', '--data-dir', dir, '--json');
    expect(backup.code).toBe(EXIT.ok);
    const written = JSON.parse(backup.out) as { ok: boolean; backup: { path: string } };
    expect(written.ok).toBe(true);
    expect(fs.existsSync(written.backup.path)).toBe(true);
    const stats = JSON.parse((await cli('stats', '--data-dir', dir, '--json')).out) as {
      counts: Record<string, number>;
      backups: unknown[];
    };
    expect(stats.counts['clinic_settings']).toBe(1);
    // The one just made and the new clinic's first start-up backup.
    expect(stats.backups).toHaveLength(2);
    const verify = await cli('verify', '--backups', '--data-dir', dir);
    expect(verify.code).toBe(EXIT.ok);
    expect(verify.out).toContain('All checks passed');
  });

  // Four key derivations at the production scrypt cost (the command line has no test cost).
  it(
    'changes the clinic passphrase with rekey without rewriting the records',
    { timeout: 90_000 },
    async () => {
      const dir = await clinicFolder('Rekey Clinic');
      const digest = () =>
        createHash('sha256')
          .update(fs.readFileSync(databasePath(dir)))
          .digest('hex');
      const before = digest();
      const fresh = path.join(tempDir('physioplan-secret-'), 'new.txt');
      fs.writeFileSync(fresh, 'a brand new clinic passphrase\n', { mode: 0o600 });

      const rekey = await cli('rekey', '--data-dir', dir, '--new-passphrase-file', fresh);
      expect(rekey.code, rekey.err).toBe(EXIT.ok);
      expect(rekey.out).toContain('The clinic passphrase was changed');
      expect(digest()).toBe(before);

      // The old passphrase no longer opens the folder; the new one does, and nothing was lost.
      const old = await cli('stats', '--data-dir', dir);
      expect(old.code).toBe(EXIT.failed);
      expect(old.err).toMatch(/passphrase/i);
      let out = '';
      const code = await runCli(
        ['stats', '--data-dir', dir, '--json', '--passphrase-file', fresh],
        {
          write: (t) => (out += t),
          error: () => undefined,
        },
      );
      expect(code).toBe(EXIT.ok);
      expect(JSON.parse(out)).toMatchObject({ counts: { clinic_settings: 1 } });
    },
  );

  it('exits 1 when verify finds a tampered audit log', async () => {
    const dir = await clinicFolder();
    const db = openTestFile(databasePath(dir), { readonly: false });
    db.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET fields = '[]'");
    db.close();
    const verify = await cli('verify', '--data-dir', dir, '--json');
    expect(verify.code).toBe(EXIT.problems);
    expect(JSON.parse(verify.out)).toMatchObject({
      ok: false,
      problems: [expect.stringContaining('Audit log')],
    });
  });

  it('restores the newest good backup only with --yes, and not under a running app', async () => {
    const dir = await clinicFolder('Backed up name');
    expect((await cli('backup', '--data-dir', dir)).code).toBe(EXIT.ok);
    const core = openTestCore(dir);
    await core.call('settings.update', {
      ...(await core.call('settings.get', {})),
      clinicName: 'Later name',
    });
    core.close();
    // A running app holds the folder (other processes: tests/integration/data-lock.test.ts).
    const running = openTestCore(dir, { idPrefix: 'running' });
    const inUse = await cli('restore', '--latest', '--yes', '--data-dir', dir);
    running.close();
    expect(inUse.code).toBe(EXIT.inUse);
    expect(inUse.err).toContain('Physioplan is running on this data folder');
    const dry = await cli('restore', '--latest', '--data-dir', dir);
    expect(dry.code).toBe(EXIT.problems);
    expect(clinicName(dir)).toBe('Later name');
    const done = await cli('restore', '--latest', '--yes', '--data-dir', dir);
    expect(done.code).toBe(EXIT.ok);
    expect(clinicName(dir)).toBe('Backed up name');
  });

  it('ignores a lock left by a process that no longer exists', async () => {
    const dir = await clinicFolder();
    fs.writeFileSync(
      path.join(dir, 'physioplan.lock'),
      JSON.stringify({ pid: 2 ** 22 + 17, host: 'electron', startedAt: 'x' }),
    );
    expect((await cli('backup', '--data-dir', dir)).code).toBe(EXIT.ok);
    // An old note naming this very process does not hold the folder either.
    fs.writeFileSync(
      path.join(dir, 'physioplan.lock'),
      JSON.stringify({ pid: process.pid, host: 'test', startedAt: '2026-11-22T08:00:00.000Z' }),
    );
    expect((await cli('restore', '--latest', '--yes', '--data-dir', dir)).code).toBe(EXIT.ok);
  });

  // Production-cost scrypt wraps the new folder's key, and every record is read back first.
  it(
    'exports and imports into a new folder, refusing a non-empty one with exit 3',
    { timeout: 60_000 },
    async () => {
      const dir = await clinicFolder('Exported clinic');
      const out = tempDir('physioplan-out-');
      const exported = JSON.parse(
        (await cli('export', '--data-dir', dir, '--out', out, '--json')).out,
      ) as { export: { path: string } };
      const fresh = path.join(tempDir(), 'new-folder');
      expect((await cli('import', exported.export.path, '--data-dir', fresh)).code).toBe(EXIT.ok);
      expect(clinicName(fresh)).toBe('Exported clinic');
      const again = await cli('import', exported.export.path, '--data-dir', fresh);
      expect(again.code).toBe(EXIT.failed);
      expect(again.err).toContain('not empty');
    },
  );

  it(
    'refuses a crafted export (manifest made afresh) with what is wrong and where',
    { timeout: 60_000 },
    async () => {
      const source = openTestCore();
      const patient = await source.call('patients.create', {
        patient: patientDraft(),
      });
      // Sealed with the passphrase the command line is given (its file holds TEST_PASSPHRASE).
      const file = await craftedExport(
        source,
        'UPDATE patients SET conditions = \'{"0": 1}\'',
        TEST_PASSPHRASE,
      );
      source.close();
      const fresh = path.join(tempDir(), 'new-folder');
      const refused = await cli('import', file, '--data-dir', fresh);
      expect(refused.code).toBe(EXIT.failed);
      expect(refused.err).toContain('The database in this export was not used');
      expect(refused.err).toContain(
        `Patient ${patient.id} cannot be read: This patient’s record is damaged`,
      );
      expect(fs.existsSync(fresh)).toBe(false);
    },
  );

  it('runs as `npm run cli` with the documented exit code', async () => {
    const run = promisify(execFile);
    const missing = path.join(tempDir(), 'nothing-here');
    const result = await run('npm', [
      'run',
      '-s',
      'cli',
      '--',
      'stats',
      '--json',
      '--data-dir',
      missing,
    ]).then(
      () => ({ code: 0, stdout: '' }),
      (error: { code: number; stdout: string }) => error,
    );
    expect(result.code).toBe(EXIT.failed);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
