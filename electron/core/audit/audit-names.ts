// Names for audit entries as they are read: whose record (the patient's name) and what the
// entry is about ("Visit on 22 Nov 2026 at 10:30", "Plan version 3 of Heel pain, left"). The
// log stores only ids, so a name always reads as the record stands now.
import type Database from 'better-sqlite3';
import type { AuditEntry, NamedAuditEntry } from '../../../shared/domain/audit';
import { readableDate } from '../../../shared/visits/dates';

interface Lookups {
  patient: Database.Statement<[string], { first_name: string; last_name: string }>;
  plan: Database.Statement<[string], { title: string }>;
  planVersion: Database.Statement<[string], { version_number: number; title: string }>;
  visit: Database.Statement<[string], { visit_date: string; visit_time: string }>;
  libraryItem: Database.Statement<[string], { title: string }>;
}

function lookupsFor(db: Database.Database): Lookups {
  return {
    patient: db.prepare('SELECT first_name, last_name FROM patients WHERE id = ?'),
    plan: db.prepare('SELECT title FROM plans WHERE id = ?'),
    planVersion: db.prepare(
      `SELECT pv.version_number, p.title FROM plan_versions pv JOIN plans p ON p.id = pv.plan_id
       WHERE pv.id = ?`,
    ),
    visit: db.prepare('SELECT visit_date, visit_time FROM visits WHERE id = ?'),
    libraryItem: db.prepare('SELECT title FROM library_items WHERE id = ?'),
  };
}

function patientName(lookups: Lookups, id: string | null): string | null {
  if (id === null) return null;
  const row = lookups.patient.get(id);
  return row ? `${row.first_name} ${row.last_name}` : null;
}

function subjectOf(lookups: Lookups, entry: AuditEntry): string | null {
  switch (entry.entity) {
    case 'plan': {
      const row = lookups.plan.get(entry.entityId);
      return row ? `Plan: ${row.title}` : null;
    }
    case 'plan_version': {
      const row = lookups.planVersion.get(entry.entityId);
      return row ? `Plan version ${row.version_number} of ${row.title}` : null;
    }
    case 'visit': {
      const row = lookups.visit.get(entry.entityId);
      return row ? `Visit on ${readableDate(row.visit_date)} at ${row.visit_time}` : null;
    }
    case 'library_item': {
      const row = lookups.libraryItem.get(entry.entityId);
      return row ? row.title : null;
    }
    default:
      // A patient entry is named by patientName; settings and backups are one of a kind.
      return null;
  }
}

export function nameAuditEntries(
  db: Database.Database,
  entries: readonly AuditEntry[],
): NamedAuditEntry[] {
  const lookups = lookupsFor(db);
  return entries.map((entry) => ({
    ...entry,
    patientName: patientName(
      lookups,
      entry.patientId ?? (entry.entity === 'patient' ? entry.entityId : null),
    ),
    subject: subjectOf(lookups, entry),
  }));
}
