import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  migrate,
  NewerSchemaError,
  schemaVersionOf,
  type Migration,
} from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import { fileSchemaVersion, readHeaderSchemaVersion } from '../../../electron/core/db/backup';
import { openTestCore, tempDir, testDataKey } from '../../support/core';

const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
});

function freshDb(): Database.Database {
  const db = openDatabase(path.join(tempDir(), 'test.sqlite'));
  open.push(db);
  return db;
}

describe('opening the database', () => {
  it('uses WAL, synchronous FULL and foreign keys', () => {
    const db = freshDb();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});

describe('migration runner', () => {
  it('applies every migration in order and records the version', () => {
    const db = freshDb();
    const applied = migrate(db, migrations);
    expect(applied).toEqual(migrations.map((m) => m.version));
    expect(schemaVersionOf(db)).toBe(migrations.length);
    expect(migrate(db, migrations)).toEqual([]);
  });

  it('creates only STRICT tables', () => {
    const db = freshDb();
    migrate(db, migrations);
    const tables = db
      .prepare(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE TABLE%'",
      )
      .all() as { name: string; sql: string }[];
    // FTS5 creates its own shadow tables (<index>_data, _idx, …), which cannot be STRICT.
    const virtual = (
      db.prepare("SELECT name FROM sqlite_schema WHERE sql LIKE 'CREATE VIRTUAL TABLE%'").all() as {
        name: string;
      }[]
    ).map((v) => `${v.name}_`);
    const notStrict = tables
      .filter((t) => !virtual.some((prefix) => t.name.startsWith(prefix)))
      .filter((t) => !/STRICT\s*$/i.test(t.sql.trim()))
      .map((t) => t.name);
    expect(notStrict).toEqual([]);
  });

  it('rolls back every pending migration when one fails', () => {
    const db = freshDb();
    const broken: Migration[] = [
      ...migrations,
      {
        version: migrations.length + 1,
        name: 'broken',
        up: (d) => d.exec('CREATE TABLE x (a INT) STRICT; SELECT nonsense FROM nowhere;'),
      },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersionOf(db)).toBe(0);
    expect(
      db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'clinic_settings'").get(),
    ).toEqual({ n: 0 });
  });

  it('refuses a database from a newer version with a clear message and leaves it untouched', () => {
    const db = freshDb();
    migrate(db, migrations);
    db.pragma(`user_version = ${migrations.length + 5}`);
    expect(() => migrate(db, migrations)).toThrow(NewerSchemaError);
    expect(() => migrate(db, migrations)).toThrow(
      /newer version of Physioplan \(schema \d+\).*Update Physioplan/,
    );
    expect(schemaVersionOf(db)).toBe(migrations.length + 5);
  });

  it('refuses a list with a gap in the versions', () => {
    const db = freshDb();
    const first = migrations[0];
    if (!first) throw new Error('no migrations');
    expect(() => migrate(db, [first, { ...first, version: 3 }])).toThrow(/expected 2/);
  });

  it('takes a backup before migrating an existing database', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'physioplan.sqlite');
    const db = openDatabase(file);
    migrate(db, migrations, { targetVersion: migrations.length - 1 });
    db.close();
    // An unencrypted record is encrypted at setup, then migrated behind an (encrypted) backup.
    const core = openTestCore(dataDir);
    core.close();
    const backups = fs.readdirSync(path.join(dataDir, 'backups'));
    const backup = backups.find((name) => /^physioplan-.*-pre-migration\.sqlite$/.test(name));
    expect(backup).toBeDefined();
    const backupFile = path.join(dataDir, 'backups', backup ?? '');
    expect(readHeaderSchemaVersion(backupFile)).toBeNull();
    expect(fileSchemaVersion(backupFile, testDataKey(dataDir))).toBe(migrations.length - 1);
  });
});
