// Clinician accounts, the idle-lock setting, and an audit log that names who did what and is
// chained with a key (HMAC) instead of a plain hash. Rows already in the log are re-chained
// with the key as far as their old chain verifies; a row the old chain already rejected keeps
// its old hash, so the break still shows after the upgrade.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { auditMac } from '../../audit/audit-key';
import type { Migration } from '../migrate';

const GENESIS = '0'.repeat(64);

interface OldRow {
  seq: number;
  at: string;
  entity: string;
  entity_id: string;
  patient_id: string | null;
  action: string;
  fields: string;
  prev_hash: string;
  hash: string;
}

function oldHash(row: OldRow): string {
  const canonical = JSON.stringify([
    row.seq,
    row.at,
    row.entity,
    row.entity_id,
    row.patient_id,
    row.action,
    row.fields,
    row.prev_hash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** The two triggers re-made after re-chaining (the audit key moving to another clinic, too). */
export const AUDIT_TRIGGERS_SQL = `
  CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'The audit log is append-only.'); END;
  CREATE TRIGGER audit_head_forward_only BEFORE UPDATE ON audit_head
    WHEN NEW.seq <= OLD.seq OR NEW.entries != OLD.entries + 1
    BEGIN SELECT RAISE(ABORT, 'The audit log head only moves forward.'); END;
`;

export const migrationClinicians: Migration = {
  version: 9,
  name: 'clinicians-keyed-audit',
  up(db, { auditKey }) {
    db.exec(`
      CREATE TABLE clinicians (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120),
        role TEXT NOT NULL CHECK (role IN ('clinician', 'admin')),
        secret_kind TEXT NOT NULL CHECK (secret_kind IN ('pin', 'passphrase')),
        -- scrypt hash of the PIN or passphrase, as JSON {kdf, salt, hash}
        secret_hash TEXT NOT NULL,
        failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
        blocked_until TEXT,
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX clinicians_active_name ON clinicians (lower(trim(name))) WHERE archived = 0;

      CREATE TABLE access_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        idle_lock_seconds INTEGER NOT NULL DEFAULT 300 CHECK (idle_lock_seconds BETWEEN 5 AND 3600)
      ) STRICT;
      INSERT INTO access_settings (id) VALUES (1);

      ALTER TABLE audit_log ADD COLUMN clinician_id TEXT REFERENCES clinicians(id);
    `);
    const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as OldRow[];
    if (rows.length > 0 && !auditKey)
      throw new Error('The audit log can only be re-chained with the clinic key.');
    // Dropped and made again even on an empty log, so every database has the same schema text.
    db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_head_forward_only;');
    if (auditKey) rechain(db, auditKey, rows);
    db.exec(AUDIT_TRIGGERS_SQL);
  },
};

function rechain(db: Database.Database, auditKey: Buffer, rows: OldRow[]): void {
  const update = db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?');
  let oldPrev = GENESIS;
  let newPrev = GENESIS;
  let expectedSeq = 1;
  for (const row of rows) {
    if (row.seq !== expectedSeq || row.prev_hash !== oldPrev || oldHash(row) !== row.hash) break;
    const hash = auditMac(auditKey, { ...row, clinician_id: null, prev_hash: newPrev });
    update.run(newPrev, hash, row.seq);
    oldPrev = row.hash;
    newPrev = hash;
    expectedSeq += 1;
  }
  // The anchor follows the re-chained end only when the whole old chain verified.
  if (rows.length > 0 && expectedSeq === rows.length + 1)
    db.prepare('UPDATE audit_head SET hash = ? WHERE id = 1').run(newPrev);
}
