import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importIntoNewDataFolder } from '../../electron/core/backups/record-import';
import { EXPORT_MAGIC, readExportManifest } from '../../electron/core/backups/record-file';
import { migrations } from '../../electron/core/db/migrations';
import { openTestCore, tempDir, type TestCore } from '../support/core';
import { openScratchCore, TEST_EXPORT_PASSPHRASE, TEST_IMPORT_SECRETS } from '../support/core';

const clinic = (clinicName: string) => ({
  clinicName,
  clinicianName: 'Jonas Weiß',
  credentials: 'BSc',
  address: 'Hauptstraße 1',
  phone: '',
  email: '',
  website: '',
  paperSize: 'A4' as const,
  handoutLanguage: 'de' as const,
  uiLanguage: 'en' as const,
});

let cores: TestCore[] = [];
afterEach(() => {
  for (const core of cores) core.close();
  cores = [];
});
function track(core: TestCore): TestCore {
  cores.push(core);
  return core;
}

describe('portable export', () => {
  it('writes one file with a manifest (versions, counts, checksum) and a consistent snapshot', async () => {
    const core = track(openTestCore());
    await core.call('settings.update', clinic('Praxis am Park'));
    const outDir = tempDir('physioplan-out-');
    const summary = await core.call('backups.exportRecord', {
      folder: outDir,
      passphrase: TEST_EXPORT_PASSPHRASE,
    });
    expect(path.dirname(summary.path)).toBe(outDir);
    expect(summary.path).toMatch(/\.physioplan-export$/);
    expect(summary).toMatchObject({ appVersion: '0.0.0-test', schemaVersion: migrations.length });
    expect(summary.counts).toMatchObject({ clinic_settings: 1, audit_log: 2 });
    const head = fs.readFileSync(summary.path).subarray(0, 200).toString('latin1');
    expect(head.startsWith(`${EXPORT_MAGIC}\n{`)).toBe(true);
    const { manifest } = readExportManifest(summary.path, migrations);
    expect(manifest.database.sha256).toBe(summary.sha256);
    // The export itself is in the audit trail.
    const audit = await core.call('audit.list', {});
    expect(audit.entries[0]).toMatchObject({ entity: 'backup', action: 'export' });
  });

  it('imports into a new data folder that opens with the same record', async () => {
    const core = track(openTestCore());
    await core.call('settings.update', clinic('Praxis am Park'));
    const summary = await core.call('backups.exportRecord', { passphrase: TEST_EXPORT_PASSPHRASE });
    const elsewhere = path.join(tempDir('physioplan-machine-b-'), 'Physioplan');
    const { manifest } = await importIntoNewDataFolder(
      summary.path,
      elsewhere,
      migrations,
      TEST_IMPORT_SECRETS,
      openScratchCore,
    );
    expect(manifest.counts).toEqual(summary.counts);
    const other = track(openTestCore(elsewhere));
    expect(await other.call('settings.get', {})).toMatchObject(clinic('Praxis am Park'));
    expect((await other.call('audit.verify', {})).ok).toBe(true);
  });

  it('refuses to import into a folder that already has data', async () => {
    const core = track(openTestCore());
    const summary = await core.call('backups.exportRecord', { passphrase: TEST_EXPORT_PASSPHRASE });
    await expect(
      importIntoNewDataFolder(
        summary.path,
        core.dataDir,
        migrations,
        TEST_IMPORT_SECRETS,
        openScratchCore,
      ),
    ).rejects.toThrow(/not empty/);
  });

  it('replaces the open record from an export after a safety backup', async () => {
    const source = track(openTestCore());
    await source.call('settings.update', clinic('From machine A'));
    const summary = await source.call('backups.exportRecord', {
      passphrase: TEST_EXPORT_PASSPHRASE,
    });
    const target = track(openTestCore());
    await target.call('settings.update', clinic('Machine B before import'));
    const result = await target.call('backups.importRecord', {
      path: summary.path,
      passphrase: TEST_EXPORT_PASSPHRASE,
    });
    expect(result.safetyBackup?.reason).toBe('pre-import');
    expect((await target.call('settings.get', {})).clinicName).toBe('From machine A');
    const audit = await target.call('audit.list', {});
    expect(audit.entries[0]).toMatchObject({ entity: 'backup', action: 'import' });
    expect(fs.readdirSync(target.dataDir).filter((n) => n.startsWith('import-'))).toEqual([]);
  });
});
