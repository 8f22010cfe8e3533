// Migration library-review: imported free-exercise-db items present before it need review;
// the clinic's own and built-in items do not.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';
import { migration0006 } from '../../../electron/core/db/migrations/0006-library-review';
import { openDatabase } from '../../../electron/core/db/open';
import { tempDir } from '../../support/core';

describe('library review migration', () => {
  it('marks items imported from free-exercise-db as needing review, and nothing else', () => {
    const db = openDatabase(path.join(tempDir(), 'm.sqlite'));
    migrate(db, migrations, { targetVersion: migration0006.version - 1 });
    const insert = db.prepare(
      `INSERT INTO library_items (id, kind, title, body, built_in_key, source, created_at, updated_at)
       VALUES (@id, 'exercise', @title, '{}', @key, @source, 'x', 'x')`,
    );
    insert.run({
      id: 'a',
      title: 'Ankle Circles',
      key: null,
      source: 'free-exercise-db:Ankle_Circles',
    });
    insert.run({ id: 'b', title: 'My heel raise', key: null, source: null });
    insert.run({ id: 'c', title: 'Plantar fascia stretch', key: 'exercise.x', source: null });
    insert.run({ id: 'd', title: 'From a pack', key: null, source: 'pack:abc' });

    migrate(db, migrations, { targetVersion: migration0006.version });
    expect(db.prepare('SELECT id, needs_review FROM library_items ORDER BY id').all()).toEqual([
      { id: 'a', needs_review: 1 },
      { id: 'b', needs_review: 0 },
      { id: 'c', needs_review: 0 },
      { id: 'd', needs_review: 0 },
    ]);
    expect(() =>
      db.prepare("UPDATE library_items SET needs_review = 2 WHERE id = 'b'").run(),
    ).toThrow();
    db.close();
  });
});
