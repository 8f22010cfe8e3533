// The search-fold migration on a database that already holds patients and library items:
// rows written before it are found by their plain spelling, and so are rows written after.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { migrate } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';
import {
  SEARCH_FOLD_LETTERS,
  migrationSearchFold,
} from '../../../electron/core/db/migrations/0011-search-fold';
import { closeDatabase, openDatabase } from '../../../electron/core/db/open';
import { toFtsQuery as libraryQuery } from '../../../electron/core/library/library-search';
import { searchPatients } from '../../../electron/core/patients/patients-repository';
import { FOLDED_LETTERS } from '../../../shared/search/fold-letters';
import { tempDir } from '../../support/core';
import { insertPatient } from '../../support/visit-fixtures';

let db: Database.Database | undefined;
afterEach(() => {
  if (db) closeDatabase(db);
  db = undefined;
});

const at = '2026-11-01T09:00:00.000Z';

function insertItem(database: Database.Database, seq: number, title: string, summary: string) {
  database
    .prepare(
      `INSERT INTO library_items (seq, id, kind, title, body, created_at, updated_at)
       VALUES (@seq, @id, 'exercise', @title, @body, @at, @at)`,
    )
    .run({
      seq,
      id: `item-${seq}`,
      title,
      body: JSON.stringify({ summary, instructions: [], tags: [], equipment: ['Håndklæde'] }),
      at,
    });
}

function libraryHits(database: Database.Database, typed: string): string[] {
  const fts = libraryQuery(typed);
  if (fts === null) return [];
  return database
    .prepare(
      `SELECT l.id FROM library_fts f JOIN library_items l ON l.seq = f.rowid
       WHERE library_fts MATCH ? ORDER BY l.seq`,
    )
    .pluck()
    .all(fts) as string[];
}

const patientNames = (database: Database.Database, typed: string) =>
  searchPatients(database, typed, 'include', 50).map((p) => p.lastName);

describe('search-fold migration', () => {
  it('folds ø, æ, ß, ł, œ… in rows written before and after it', () => {
    db = openDatabase(path.join(tempDir(), 'physioplan.sqlite'));
    migrate(db, migrations, { targetVersion: migrationSearchFold.version - 1 });
    insertPatient(db, { id: 'pat-1', firstName: 'Kari', lastName: 'Ødegård' });
    insertPatient(db, { id: 'pat-2', firstName: 'Jan', lastName: 'Kowalski' });
    insertItem(db, 1, 'Tåhev på trappen', 'Styrke for læggen');
    // Before: the tokenizer strips å but keeps ø and æ as letters of their own.
    expect(patientNames(db, 'odegard')).toEqual([]);

    migrate(db, migrations, { targetVersion: migrationSearchFold.version });
    expect(patientNames(db, 'odegard')).toEqual(['Ødegård']);
    expect(patientNames(db, 'ØDEGÅRD')).toEqual(['Ødegård']);
    expect(patientNames(db, 'Kowalski')).toEqual(['Kowalski']);
    expect(libraryHits(db, 'laeggen')).toEqual(['item-1']);
    expect(libraryHits(db, 'tahev')).toEqual(['item-1']);
    expect(libraryHits(db, 'handklaede')).toEqual(['item-1']);

    // Written after: the new triggers fold as well, on insert and on update.
    insertPatient(db, { id: 'pat-3', firstName: 'Paweł', lastName: 'Großmann' });
    expect(patientNames(db, 'pawel grossmann')).toEqual(['Großmann']);
    db.prepare(`UPDATE patients SET last_name = 'Bjørnstad' WHERE id = 'pat-2'`).run();
    expect(patientNames(db, 'bjornstad')).toEqual(['Bjørnstad']);
    expect(patientNames(db, 'kowalski')).toEqual([]);
    insertItem(db, 2, 'Œdème: élévation', 'Þrep');
    expect(libraryHits(db, 'oedeme')).toEqual(['item-2']);
    expect(libraryHits(db, 'threp')).toEqual(['item-2']);
  });

  it('folds at query time exactly the letters the index folds', () => {
    expect(Object.entries(FOLDED_LETTERS).sort()).toEqual(
      SEARCH_FOLD_LETTERS.map(([letter, plain]) => [letter, plain]).sort(),
    );
  });
});
