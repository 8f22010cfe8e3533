// Patient records are private to the account that runs Physioplan: the data folder is 0700,
// and the database, its WAL/SHM, the lock, settings, backups, exports and a restored database
// are 0600. A folder left open by an older version is tightened at start, and said once.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/app-core';
import type { Logger } from '../../electron/core/context';
import { openTestCore, tempDir, TEST_EXPORT_PASSPHRASE } from '../support/core';

const mode = (file: string) => (fs.statSync(file).mode & 0o777).toString(8);

/** Every file and folder under `dir` whose mode lets other accounts in. */
function openToOthers(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.name === 'browser-profile') continue;
    if ((fs.statSync(file).mode & 0o077) !== 0) found.push(`${file} ${mode(file)}`);
  }
  return found;
}

describe.skipIf(process.platform === 'win32')('file modes', () => {
  it('keeps the data folder, database, backups, exports and restores owner-only', async () => {
    const previous = process.umask(0o022);
    try {
      const dataDir = path.join(tempDir('physioplan-modes-'), 'Physioplan');
      const core = openTestCore(dataDir);
      await core.call('patients.create', {
        patient: {
          firstName: 'Mode',
          lastName: 'Check',
          dateOfBirth: '1990-01-01',
          phone: '',
          email: '',
          address: '',
          conditions: [],
          diagnosis: '',
          preferredLanguage: 'en',
          notes: '',
        },
      });
      expect(mode(dataDir)).toBe('700');
      for (const name of ['physioplan.sqlite', 'physioplan.sqlite-wal', 'physioplan.sqlite-shm'])
        expect(mode(path.join(dataDir, name)), name).toBe('600');

      const backup = await core.call('backups.create', {});
      expect(mode(path.dirname(backup.path))).toBe('700');
      expect(mode(backup.path)).toBe('600');

      const exported = await core.call('backups.exportRecord', {
        folder: tempDir('physioplan-modes-out-'),
        passphrase: TEST_EXPORT_PASSPHRASE,
      });
      expect(mode(exported.path)).toBe('600');

      await core.call('backups.restore', { fileName: backup.fileName, location: backup.location });
      await core.call('backups.importRecord', {
        path: exported.path,
        passphrase: TEST_EXPORT_PASSPHRASE,
      });
      expect(openToOthers(dataDir)).toEqual([]);
      core.close();
    } finally {
      process.umask(previous);
    }
  });

  it('tightens a folder an older version left open, and says so once', () => {
    const dataDir = tempDir('physioplan-modes-');
    const first = openTestCore(dataDir);
    first.close();
    fs.chmodSync(dataDir, 0o755);
    for (const name of fs.readdirSync(dataDir)) fs.chmodSync(path.join(dataDir, name), 0o644);
    fs.writeFileSync(path.join(dataDir, 'backup-settings.json'), '{"folder":null}', {
      mode: 0o644,
    });
    const said: string[] = [];
    const log: Logger = { info: (m) => said.push(m), error: (m) => said.push(m) };
    const open = () =>
      openCore({ dataDir, host: { kind: 'test', appVersion: 'x' }, log, dailyBackup: false });
    open().close();
    expect(openToOthers(dataDir)).toEqual([]);
    expect(said.filter((m) => m.includes('could be read by other users'))).toHaveLength(1);
    open().close();
    expect(said.filter((m) => m.includes('could be read by other users'))).toHaveLength(1);
  });
});
