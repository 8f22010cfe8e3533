// Reading the audit log back: pages for the screen and a CSV copy for the clinic's records.
import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { AuditEntry, AuditPage } from '../../../shared/domain/audit';

const rowSchema = z.object({
  seq: z.number(),
  at: z.string(),
  entity: z.string(),
  entity_id: z.string(),
  patient_id: z.string().nullable(),
  action: z.string(),
  fields: z.string(),
  clinician_id: z.string().nullable(),
  clinician_name: z.string().nullable(),
});

function toEntry(raw: unknown): AuditEntry {
  const row = rowSchema.parse(raw);
  const fields = z.array(z.string()).safeParse(JSON.parse(row.fields));
  return {
    seq: row.seq,
    at: row.at,
    entity: row.entity,
    entityId: row.entity_id,
    patientId: row.patient_id,
    action: row.action,
    fields: fields.success ? fields.data : [],
    clinicianId: row.clinician_id,
    clinicianName: row.clinician_name,
  };
}

export interface AuditQuery {
  patientId?: string | undefined;
  limit: number;
  beforeSeq?: number | undefined;
}

/** Newest first. */
export function listAuditEntries(db: Database.Database, query: AuditQuery): AuditPage {
  const rows = db
    .prepare(
      `SELECT seq, at, entity, entity_id, patient_id, action, fields, clinician_id,
         (SELECT name FROM clinicians WHERE id = audit_log.clinician_id) AS clinician_name
       FROM audit_log
       WHERE (@patientId IS NULL OR patient_id = @patientId) AND (@beforeSeq IS NULL OR seq < @beforeSeq)
       ORDER BY seq DESC LIMIT @limit`,
    )
    .all({
      patientId: query.patientId ?? null,
      beforeSeq: query.beforeSeq ?? null,
      limit: query.limit + 1,
    });
  const entries = rows.slice(0, query.limit).map(toEntry);
  const last = entries.at(-1);
  return { entries, nextBeforeSeq: rows.length > query.limit && last ? last.seq : null };
}

/** Spreadsheets run cells starting with these as formulas; a leading quote keeps them text. */
function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const AUDIT_CSV_HEADER = [
  'seq',
  'time_utc',
  'entity',
  'entity_id',
  'patient_id',
  'action',
  'fields',
  'clinician',
  'hash',
];

/** Oldest first, as a ledger reads; includes each entry's hash so a copy can be checked later. */
export function auditCsv(db: Database.Database, patientId?: string): { csv: string; rows: number } {
  const lines = [AUDIT_CSV_HEADER.join(',')];
  const statement = db.prepare(
    `SELECT seq, at, entity, entity_id, patient_id, action, fields, hash, clinician_id,
       (SELECT name FROM clinicians WHERE id = audit_log.clinician_id) AS clinician_name
     FROM audit_log WHERE (@patientId IS NULL OR patient_id = @patientId) ORDER BY seq`,
  );
  for (const raw of statement.iterate({ patientId: patientId ?? null })) {
    const entry = toEntry(raw);
    const hash = z.object({ hash: z.string() }).parse(raw).hash;
    lines.push(
      [
        entry.seq,
        entry.at,
        entry.entity,
        entry.entityId,
        entry.patientId,
        entry.action,
        entry.fields.join(' '),
        entry.clinicianName,
        hash,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return { csv: `${lines.join('\r\n')}\r\n`, rows: lines.length - 1 };
}
