// The screens' language: the clinic's choice for everyone, each clinician's own over it, kept
// with the account and given with the access status (the screens follow it at sign-in).
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { migrate } from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations';
import { migrationUiLanguage } from '../../electron/core/db/migrations/0012-ui-language';
import { closeDatabase, openDatabase } from '../../electron/core/db/open';
import { closeAfterEach, openTestCore, tempDir } from '../support/core';
import { clinicSettings } from '../support/records';
import { TEST_ADMIN } from '../support/test-keys';

const track = closeAfterEach();

describe('screen language', () => {
  it('follows the clinic until a clinician chooses their own, and back', async () => {
    const core = track(openTestCore());
    expect(core.access.status().uiLanguage).toBe('en');

    await core.call('settings.update', clinicSettings({ uiLanguage: 'fr' }));
    expect((await core.call('access.status', {})).uiLanguage).toBe('fr');

    const mine = await core.call('access.setMyLanguage', { uiLanguage: 'de' });
    expect(mine.uiLanguage).toBe('de');
    expect(mine.clinician?.uiLanguage).toBe('de');
    // Another clinician still sees the clinic's language.
    const other = await core.call('clinicians.create', {
      name: 'Bea Clinician',
      role: 'clinician',
      secretKind: 'pin',
      secret: '13579',
    });
    expect(other.uiLanguage).toBeNull();
    await core.call('access.lock', {});
    expect(core.access.signIn(other.id, '13579').uiLanguage).toBe('fr');
    await core.call('access.lock', {});
    const admin = core.access.status().clinicians.find((c) => c.name === TEST_ADMIN.name);
    expect(core.access.signIn(admin?.id ?? '', TEST_ADMIN.pin).uiLanguage).toBe('de');

    const back = await core.call('access.setMyLanguage', { uiLanguage: null });
    expect(back.uiLanguage).toBe('fr');
    expect(back.clinician?.uiLanguage).toBeNull();
  });

  it('refuses a language the app does not have, and changes nothing', async () => {
    const core = track(openTestCore());
    const error = await core.fail('access.setMyLanguage', { uiLanguage: 'it' });
    expect(error.code).toBe('VALIDATION');
    expect((await core.call('access.status', {})).uiLanguage).toBe('en');
    const settings = await core.fail('settings.update', { ...clinicSettings(), uiLanguage: 'xx' });
    expect(settings.code).toBe('VALIDATION');
  });

  it('is not given while the record is locked shut', async () => {
    const core = track(openTestCore(tempDir(), { locked: true }));
    expect(core.access.status().uiLanguage).toBeNull();
  });
});

describe('ui-language migration', () => {
  let db: Database.Database | undefined;
  afterEach(() => {
    if (db) closeDatabase(db);
    db = undefined;
  });

  it('gives existing clinics English and existing clinicians no choice of their own', () => {
    db = openDatabase(path.join(tempDir(), 'physioplan.sqlite'));
    migrate(db, migrations, { targetVersion: migrationUiLanguage.version - 1 });
    db.prepare(
      `INSERT INTO clinicians (id, name, role, secret_kind, secret_hash, created_at, updated_at)
       VALUES ('c1', 'Ana', 'admin', 'pin', '{}', 'x', 'x')`,
    ).run();
    migrate(db, migrations, { targetVersion: migrationUiLanguage.version });
    expect(db.prepare('SELECT ui_language FROM clinic_settings').pluck().get()).toBe('en');
    expect(db.prepare('SELECT ui_language FROM clinicians').pluck().get()).toBeNull();
    expect(() => db?.prepare("UPDATE clinicians SET ui_language = 'xx'").run()).toThrow(
      /CHECK constraint/,
    );
  });
});
