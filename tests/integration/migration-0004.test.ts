// Migration 0004 on a database that already holds patients and plans (schema 3).
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { migrate, schemaVersionOf } from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations';
import { closeDatabase, openDatabase } from '../../electron/core/db/open';
import { tempDir } from '../support/core';
import { insertPatient } from '../support/visit-fixtures';

let db: Database.Database | undefined;
afterEach(() => {
  if (db) closeDatabase(db);
});

describe('migration 0004 (visits)', () => {
  it('adds the visit tables to a schema-3 database and keeps its patients', () => {
    db = openDatabase(path.join(tempDir(), 'physioplan.sqlite'));
    migrate(db, migrations, { targetVersion: 3 });
    insertPatient(db, { id: 'pat-1', firstName: 'Ana', lastName: 'Silva' });
    expect(migrate(db, migrations, { targetVersion: 4 })).toEqual([4]);
    expect(schemaVersionOf(db)).toBe(4);
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE '%visit%' OR name LIKE 'adherence%' OR name = 'outcome_records') ORDER BY name",
      )
      .all();
    expect(tables).toEqual([
      { name: 'adherence_entries' },
      { name: 'adherence_weeks' },
      { name: 'outcome_records' },
      { name: 'visit_amendments' },
      { name: 'visit_treatments' },
      { name: 'visits' },
    ]);
    expect(db.prepare('SELECT first_name FROM patients').all()).toEqual([{ first_name: 'Ana' }]);
  });

  it('refuses a visit for a patient that does not exist, and a score on an unscored record', () => {
    db = openDatabase(path.join(tempDir(), 'physioplan.sqlite'));
    migrate(db, migrations);
    const insertVisit = db.prepare(
      `INSERT INTO visits (id, patient_id, visit_date, visit_time, created_at, updated_at)
       VALUES ('v1', @patientId, '2026-11-01', '10:00', 'x', 'x')`,
    );
    expect(() => insertVisit.run({ patientId: 'ghost' })).toThrow(/FOREIGN KEY/);
    insertPatient(db, { id: 'pat-1', firstName: 'Ana', lastName: 'Silva' });
    insertVisit.run({ patientId: 'pat-1' });
    expect(() =>
      db
        ?.prepare(
          `INSERT INTO outcome_records (id, visit_id, patient_id, measure, answers, status, score, result, created_at, updated_at)
           VALUES ('o1', 'v1', 'pat-1', 'nprs', '[null]', 'incomplete', 4, '{}', 'x', 'x')`,
        )
        .run(),
    ).toThrow(/CHECK/);
  });
});
