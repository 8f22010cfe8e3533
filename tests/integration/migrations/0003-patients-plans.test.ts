// Migration 0003 on its own: the patient search index follows the table by trigger, one
// active plan per patient, issued versions are immutable.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import { tempDir } from '../../support/core';

const at = '2026-01-01T00:00:00.000Z';

function db3() {
  const db = openDatabase(path.join(tempDir(), 'm.sqlite'));
  migrate(db, migrations, { targetVersion: 3 });
  db.prepare(
    `INSERT INTO patients (id, first_name, last_name, date_of_birth, conditions, created_at, updated_at)
     VALUES ('pt', 'Zoë', 'Ünal', '1975-11-03', '["Achilles tendinopathy"]', @at, @at)`,
  ).run({ at });
  return db;
}

const match = (db: ReturnType<typeof db3>, q: string) =>
  db.prepare('SELECT rowid FROM patients_fts WHERE patients_fts MATCH @q').all({ q }).length;

describe('0003 patients and plans, in detail', () => {
  it('indexes names without accents, dates without leading zeros, and follows updates', () => {
    const db = db3();
    expect(match(db, '"zoe"* "unal"*')).toBe(1);
    expect(match(db, '"3" "11" "1975"')).toBe(1);
    expect(match(db, '"achil"*')).toBe(1);
    db.prepare("UPDATE patients SET last_name = 'Smith' WHERE id = 'pt'").run();
    expect(match(db, '"unal"*')).toBe(0);
    expect(match(db, '"smith"')).toBe(1);
    db.close();
  });

  it('allows one active plan per patient and never changes an issued version', () => {
    const db = db3();
    const plan = db.prepare(
      `INSERT INTO plans (id, patient_id, title, status, created_at, updated_at)
       VALUES (@id, 'pt', 't', @status, @at, @at)`,
    );
    plan.run({ id: 'a', status: 'active', at });
    plan.run({ id: 'b', status: 'draft', at });
    expect(() => plan.run({ id: 'c', status: 'active', at })).toThrow(/UNIQUE/);
    db.prepare(
      `INSERT INTO plan_versions (id, plan_id, version_number, issued_at, snapshot)
       VALUES ('v', 'a', 1, @at, '{}')`,
    ).run({ at });
    expect(() => db.prepare("UPDATE plan_versions SET snapshot = '[]'").run()).toThrow(
      /cannot be changed/,
    );
    expect(() => db.prepare('DELETE FROM plan_versions').run()).toThrow(/cannot be deleted/);
    db.close();
  });
});
