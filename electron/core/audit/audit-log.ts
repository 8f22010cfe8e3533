// Append-only, HMAC-chained record of changes to clinical records. It names what changed
// (entity, action, field names) and which clinician did it, never the clinical text itself.
import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { AuditAction, AuditEntity, AuditVerification } from '../../../shared/domain/audit';
import type { Clock } from '../context';
import { auditMac } from './audit-key';

export { auditActions, auditEntities } from '../../../shared/domain/audit';
export type { AuditAction, AuditEntity } from '../../../shared/domain/audit';

export interface AuditEvent {
  entity: AuditEntity;
  entityId: string;
  patientId?: string | null;
  action: AuditAction;
  fields?: readonly string[];
}

const GENESIS = '0'.repeat(64);

const rowSchema = z.object({
  seq: z.number(),
  at: z.string(),
  entity: z.string(),
  entity_id: z.string(),
  patient_id: z.string().nullable(),
  clinician_id: z.string().nullable(),
  action: z.string(),
  fields: z.string(),
  prev_hash: z.string(),
  hash: z.string(),
});
export type AuditRow = z.infer<typeof rowSchema>;

/** The chain's key and who is signed in, for one open connection. */
export interface AuditBinding {
  readonly key: Buffer;
  /** The signed-in clinician's id; null for the system's own entries (start-up, upgrades). */
  actor(): string | null;
}

const bindings = new WeakMap<Database.Database, AuditBinding>();

/** Called by whoever opens the clinic database with its key (the core, the CLI). */
export function bindAudit(db: Database.Database, binding: AuditBinding): void {
  bindings.set(db, binding);
}

function bindingOf(db: Database.Database): AuditBinding {
  const binding = bindings.get(db);
  if (!binding) throw new Error('The audit log is not bound to a key on this connection.');
  return binding;
}

/** Appends one event. Call inside the same transaction as the change it records. */
export function recordAudit(db: Database.Database, clock: Clock, event: AuditEvent): void {
  const { key, actor } = bindingOf(db);
  const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined;
  const row = {
    seq: (last?.seq ?? 0) + 1,
    at: clock().toISOString(),
    entity: event.entity,
    entity_id: event.entityId,
    patient_id: event.patientId ?? null,
    clinician_id: actor(),
    action: event.action,
    fields: JSON.stringify([...(event.fields ?? [])].sort()),
    prev_hash: last?.hash ?? GENESIS,
  };
  db.prepare(
    `INSERT INTO audit_log (seq, at, entity, entity_id, patient_id, clinician_id, action, fields, prev_hash, hash)
     VALUES (@seq, @at, @entity, @entity_id, @patient_id, @clinician_id, @action, @fields, @prev_hash, @hash)`,
  ).run({ ...row, hash: auditMac(key, row) });
}

const headSchema = z.object({ seq: z.number(), hash: z.string(), entries: z.number() });

/**
 * Walks the chain and compares its end with the head record: an altered, inserted or deleted
 * row breaks the chain, and removing the newest rows leaves the chain short of the head.
 */
export function verifyAuditLog(db: Database.Database): AuditVerification {
  const { key } = bindingOf(db);
  let prev = GENESIS;
  let expectedSeq = 1;
  let count = 0;
  for (const raw of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate()) {
    const row = rowSchema.parse(raw);
    const { hash, ...rest } = row;
    if (row.seq !== expectedSeq || row.prev_hash !== prev || auditMac(key, rest) !== hash) {
      const at = Number.isNaN(Date.parse(row.at))
        ? ''
        : ` (recorded ${row.at.slice(0, 16).replace('T', ' ')} UTC)`;
      return {
        ok: false,
        rows: count,
        firstBadSeq: row.seq,
        message: `The audit log was altered at entry ${row.seq}${at}: its contents or its place in the chain do not match the clinic key.`,
      };
    }
    prev = hash;
    expectedSeq += 1;
    count += 1;
  }
  const head = headSchema.safeParse(
    db.prepare('SELECT seq, hash, entries FROM audit_head WHERE id = 1').get(),
  );
  if (!head.success) {
    return {
      ok: false,
      rows: count,
      firstBadSeq: null,
      message: 'The audit log anchor is missing.',
    };
  }
  if (head.data.entries !== count || head.data.seq !== count || head.data.hash !== prev) {
    const missing = head.data.entries - count;
    return {
      ok: false,
      rows: count,
      firstBadSeq: count + 1,
      message:
        missing > 0
          ? `The newest ${missing} audit ${missing === 1 ? 'entry was' : 'entries were'} removed: the log ends at entry ${count} but had reached entry ${head.data.seq}.`
          : `The end of the audit log does not match its anchor (entry ${head.data.seq}).`,
    };
  }
  return { ok: true, rows: count, firstBadSeq: null, message: `${count} audit entries verified.` };
}
