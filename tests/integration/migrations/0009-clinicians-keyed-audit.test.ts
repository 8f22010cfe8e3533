// Migration 0005 on its own: clinician accounts and the idle-lock setting appear, and an
// audit log chained with plain SHA-256 is re-chained with the clinic's key as far as it
// verifies; a break in the old chain still shows afterwards.
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bindAudit, verifyAuditLog } from '../../../electron/core/audit/audit-log';
import { migrate } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';
import { migrationClinicians } from '../../../electron/core/db/migrations/0009-clinicians-keyed-audit';
import { openDatabase } from '../../../electron/core/db/open';
import { tempDir } from '../../support/core';

const before = migrationClinicians.version - 1;

function oldChain(count: number, breakAt?: number) {
  const db = openDatabase(path.join(tempDir(), 'm.sqlite'));
  migrate(db, migrations, { targetVersion: before });
  let prev = '0'.repeat(64);
  for (let seq = 1; seq <= count; seq += 1) {
    const row = [
      seq,
      `2026-01-0${seq}T10:00:00.000Z`,
      'patient',
      `p-${seq}`,
      null,
      'update',
      '[]',
      prev,
    ] as const;
    let hash = createHash('sha256').update(JSON.stringify(row)).digest('hex');
    if (seq === breakAt) hash = 'f'.repeat(64);
    db.prepare(
      `INSERT INTO audit_log (seq, at, entity, entity_id, patient_id, action, fields, prev_hash, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(...row, hash);
    prev = hash;
  }
  return db;
}

describe('0005 clinicians and keyed audit chain', () => {
  it('adds clinicians and a 5-minute idle lock, and re-chains the log with the key', () => {
    const db = oldChain(4);
    const key = randomBytes(32);
    migrate(db, migrations, { targetVersion: migrationClinicians.version, auditKey: key });
    expect(db.prepare('SELECT idle_lock_seconds FROM access_settings').pluck().get()).toBe(300);
    expect(db.prepare('SELECT count(*) FROM clinicians').pluck().get()).toBe(0);
    bindAudit(db, { key, actor: () => null });
    expect(verifyAuditLog(db)).toMatchObject({ ok: true, rows: 4 });
    // The wrong key does not verify it: the chain is keyed now.
    bindAudit(db, { key: randomBytes(32), actor: () => null });
    expect(verifyAuditLog(db)).toMatchObject({ ok: false, firstBadSeq: 1 });
    expect(() => db.exec("UPDATE audit_log SET action = 'print'")).toThrow(/append-only/);
    db.close();
  });

  it('keeps a break in the old chain visible', () => {
    const db = oldChain(4, 3);
    const key = randomBytes(32);
    migrate(db, migrations, { targetVersion: migrationClinicians.version, auditKey: key });
    bindAudit(db, { key, actor: () => null });
    expect(verifyAuditLog(db)).toMatchObject({ ok: false, firstBadSeq: 3 });
    db.close();
  });

  it('refuses to run over audit rows without the key', () => {
    const db = oldChain(1);
    expect(() => migrate(db, migrations, { targetVersion: migrationClinicians.version })).toThrow(
      /clinic key/,
    );
    expect(db.pragma('user_version', { simple: true })).toBe(before);
    db.close();
  });
});
