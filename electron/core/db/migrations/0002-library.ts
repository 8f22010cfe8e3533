// The library: items of seven kinds (validated JSON plus the columns we filter on), their
// ordered photos, a full-text index kept in step by triggers, and a revision counter with a
// short change log that together tell the in-memory search index which items to refresh.
import type { Migration } from '../migrate';

/** Text of one JSON array in the item body, one value per line (for the FTS index). */
const lines = (row: 'new' | 'old', ...paths: string[]) =>
  `(SELECT coalesce(group_concat(value, char(10)), '') FROM (${paths
    .map((p) => `SELECT value FROM json_each(${row}.body, '$.${p}')`)
    .join(' UNION ALL ')}))`;

const ftsValues = (row: 'new' | 'old') => `${row}.seq, ${row}.title, ${row}.body ->> '$.summary',
  ${lines(row, 'instructions')}, ${lines(row, 'tags', 'bodyRegions', 'equipment')},
  ${lines(row, 'conditions')}`;

/** How many changes the log keeps; a search index further behind than that is rebuilt. */
export const LIBRARY_CHANGES_KEPT = 1000;

/**
 * Moves the revision and logs which item (seq) the change touched, in the same statement as the
 * change, so every connection to the file sees both or neither. A NULL seq means "not one
 * item": the index is rebuilt.
 */
const logChange = (seq: string) => `
  UPDATE library_revision SET revision = revision + 1 WHERE id = 1;
  INSERT INTO library_changes (revision, seq) SELECT revision, ${seq} FROM library_revision;
  DELETE FROM library_changes
    WHERE revision <= (SELECT revision FROM library_revision) - ${LIBRARY_CHANGES_KEPT};`;

const seqOfItem = (row: 'new' | 'old') =>
  `(SELECT seq FROM library_items WHERE id = ${row}.item_id)`;

export const migration0002: Migration = {
  version: 2,
  name: 'library',
  up(db) {
    db.exec(`
      CREATE TABLE library_items (
        -- An explicit rowid alias: the FTS index refers to it, and VACUUM may renumber an
        -- implicit rowid.
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('assessment', 'manual_therapy', 'exercise', 'taping',
          'orthosis', 'modality', 'education')),
        title TEXT NOT NULL,
        -- Everything else a clinician edits (draft minus kind, title and images), as JSON.
        body TEXT NOT NULL CHECK (json_valid(body)),
        built_in_key TEXT UNIQUE,
        content_version INTEGER NOT NULL DEFAULT 0,
        copied_from_id TEXT REFERENCES library_items(id),
        -- Where an imported item came from, e.g. "free-exercise-db:Ankle_Circles"; re-imports
        -- match on it so they never duplicate.
        source TEXT UNIQUE,
        -- Hash of the content as last imported: a re-import only overwrites an item nobody edited.
        source_hash TEXT,
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX library_items_kind ON library_items (kind, archived);

      CREATE TABLE library_item_images (
        item_id TEXT NOT NULL REFERENCES library_items(id),
        position INTEGER NOT NULL CHECK (position >= 0),
        sha256 TEXT NOT NULL REFERENCES images(sha256),
        PRIMARY KEY (item_id, position)
      ) WITHOUT ROWID, STRICT;
      CREATE INDEX library_item_images_sha256 ON library_item_images (sha256);

      CREATE VIRTUAL TABLE library_fts USING fts5(
        title, summary, instructions, tags, conditions,
        tokenize = 'unicode61 remove_diacritics 2',
        -- One-letter prefixes too: every word typed starts as one, and without an index for it
        -- FTS5 merges every term starting with that letter (the slowest keystrokes by far).
        prefix = '1 2 3 4'
      );

      CREATE TABLE library_revision (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        revision INTEGER NOT NULL
      ) STRICT;
      INSERT INTO library_revision (id, revision) VALUES (1, 0);
      CREATE TABLE library_changes (
        revision INTEGER PRIMARY KEY,
        seq INTEGER
      ) STRICT;

      CREATE TRIGGER library_items_after_insert AFTER INSERT ON library_items BEGIN
        INSERT INTO library_fts (rowid, title, summary, instructions, tags, conditions)
          VALUES (${ftsValues('new')});
        ${logChange('new.seq')}
      END;
      CREATE TRIGGER library_items_after_update_text AFTER UPDATE OF seq, title, body
        ON library_items
      BEGIN
        DELETE FROM library_fts WHERE rowid = old.seq;
        INSERT INTO library_fts (rowid, title, summary, instructions, tags, conditions)
          VALUES (${ftsValues('new')});
      END;
      CREATE TRIGGER library_items_after_update AFTER UPDATE ON library_items BEGIN
        ${logChange('CASE WHEN old.seq = new.seq THEN new.seq END')}
      END;
      CREATE TRIGGER library_items_after_delete AFTER DELETE ON library_items BEGIN
        DELETE FROM library_fts WHERE rowid = old.seq;
        ${logChange('old.seq')}
      END;
      CREATE TRIGGER library_item_images_after_insert AFTER INSERT ON library_item_images BEGIN
        ${logChange(seqOfItem('new'))}
      END;
      CREATE TRIGGER library_item_images_after_delete AFTER DELETE ON library_item_images BEGIN
        ${logChange(seqOfItem('old'))}
      END;
      CREATE TRIGGER library_item_images_after_update AFTER UPDATE ON library_item_images BEGIN
        ${logChange(`CASE WHEN old.item_id = new.item_id THEN ${seqOfItem('new')} END`)}
      END;
    `);
  },
};
