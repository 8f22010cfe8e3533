// Patient and library search find names and words typed without their special letters
// ("odegard" finds "Ødegård", "strasse" finds "Straße"): the full-text indexes hold the text
// with ø, æ, ß, ł, đ, þ, œ… folded, which the tokenizer's remove_diacritics does not do.
// The query side folds the same letters (shared/search/fold-letters.ts).
import type { Migration } from '../migrate';

/**
 * The letters this index folds, frozen with the migration: the query side must fold exactly
 * these (a test compares them); folding more letters needs a new migration rebuilding the index.
 */
export const SEARCH_FOLD_LETTERS: readonly (readonly [string, string])[] = [
  ['ø', 'o'],
  ['Ø', 'o'],
  ['æ', 'ae'],
  ['Æ', 'ae'],
  ['œ', 'oe'],
  ['Œ', 'oe'],
  ['ß', 'ss'],
  ['ẞ', 'ss'],
  ['ł', 'l'],
  ['Ł', 'l'],
  ['đ', 'd'],
  ['Đ', 'd'],
  ['ð', 'd'],
  ['Ð', 'd'],
  ['þ', 'th'],
  ['Þ', 'th'],
  ['ı', 'i'],
  ['ħ', 'h'],
  ['Ħ', 'h'],
  ['ŧ', 't'],
  ['Ŧ', 't'],
  ['ŋ', 'n'],
  ['Ŋ', 'n'],
  ['ĳ', 'ij'],
  ['Ĳ', 'ij'],
  ['ſ', 's'],
];

/** SQL that folds the letters of `expression` (SQLite has no Unicode case mapping: both cases). */
const fold = (expression: string) =>
  SEARCH_FOLD_LETTERS.reduce(
    (sql, [letter, plain]) => `replace(${sql}, '${letter}', '${plain}')`,
    expression,
  );

/** Text of one JSON array in the item body, one value per line. */
const lines = (row: string, ...paths: string[]) =>
  `(SELECT coalesce(group_concat(value, char(10)), '') FROM (${paths
    .map((p) => `SELECT value FROM json_each(${row}.body, '$.${p}')`)
    .join(' UNION ALL ')}))`;

const libraryFtsValues = (row: string) => `${row}.seq, ${fold(`${row}.title`)},
  ${fold(`coalesce(${row}.body ->> '$.summary', '')`)},
  ${fold(lines(row, 'instructions'))}, ${fold(lines(row, 'tags', 'bodyRegions', 'equipment'))},
  ${fold(lines(row, 'conditions'))}`;

const patientFtsValues = (row: string) => `${row}.seq,
  ${fold(`${row}.first_name || ' ' || ${row}.last_name`)},
  coalesce(${row}.date_of_birth || ' ' || CAST(substr(${row}.date_of_birth, 6, 2) AS INTEGER)
    || ' ' || CAST(substr(${row}.date_of_birth, 9, 2) AS INTEGER), ''),
  ${fold(`(SELECT coalesce(group_concat(value, char(10)), '') FROM json_each(${row}.conditions))
    || char(10) || ${row}.diagnosis`)}`;

/** The same as migration 2's trigger: the search index's change log moves with every insert. */
const LIBRARY_CHANGES_KEPT = 1000;
const logChange = (seq: string) => `
  UPDATE library_revision SET revision = revision + 1 WHERE id = 1;
  INSERT INTO library_changes (revision, seq) SELECT revision, ${seq} FROM library_revision;
  DELETE FROM library_changes
    WHERE revision <= (SELECT revision FROM library_revision) - ${LIBRARY_CHANGES_KEPT};`;

export const migrationSearchFold: Migration = {
  version: 11,
  name: 'search-fold',
  up(db) {
    db.exec(`
      DROP TRIGGER library_items_after_insert;
      DROP TRIGGER library_items_after_update_text;
      CREATE TRIGGER library_items_after_insert AFTER INSERT ON library_items BEGIN
        INSERT INTO library_fts (rowid, title, summary, instructions, tags, conditions)
          VALUES (${libraryFtsValues('new')});
        ${logChange('new.seq')}
      END;
      CREATE TRIGGER library_items_after_update_text AFTER UPDATE OF seq, title, body
        ON library_items
      BEGIN
        DELETE FROM library_fts WHERE rowid = old.seq;
        INSERT INTO library_fts (rowid, title, summary, instructions, tags, conditions)
          VALUES (${libraryFtsValues('new')});
      END;
      DELETE FROM library_fts;
      INSERT INTO library_fts (rowid, title, summary, instructions, tags, conditions)
        SELECT ${libraryFtsValues('l')} FROM library_items l;

      DROP TRIGGER patients_after_insert;
      DROP TRIGGER patients_after_update;
      CREATE TRIGGER patients_after_insert AFTER INSERT ON patients BEGIN
        INSERT INTO patients_fts (rowid, name, date_of_birth, conditions)
          VALUES (${patientFtsValues('new')});
      END;
      CREATE TRIGGER patients_after_update AFTER UPDATE OF first_name, last_name, date_of_birth,
        conditions, diagnosis ON patients
      BEGIN
        DELETE FROM patients_fts WHERE rowid = old.seq;
        INSERT INTO patients_fts (rowid, name, date_of_birth, conditions)
          VALUES (${patientFtsValues('new')});
      END;
      DELETE FROM patients_fts;
      INSERT INTO patients_fts (rowid, name, date_of_birth, conditions)
        SELECT ${patientFtsValues('p')} FROM patients p;
    `);
  },
};
