// The pain-running migration on a database that already holds visits: the diary's new rows
// read blank, the per-visit table starts empty and checks its ratings, and FFI records are
// re-scored under the minimum-answers rule.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { migrate, schemaVersionOf } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';
import { migrationPainRunning as painRunning } from '../../../electron/core/db/migrations/0008-pain-running';
import { closeDatabase, openDatabase } from '../../../electron/core/db/open';
import { tempDir } from '../../support/core';
import { insertPatient } from '../../support/visit-fixtures';

let db: Database.Database | undefined;
afterEach(() => {
  if (db) closeDatabase(db);
  db = undefined;
});

const at = '2026-11-01T09:00:00.000Z';

function ffiRecord(id: string, answers: (number | 'na')[], score: number) {
  return {
    id,
    answers: JSON.stringify(answers),
    result: JSON.stringify({
      status: 'scored',
      measure: 'ffi',
      score,
      maxScore: 100,
      answered: 0,
      items: 23,
    }),
    score,
  };
}

describe('pain and running migration', () => {
  it('adds the diary rows and the per-visit table, and re-scores FFI under the minimum', () => {
    db = openDatabase(path.join(tempDir(), 'physioplan.sqlite'));
    migrate(db, migrations, { targetVersion: painRunning.version - 1 });
    insertPatient(db, { id: 'pat-1', firstName: 'Ana', lastName: 'Silva' });
    db.prepare(
      `INSERT INTO visits (id, patient_id, visit_date, visit_time, created_at, updated_at)
       VALUES ('v1', 'pat-1', '2026-11-01', '10:00', @at, @at)`,
    ).run({ at });
    db.prepare(
      `INSERT INTO adherence_weeks (id, visit_id, week_start, first_step_pain)
       VALUES ('w1', 'v1', '2026-10-25', '[3,3,3,3,3,3,3]')`,
    ).run();
    const insertOutcome = db.prepare(
      `INSERT INTO outcome_records (id, visit_id, patient_id, measure, answers, status, score, result, created_at, updated_at)
       VALUES (@id, 'v1', 'pat-1', 'ffi', @answers, 'scored', @score, @result, @at, @at)`,
    );
    // 2 of 23 answered, the rest N/A: stored as 50 before the rule.
    const sparse: (number | 'na')[] = Array<'na'>(23).fill('na');
    sparse[0] = 5;
    sparse[9] = 5;
    insertOutcome.run({ ...ffiRecord('o-sparse', sparse, 50), at });
    // Every item answered 2: 20 % under either rule.
    insertOutcome.run({ ...ffiRecord('o-full', Array<number>(23).fill(2), 20), at });

    expect(migrate(db, migrations, { targetVersion: painRunning.version })).toEqual([
      painRunning.version,
    ]);
    expect(schemaVersionOf(db)).toBe(painRunning.version);

    expect(db.prepare('SELECT pain_during, next_morning_pain FROM adherence_weeks').get()).toEqual({
      pain_during: '[null,null,null,null,null,null,null]',
      next_morning_pain: '[null,null,null,null,null,null,null]',
    });
    const records = db
      .prepare('SELECT id, status, score, result FROM outcome_records ORDER BY id')
      .all() as { id: string; status: string; score: number | null; result: string }[];
    expect(records.map((r) => [r.id, r.status, r.score])).toEqual([
      ['o-full', 'scored', 20],
      ['o-sparse', 'incomplete', null],
    ]);
    expect(JSON.parse(records[1]?.result ?? '{}')).toMatchObject({
      status: 'incomplete',
      message: expect.stringMatching(/^FFI is not scored: too few items answered/) as unknown,
    });

    const insertLoad = db.prepare(
      `INSERT INTO visit_load_monitoring (visit_id, pain_during, running_km) VALUES (@visit, @during, 12.5)`,
    );
    expect(() => insertLoad.run({ visit: 'v1', during: 11 })).toThrow(/CHECK/);
    expect(() => insertLoad.run({ visit: 'ghost', during: 4 })).toThrow(/FOREIGN KEY/);
    insertLoad.run({ visit: 'v1', during: 4 });
    expect(
      db.prepare('SELECT running_note, walk_run_stage FROM visit_load_monitoring').get(),
    ).toEqual({
      running_note: '',
      walk_run_stage: null,
    });
  });
});
