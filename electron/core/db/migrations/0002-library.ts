// The library: items of seven kinds, stored as validated JSON plus the columns we filter on.
import type { Migration } from '../migrate';

export const migration0002: Migration = {
  version: 2,
  name: 'library',
  up(db) {
    db.exec(`
      CREATE TABLE library_items (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('assessment', 'manual_therapy', 'exercise', 'taping',
          'orthosis', 'modality', 'education')),
        title TEXT NOT NULL,
        body TEXT NOT NULL CHECK (json_valid(body)),
        built_in_key TEXT UNIQUE,
        content_version INTEGER NOT NULL DEFAULT 0,
        copied_from_id TEXT REFERENCES library_items(id),
        source TEXT,
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX library_items_kind ON library_items (kind, archived);
    `);
  },
};
