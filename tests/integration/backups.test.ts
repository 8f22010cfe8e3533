import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { databasePath } from '../../electron/core/app-core';
import { migrate } from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/open';
import { fixedClock, openTestCore, tempDir, type TestCore } from '../support/core';
import { clinicSettings } from '../support/records';
import { openTestFile } from '../support/core';

const clinic = (clinicName: string) => clinicSettings({ clinicName, clinicianName: 'Ana Silva' });

const DAY = 24 * 60 * 60 * 1000;

/** A clock the test moves by hand. */
function manualClock(startIso = '2026-11-22T09:00:00.000Z') {
  let t = Date.parse(startIso);
  const clock = () => new Date(t);
  clock.advance = (ms: number) => {
    t += ms;
  };
  return clock;
}

function integrity(file: string): string {
  const db = openTestFile(file);
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}

let cores: TestCore[] = [];
function track(core: TestCore): TestCore {
  cores.push(core);
  return core;
}
afterEach(() => {
  for (const core of cores) core.close();
  cores = [];
});

describe('backups', () => {
  it('backs up on demand into the data folder, verified and listed with date, size and schema', async () => {
    const core = track(openTestCore());
    await core.call('settings.update', clinic('Before backup'));
    const backup = await core.call('backups.create', {});
    expect(backup).toMatchObject({
      reason: 'manual',
      location: 'default',
      schemaVersion: migrations.length,
      restorable: true,
    });
    expect(backup.sizeBytes).toBeGreaterThan(1000);
    expect(path.dirname(backup.path)).toBe(path.join(core.dataDir, 'backups'));
    expect(integrity(backup.path)).toBe('ok');
    const list = await core.call('backups.list', {});
    // Newest first: this one, then the first backup the new clinic got at start-up.
    expect(list.backups.map((b) => [b.fileName, b.reason])).toEqual([
      [backup.fileName, 'manual'],
      [expect.stringMatching(/daily/), 'daily'],
    ]);
    expect(list.folder).toMatchObject({ isDefault: true, available: true });
    expect(fs.readdirSync(path.dirname(backup.path)).filter((n) => n.endsWith('.partial'))).toEqual(
      [],
    );
  });

  it('makes a start-up backup on the first start, then when the newest is over a day old', async () => {
    const clock = manualClock();
    const dir = tempDir();
    track(openTestCore(dir, { clock })).close();
    // A new clinic has its first backup at once: the Backups screen promises one.
    expect(fs.readdirSync(path.join(dir, 'backups')).filter((n) => n.endsWith('.sqlite'))).toEqual([
      expect.stringMatching(/daily/),
    ]);
    clock.advance(1000);
    let core = track(openTestCore(dir, { clock }));
    let list = await core.call('backups.list', {});
    expect(list.backups.map((b) => b.reason)).toEqual(['daily']);
    core.close();
    clock.advance(DAY - 5000);
    core = track(openTestCore(dir, { clock }));
    list = await core.call('backups.list', {});
    expect(list.backups).toHaveLength(1);
    core.close();
    clock.advance(10_000);
    core = track(openTestCore(dir, { clock }));
    list = await core.call('backups.list', {});
    expect(list.backups.map((b) => b.reason)).toEqual(['daily', 'daily']);
  });

  it('keeps 7 daily and 4 weekly backups, never more than 12, over two months of use', async () => {
    const clock = manualClock();
    const dir = tempDir();
    track(openTestCore(dir, { clock })).close();
    for (let day = 0; day < 60; day += 1) {
      clock.advance(DAY + 1000);
      track(openTestCore(dir, { clock })).close();
    }
    const core = track(openTestCore(dir, { clock }));
    for (let i = 0; i < 5; i += 1) await core.call('backups.create', {});
    const list = await core.call('backups.list', {});
    expect(list.backups).toHaveLength(12);
    const days = new Set(list.backups.map((b) => b.createdAt.slice(0, 10)));
    // Today (several) plus the six days before it, plus the newest of older weeks.
    for (let back = 0; back < 7; back += 1) {
      expect(days).toContain(new Date(clock().getTime() - back * DAY).toISOString().slice(0, 10));
    }
    expect(days.size).toBe(11);
    const oldest = Date.parse(list.backups.at(-1)?.createdAt ?? '');
    expect(clock().getTime() - oldest).toBeGreaterThan(21 * DAY);
    // 62 starts of an encrypted record (each decrypts every page for quick_check).
  }, 60_000);

  it('backs up before migrating an older database, at its old schema version', async () => {
    const dir = tempDir();
    const db = openDatabase(databasePath(dir));
    migrate(db, migrations, { targetVersion: migrations.length - 1 });
    db.close();
    const core = track(openTestCore(dir, { dailyBackup: false }));
    const list = await core.call('backups.list', {});
    expect(list.backups).toHaveLength(1);
    expect(list.backups[0]).toMatchObject({
      reason: 'pre-migration',
      schemaVersion: migrations.length - 1,
    });
    expect((await core.call('app.info', {})).schemaVersion).toBe(migrations.length);
  });

  it('restores a backup after a safety backup, under the same dispatcher', async () => {
    const core = track(openTestCore());
    await core.call('settings.update', clinic('Original name'));
    const backup = await core.call('backups.create', {});
    await core.call('settings.update', clinic('Changed by mistake'));
    const result = await core.call('backups.restore', {
      fileName: backup.fileName,
      location: 'default',
    });
    expect(result.restoredFrom).toBe(backup.fileName);
    expect(result.safetyBackup?.reason).toBe('pre-restore');
    expect((await core.call('settings.get', {})).clinicName).toBe('Original name');
    // The safety backup holds the record as it was just before the restore.
    const safety = openTestFile(result.safetyBackup?.path ?? '');
    expect(safety.prepare('SELECT clinic_name FROM clinic_settings').pluck().get()).toBe(
      'Changed by mistake',
    );
    safety.close();
    const audit = await core.call('audit.list', {});
    expect(audit.entries[0]).toMatchObject({
      entity: 'backup',
      action: 'restore',
      entityId: backup.fileName,
    });
    expect((await core.call('audit.verify', {})).ok).toBe(true);
    // Writes keep working on the restored database and survive a reopen.
    await core.call('settings.update', clinic('After restore'));
    core.close();
    const again = track(openTestCore(core.dataDir));
    expect((await again.call('settings.get', {})).clinicName).toBe('After restore');
  });

  it('lets calls already in flight finish and holds new ones while it switches', async () => {
    const core = track(openTestCore());
    await core.call('settings.update', clinic('One'));
    const backup = await core.call('backups.create', {});
    await core.call('settings.update', clinic('Two'));
    const before = Array.from({ length: 20 }, () => core.dispatch('settings.get', {}));
    const restore = core.dispatch('backups.restore', {
      fileName: backup.fileName,
      location: 'default',
    });
    const after = Array.from({ length: 20 }, () => core.dispatch('settings.get', {}));
    const results = await Promise.all([...before, restore, ...after]);
    expect(results.every((r) => r.ok)).toBe(true);
    const names = results.map((r) =>
      r.ok && r.value && typeof r.value === 'object' && 'clinicName' in r.value
        ? r.value.clinicName
        : null,
    );
    expect(names.slice(0, 20).every((n) => n === 'Two')).toBe(true);
    expect(names.slice(21).every((n) => n === 'One')).toBe(true);
  });

  it('refuses to restore a damaged backup and changes nothing', async () => {
    const core = track(openTestCore());
    await core.call('settings.update', clinic('Keep me'));
    const backup = await core.call('backups.create', {});
    const bytes = fs.readFileSync(backup.path);
    fs.writeFileSync(backup.path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const error = await core.fail('backups.restore', {
      fileName: backup.fileName,
      location: 'default',
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/damaged/);
    expect((await core.call('settings.get', {})).clinicName).toBe('Keep me');
    // The first start-up backup and the damaged one; no safety backup was made.
    expect((await core.call('backups.list', {})).backups).toHaveLength(2);
  });

  it('writes to a chosen folder, and says so when that folder goes missing', async () => {
    const core = track(openTestCore());
    const external = tempDir('physioplan-external-');
    const folder = await core.call('backups.setFolder', { path: external });
    expect(folder).toEqual({ path: external, isDefault: false, available: true });
    const backup = await core.call('backups.create', {});
    expect(backup).toMatchObject({ location: 'chosen' });
    expect(path.dirname(backup.path)).toBe(external);
    fs.rmSync(external, { recursive: true });
    const listed = await core.call('backups.list', {});
    expect(listed.folder.available).toBe(false);
    const error = await core.fail('backups.create', {});
    expect(error.code).toBe('IO');
    expect(error.message).toContain('is not available');
    const relative = await core.fail('backups.setFolder', { path: '../../etc' });
    expect(relative.issues?.[0]?.path).toEqual(['path']);
    const reset = await core.call('backups.setFolder', { path: null });
    expect(reset.isDefault).toBe(true);
  });
});

describe('start-up checks and recovery mode', () => {
  async function recordWithBackup(): Promise<{ dir: string; fileName: string }> {
    const core = openTestCore();
    await core.call('settings.update', clinic('Good clinic'));
    const backup = await core.call('backups.create', {});
    core.close();
    return { dir: core.dataDir, fileName: backup.fileName };
  }

  it('opens a file that is not a database in recovery mode and restores the newest good backup', async () => {
    const { dir, fileName } = await recordWithBackup();
    fs.writeFileSync(databasePath(dir), 'this is not a database '.repeat(200));
    const core = track(openTestCore(dir, { clock: fixedClock('2026-11-23T09:00:00.000Z') }));
    const status = await core.call('recovery.status', {});
    expect(status).toMatchObject({ mode: 'recovery', reason: 'unreadable' });
    expect(status.mode === 'recovery' && status.newestGoodBackup?.fileName).toBe(fileName);
    const refused = await core.fail('settings.get', {});
    expect(refused.code).toBe('IO');
    expect(refused.message).toMatch(/recovery mode/);
    const after = await core.call('recovery.restoreBackup', { fileName, location: 'default' });
    expect(after).toEqual({ mode: 'normal' });
    expect((await core.call('settings.get', {})).clinicName).toBe('Good clinic');
    // The unreadable file was kept under another name, not deleted.
    const setAside = fs.readdirSync(dir).filter((n) => n.includes('.set-aside-'));
    expect(setAside).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, setAside[0] ?? '')).toString()).toContain(
      'this is not a database',
    );
  });

  it('detects damaged pages with quick_check', async () => {
    const { dir, fileName } = await recordWithBackup();
    const file = databasePath(dir);
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    // Scribble over the second page (the first table's b-tree).
    bytes.fill(0x5a, pageSize, pageSize * 2);
    fs.writeFileSync(file, bytes);
    const core = track(openTestCore(dir));
    const status = await core.call('recovery.status', {});
    expect(status.mode).toBe('recovery');
    expect(status.mode === 'recovery' && ['corrupt', 'unreadable']).toContain(
      status.mode === 'recovery' && status.reason,
    );
    expect(status.mode === 'recovery' && status.newestGoodBackup?.fileName).toBe(fileName);
  });

  it('refuses a database from a newer version and keeps it when a backup is restored', async () => {
    const { dir, fileName } = await recordWithBackup();
    const db = openTestFile(databasePath(dir), { readonly: false });
    db.pragma('user_version = 99');
    db.close();
    const core = track(openTestCore(dir));
    const status = await core.call('recovery.status', {});
    expect(status).toMatchObject({ mode: 'recovery', reason: 'newer-version' });
    expect(status.mode === 'recovery' && status.message).toContain('schema 99');
    const refused = await core.fail('settings.update', clinic('x'));
    expect(refused.code).toBe('CONFLICT');
    await core.call('recovery.restoreBackup', { fileName, location: 'default' });
    const kept = fs
      .readdirSync(dir)
      .find((n) => n.includes('.set-aside-') && !n.endsWith('-wal') && !n.endsWith('-shm'));
    const newer = openTestFile(path.join(dir, kept ?? ''));
    expect(newer.pragma('user_version', { simple: true })).toBe(99);
    newer.close();
  });

  it('does not start an empty record when the database is gone but backups exist', async () => {
    const { dir, fileName } = await recordWithBackup();
    for (const suffix of ['', '-wal', '-shm'])
      fs.rmSync(`${databasePath(dir)}${suffix}`, { force: true });
    const core = track(openTestCore(dir));
    const status = await core.call('recovery.status', {});
    expect(status).toMatchObject({ mode: 'recovery', reason: 'missing' });
    expect(fs.existsSync(databasePath(dir))).toBe(false);
    await core.call('recovery.restoreBackup', { fileName, location: 'default' });
    expect((await core.call('settings.get', {})).clinicName).toBe('Good clinic');
  });

  it('says plainly when there is no backup to offer', async () => {
    const dir = tempDir();
    fs.writeFileSync(databasePath(dir), Buffer.alloc(4096, 7));
    const core = track(openTestCore(dir));
    const status = await core.call('recovery.status', {});
    expect(status).toMatchObject({ mode: 'recovery', backups: [], newestGoodBackup: null });
    // The unreadable file is still there, untouched.
    expect(fs.readFileSync(databasePath(dir))).toEqual(Buffer.alloc(4096, 7));
  });
});
