// Reading the audit log back: pages for the screen and a CSV copy for the clinic's records.
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { auditEntrySchema, type AuditEntry, type AuditPage } from '../../../shared/domain/audit';
import { UnreadableRows } from '../read-around';
import { silentLogger, type Logger } from '../context';

const rowSchema = z.object({
  seq: z.number(),
  at: z.string(),
  entity: z.string(),
  entity_id: z.string(),
  patient_id: z.string().nullable(),
  action: z.string(),
  fields: z.string(),
  clinician_id: z.string().nullable(),
});

function toEntry(raw: unknown): AuditEntry {
  const row = rowSchema.parse(raw);
  const fields = z.array(z.string()).safeParse(JSON.parse(row.fields));
  return auditEntrySchema.parse({
    seq: row.seq,
    at: row.at,
    entity: row.entity,
    entityId: row.entity_id,
    patientId: row.patient_id,
    action: row.action,
    fields: fields.success ? fields.data : [],
    clinicianId: row.clinician_id,
    // Named with the rest of the entry (audit-names.ts): clinicians are the access domain's.
    clinicianName: null,
  });
}

export interface AuditQuery {
  patientId?: string | undefined;
  limit: number;
  beforeSeq?: number | undefined;
}

/** Newest first; an entry that cannot be read is left out, counted and logged. */
export function listAuditEntries(
  db: Database.Database,
  query: AuditQuery,
  log: Logger = silentLogger,
): AuditPage {
  const rows = db
    .prepare(
      `SELECT seq, at, entity, entity_id, patient_id, action, fields, clinician_id
       FROM audit_log
       WHERE (@patientId IS NULL OR patient_id = @patientId) AND (@beforeSeq IS NULL OR seq < @beforeSeq)
       ORDER BY seq DESC LIMIT @limit`,
    )
    .all({
      patientId: query.patientId ?? null,
      beforeSeq: query.beforeSeq ?? null,
      limit: query.limit + 1,
    });
  const unreadable = new UnreadableRows(['audit entry', 'audit entries']);
  const page = rows.slice(0, query.limit);
  const entries = page.flatMap(unreadable.keep(toEntry));
  // Paged by the rows read, so a damaged last row does not stop the paging.
  const last = page.at(-1) as { seq?: unknown } | undefined;
  return {
    entries,
    nextBeforeSeq: rows.length > query.limit && typeof last?.seq === 'number' ? last.seq : null,
    unreadable: unreadable.report(log, 'the audit log'),
  };
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
export function auditCsv(
  db: Database.Database,
  clinicianName: (id: string | null) => string | null,
  patientId?: string,
): { csv: string; rows: number } {
  const lines = [AUDIT_CSV_HEADER.join(',')];
  const statement = db.prepare(
    `SELECT seq, at, entity, entity_id, patient_id, action, fields, hash, clinician_id
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
        clinicianName(entry.clinicianId),
        hash,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return { csv: `${lines.join('\r\n')}\r\n`, rows: lines.length - 1 };
}
