// The audit chain's key, derived from the clinic's data key: whoever edits the database
// without it cannot re-chain the log so that it verifies again.
import { createHmac, hkdfSync } from 'node:crypto';
import type { DatabaseKey } from '../db/database-key';

export function auditKeyFrom(key: DatabaseKey): Buffer {
  return Buffer.from(
    hkdfSync('sha256', key.bytes(), Buffer.alloc(0), 'physioplan audit chain v1', 32),
  );
}

export interface AuditChainFields {
  seq: number;
  at: string;
  entity: string;
  entity_id: string;
  patient_id: string | null;
  clinician_id: string | null;
  action: string;
  fields: string;
  prev_hash: string;
}

/** HMAC-SHA-256 over every column but the hash itself, in a fixed order. */
export function auditMac(key: Buffer, row: AuditChainFields): string {
  const canonical = JSON.stringify([
    row.seq,
    row.at,
    row.entity,
    row.entity_id,
    row.patient_id,
    row.clinician_id,
    row.action,
    row.fields,
    row.prev_hash,
  ]);
  return createHmac('sha256', key).update(canonical).digest('hex');
}
