// Each migration is tested the Signal way: migrate to N-1, insert, migrate, assert.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';
import { LIBRARY_CHANGES_KEPT } from '../../../electron/core/db/migrations/0002-library';
import { openDatabase } from '../../../electron/core/db/open';
import { tempDir } from '../../support/core';

function dbAt(version: number) {
  const db = openDatabase(path.join(tempDir(), 'm.sqlite'));
  migrate(db, migrations, { targetVersion: version });
  return db;
}

describe('0001 clinic settings', () => {
  it('creates the single settings row with A4 and English defaults and an append-only audit log', () => {
    const db = dbAt(1);
    expect(db.prepare('SELECT paper_size, handout_language FROM clinic_settings').all()).toEqual([
      { paper_size: 'A4', handout_language: 'en' },
    ]);
    expect(() => db.prepare('INSERT INTO clinic_settings (id) VALUES (2)').run()).toThrow();
    db.prepare(
      "INSERT INTO audit_log (seq, at, entity, entity_id, action, fields, prev_hash, hash) VALUES (1, 'x', 'settings', 'clinic', 'update', '[]', 'a', 'b')",
    ).run();
    // The anchor follows the newest entry, so removing the newest entries is detectable.
    expect(db.prepare('SELECT seq, hash, entries FROM audit_head').get()).toEqual({
      seq: 1,
      hash: 'b',
      entries: 1,
    });
    expect(() => db.prepare('DELETE FROM audit_head').run()).toThrow(/cannot be removed/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE audit_log SET action = 'create'").run()).toThrow(/append-only/);
    db.close();
  });
});

describe('0002 library', () => {
  it('keeps settings written at version 1', () => {
    const db = dbAt(1);
    db.prepare("UPDATE clinic_settings SET clinic_name = 'Heel Clinic'").run();
    migrate(db, migrations, { targetVersion: 2 });
    expect(db.prepare('SELECT clinic_name FROM clinic_settings').get()).toEqual({
      clinic_name: 'Heel Clinic',
    });
    expect(
      db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'library_items'").get(),
    ).toEqual({ n: 1 });
    db.close();
  });
});

describe('0002 library change log', () => {
  it('logs the seq of every item whose row or photos change, keeping the most recent changes', () => {
    const db = dbAt(2);
    const sha = 'a'.repeat(64);
    const insert = db.prepare(
      `INSERT INTO library_items (id, kind, title, body, created_at, updated_at)
       VALUES (@id, 'exercise', 'Heel drop', '{}', 'x', 'x')`,
    );
    insert.run({ id: 'a' });
    insert.run({ id: 'b' });
    db.prepare("UPDATE library_items SET archived = 1 WHERE id = 'a'").run();
    db.prepare(
      `INSERT INTO images (sha256, mime_type, width, height, byte_size, data, created_at)
       VALUES (@sha, 'image/png', 1, 1, 1, x'00', 'x')`,
    ).run({ sha });
    db.prepare(
      "INSERT INTO library_item_images (item_id, position, sha256) VALUES ('b', 0, @sha)",
    ).run({ sha });
    const log = () => db.prepare('SELECT revision, seq FROM library_changes').raw().all();
    expect(log()).toEqual([
      [1, 1],
      [2, 2],
      [3, 1],
      [4, 2],
    ]);
    const flip = db.prepare("UPDATE library_items SET archived = 1 - archived WHERE id = 'b'");
    for (let n = 0; n < LIBRARY_CHANGES_KEPT; n++) flip.run();
    expect(log()).toHaveLength(LIBRARY_CHANGES_KEPT);
    expect(log()[0]).toEqual([5, 2]);
    db.close();
  });
});

describe('0003 patients and plans', () => {
  it('adds patients and plans without touching library items', () => {
    const db = dbAt(2);
    db.prepare(
      `INSERT INTO library_items (id, kind, title, body, created_at, updated_at)
       VALUES ('item-1', 'exercise', 'Heel drop', '{}', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
    ).run();
    migrate(db, migrations, { targetVersion: 3 });
    expect(db.prepare('SELECT title FROM library_items').all()).toEqual([{ title: 'Heel drop' }]);
    expect(() =>
      db
        .prepare(
          "INSERT INTO plans (id, patient_id, title, status, created_at, updated_at) VALUES ('p', 'missing', 't', 'draft', 'x', 'x')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
