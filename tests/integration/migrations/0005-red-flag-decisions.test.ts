// Migration 0005 on its own: a flag acknowledged before decisions existed keeps its words and
// gets no decision (so it must be decided again before a home sheet prints); new flags can
// carry a decision and the visit that raised them.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';
import { migration0005 } from '../../../electron/core/db/migrations/0005-red-flag-decisions';
import { openDatabase } from '../../../electron/core/db/open';
import { tempDir } from '../../support/core';

const at = '2026-01-01T00:00:00.000Z';

describe('0005 red flag decisions', () => {
  it('keeps old acknowledgements without a decision and links new flags to a visit', () => {
    const db = openDatabase(path.join(tempDir(), 'm.sqlite'));
    migrate(db, migrations, { targetVersion: migration0005.version - 1 });
    db.prepare(
      `INSERT INTO patients (id, first_name, last_name, date_of_birth, created_at, updated_at)
       VALUES ('pt', 'Zoë', 'Ünal', '1975-11-03', @at, @at)`,
    ).run({ at });
    db.prepare(
      `INSERT INTO plans (id, patient_id, title, status, created_at, updated_at)
       VALUES ('plan', 'pt', 'Heel pain', 'active', @at, @at)`,
    ).run({ at });
    db.prepare(
      `INSERT INTO plan_red_flags (id, plan_id, type, note, recorded_at, acknowledged_at, acknowledgement)
       VALUES ('old', 'plan', 'suspected_stress_fracture', 'squeeze +', @at, @at, 'Referred for MRI')`,
    ).run({ at });

    migrate(db, migrations, { targetVersion: migration0005.version });

    expect(
      db.prepare('SELECT acknowledgement, decision, visit_id FROM plan_red_flags').get(),
    ).toEqual({ acknowledgement: 'Referred for MRI', decision: null, visit_id: null });
    db.prepare(
      `INSERT INTO visits (id, patient_id, plan_id, visit_date, visit_time, created_at, updated_at)
       VALUES ('visit', 'pt', 'plan', '2026-01-02', '09:30', @at, @at)`,
    ).run({ at });
    db.prepare(
      `INSERT INTO plan_red_flags (id, plan_id, type, recorded_at, visit_id)
       VALUES ('new', 'plan', 'suspected_tendon_rupture', @at, 'visit')`,
    ).run({ at });
    expect(() =>
      db
        .prepare(
          `INSERT INTO plan_red_flags (id, plan_id, type, recorded_at, visit_id)
           VALUES ('bad', 'plan', 'other', @at, 'no-such-visit')`,
        )
        .run({ at }),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
