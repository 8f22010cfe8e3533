// The plan-progression migration: existing plans and phases gain a current phase (none: the
// first) and empty entry criteria; phase decisions are kept and never changed.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';
import { migrationPlanProgression } from '../../../electron/core/db/migrations/0007-plan-progression';
import { openDatabase } from '../../../electron/core/db/open';
import { tempDir } from '../../support/core';

const at = '2026-01-01T00:00:00.000Z';

describe('plan-progression migration', () => {
  it('keeps plans and phases made before it, and records decisions append-only', () => {
    const db = openDatabase(path.join(tempDir(), 'm.sqlite'));
    migrate(db, migrations, { targetVersion: migrationPlanProgression.version - 1 });
    db.prepare(
      `INSERT INTO patients (id, first_name, last_name, created_at, updated_at)
       VALUES ('pt', 'Ana', 'Núñez', @at, @at)`,
    ).run({ at });
    db.prepare(
      `INSERT INTO plans (id, patient_id, title, status, created_at, updated_at)
       VALUES ('plan', 'pt', 'Heel pain', 'active', @at, @at)`,
    ).run({ at });
    db.prepare(
      `INSERT INTO plan_phases (id, plan_id, position, title) VALUES ('ph1', 'plan', 0, 'Weeks 0–2')`,
    ).run();

    migrate(db, migrations, { targetVersion: migrationPlanProgression.version });

    expect(db.prepare('SELECT current_phase_id FROM plans').get()).toEqual({
      current_phase_id: null,
    });
    expect(db.prepare('SELECT title, entry_criteria FROM plan_phases').get()).toEqual({
      title: 'Weeks 0–2',
      entry_criteria: '[]',
    });
    expect(() => db.prepare("UPDATE plan_phases SET entry_criteria = 'not json'").run()).toThrow(
      /CHECK/,
    );

    const insert = db.prepare(
      `INSERT INTO phase_decisions (id, plan_id, decision, from_phase_id, from_phase_title,
         to_phase_id, to_phase_title, reason, decided_at)
       VALUES (@id, 'plan', 'move_on', 'ph1', 'Weeks 0–2', 'ph2', 'Weeks 2–6', @reason, @at)`,
    );
    insert.run({ id: 'd1', reason: 'All criteria met', at });
    expect(() => insert.run({ id: 'd2', reason: '  ', at })).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE phase_decisions SET reason = 'x'").run()).toThrow(
      /cannot be changed/,
    );
    expect(() => db.prepare('DELETE FROM phase_decisions').run()).toThrow(/cannot be deleted/);
    db.close();
  });
});
