// Crafted clinic records for attack tests: a database changed behind the app's back (triggers
// and checks lifted), and an export of it whose manifest is made afresh so only its contents
// are wrong. Whoever crafts one knows the export passphrase; the snapshot is encrypted like a
// real one.
import path from 'node:path';
import { extractRecordExport, writeRecordExport } from '../../electron/core/backups/record-file';
import type { DatabaseKey } from '../../electron/core/db/database-key';
import { migrations } from '../../electron/core/db/migrations';
import { closeDatabase, openDatabase } from '../../electron/core/db/open';
import { tempDir, testDataKey, TEST_EXPORT_PASSPHRASE, TEST_KDF, type TestCore } from './core';

/** Runs `sql` on a database file with its audit triggers and checks lifted, then put back. */
export function tamper(file: string, sql: string, key: DatabaseKey): void {
  const db = openDatabase(file, { key });
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

/**
 * An export of `core` changed by `sql`, with a manifest (counts, checksum) made afresh and
 * sealed with `passphrase`.
 */
export async function craftedExport(
  core: TestCore,
  sql: string,
  passphrase = TEST_EXPORT_PASSPHRASE,
): Promise<string> {
  const exported = await core.call('backups.exportRecord', {
    folder: tempDir('physioplan-ex-'),
    passphrase: TEST_EXPORT_PASSPHRASE,
  });
  const work = tempDir('physioplan-craft-');
  const db = path.join(work, 'record.sqlite');
  const key = testDataKey(core.dataDir);
  extractRecordExport(exported.path, db, migrations, {
    passphrase: TEST_EXPORT_PASSPHRASE,
    targetKey: key,
  });
  tamper(db, sql, key);
  const handle = openDatabase(db, { key });
  try {
    return writeRecordExport(handle, {
      key,
      passphrase,
      kdf: TEST_KDF,
      folder: work,
      appVersion: '0.0.0-test',
      createdAt: new Date('2026-11-23T10:00:00Z'),
      migrations,
    }).path;
  } finally {
    closeDatabase(handle);
  }
}
