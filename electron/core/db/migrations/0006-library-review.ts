// Imported items (free-exercise-db) come without cautions: each carries a "needs review" mark
// until a clinician has checked it, and no home sheet is issued or printed with it before then.
// Items imported before this version are marked too.
import type { Migration } from '../migrate';

export const migration0006: Migration = {
  version: 6,
  name: 'library-review',
  up(db) {
    db.exec(`
      ALTER TABLE library_items ADD COLUMN needs_review INTEGER NOT NULL DEFAULT 0
        CHECK (needs_review IN (0, 1));
      UPDATE library_items SET needs_review = 1 WHERE source LIKE 'free-exercise-db:%';
    `);
  },
};
