// Crafted clinic records for attack tests: a database changed behind the app's back (triggers
// and checks lifted), and an export of it whose manifest is made afresh so only its contents
// are wrong.
import path from 'node:path';
import Database from 'better-sqlite3';
import { extractRecordExport, writeRecordExport } from '../../electron/core/backups/record-file';
import { migrations } from '../../electron/core/db/migrations';
import { closeDatabase, openDatabase } from '../../electron/core/db/open';
import { tempDir, type TestCore } from './core';

/** Runs `sql` on a database file with its audit triggers and checks lifted, then put back. */
export function tamper(file: string, sql: string): void {
  const db = new Database(file);
  try {
    const triggers = db
      .prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name LIKE 'audit%'",
      )
      .all() as { name: string; sql: string }[];
    db.pragma('foreign_keys = OFF');
    db.pragma('ignore_check_constraints = ON');
    for (const t of triggers) db.exec(`DROP TRIGGER ${t.name}`);
    db.exec(sql);
    for (const t of triggers) db.exec(t.sql);
  } finally {
    db.close();
  }
}

/** An export of `core` changed by `sql`, with a manifest (counts, checksum) made afresh. */
export async function craftedExport(core: TestCore, sql: string): Promise<string> {
  const exported = await core.call('backups.exportRecord', { folder: tempDir('physioplan-ex-') });
  const work = tempDir('physioplan-craft-');
  const db = path.join(work, 'record.sqlite');
  extractRecordExport(exported.path, db, migrations);
  tamper(db, sql);
  const handle = openDatabase(db);
  try {
    return writeRecordExport(handle, {
      folder: work,
      appVersion: '0.0.0-test',
      createdAt: new Date('2026-11-23T10:00:00Z'),
      migrations,
    }).path;
  } finally {
    closeDatabase(handle);
  }
}
