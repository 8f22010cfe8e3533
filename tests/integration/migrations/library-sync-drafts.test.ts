// The library-sync-drafts migration: plan items made before it keep their content and have no
// remembered library edit (they are compared by content); visit note drafts get their own
// table, one per visit or per patient's new visit, with JSON notes.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';
import { migrationLibrarySyncDrafts } from '../../../electron/core/db/migrations/0010-library-sync-drafts';
import { openDatabase } from '../../../electron/core/db/open';
import { tempDir } from '../../support/core';

const at = '2026-01-01T00:00:00.000Z';

describe('library-sync-drafts migration', () => {
  it('keeps plan items as they were and adds the drafts table', () => {
    const db = openDatabase(path.join(tempDir(), 'm.sqlite'));
    migrate(db, migrations, { targetVersion: migrationLibrarySyncDrafts.version - 1 });
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
    db.prepare(
      `INSERT INTO plan_items (id, plan_id, phase_id, position, kind, content, source_item_id)
       VALUES ('it1', 'plan', 'ph1', 0, 'exercise', '{"title":"Heel raise"}', 'lib-1')`,
    ).run();

    migrate(db, migrations, { targetVersion: migrationLibrarySyncDrafts.version });

    expect(db.prepare('SELECT content, library_seen_at FROM plan_items').get()).toEqual({
      content: '{"title":"Heel raise"}',
      library_seen_at: null,
    });
    const insert = db.prepare(
      `INSERT INTO visit_note_drafts (draft_key, patient_id, visit_id, soap, saved_at)
       VALUES (@key, 'pt', NULL, @soap, @at)`,
    );
    insert.run({ key: 'new:pt', soap: '{"subjective":"Better"}', at });
    expect(() => insert.run({ key: 'new:pt', soap: '{}', at })).toThrow(/UNIQUE/);
    expect(() => insert.run({ key: 'new:other', soap: '{}', at })).toThrow(/CHECK/);
    db.prepare('DELETE FROM visit_note_drafts').run();
    expect(() => insert.run({ key: 'new:pt', soap: 'not json', at })).toThrow(/CHECK/);
    db.close();
  });
});
