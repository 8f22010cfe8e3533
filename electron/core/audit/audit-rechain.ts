// Moving an audit log to another clinic key: a record imported from an export was chained
// with the exporting clinic's key. Each entry is checked with that key and chained again with
// this clinic's key; from the first entry that does not check out, entries keep their old
// hashes, so the break still shows here.
import type Database from 'better-sqlite3';
import { AUDIT_TRIGGERS_SQL } from '../db/migrations/0009-clinicians-keyed-audit';
import { auditMac, type AuditChainFields } from './audit-key';

const GENESIS = '0'.repeat(64);

export function rechainAuditLog(db: Database.Database, fromKey: Buffer, toKey: Buffer): void {
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as (AuditChainFields & {
    hash: string;
  })[];
  db.transaction(() => {
    db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_head_forward_only;');
    const update = db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?');
    let oldPrev = GENESIS;
    let newPrev = GENESIS;
    let expectedSeq = 1;
    for (const row of rows) {
      const { hash, ...fields } = row;
      if (
        row.seq !== expectedSeq ||
        row.prev_hash !== oldPrev ||
        auditMac(fromKey, fields) !== hash
      )
        break;
      const next = auditMac(toKey, { ...fields, prev_hash: newPrev });
      update.run(newPrev, next, row.seq);
      oldPrev = hash;
      newPrev = next;
      expectedSeq += 1;
    }
    const head = db.prepare('SELECT hash FROM audit_head WHERE id = 1').get() as
      { hash: string } | undefined;
    // The anchor follows only when it matched the old chain's end.
    if (rows.length > 0 && expectedSeq === rows.length + 1 && head?.hash === oldPrev)
      db.prepare('UPDATE audit_head SET hash = ? WHERE id = 1').run(newPrev);
    db.exec(AUDIT_TRIGGERS_SQL);
  })();
}
