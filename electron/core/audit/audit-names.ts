// Names for audit entries as they are read: whose record (the patient's name), who did it, and
// what the entry is about ("Visit on 22 Nov 2026 at 10:30", "Plan version 3 of Heel pain,
// left"). The log stores only ids, so a name always reads as the record stands now. The names
// come from the domains that own those records, through `AuditNamers` wired in by the core
// (api/audit-namers.ts): the audit trail never reads another domain's tables itself.
import type { AuditEntry, NamedAuditEntry } from '../../../shared/domain/audit';
import { readableDate } from '../../../shared/visits/dates';

export interface AuditNamers {
  patient(id: string): string | null;
  clinician(id: string): string | null;
  plan(id: string): string | null;
  planVersion(id: string): { versionNumber: number; planTitle: string } | null;
  visit(id: string): { date: string; time: string } | null;
  libraryItem(id: string): string | null;
}

/** Each id asked once per page: a page names the same patient and clinician many times. */
function remembering<T>(lookup: (id: string) => T): (id: string) => T {
  const known = new Map<string, T>();
  return (id) => {
    if (!known.has(id)) known.set(id, lookup(id));
    return known.get(id) as T;
  };
}

function subjectOf(namers: AuditNamers, entry: AuditEntry): string | null {
  switch (entry.entity) {
    case 'plan': {
      const title = namers.plan(entry.entityId);
      return title === null ? null : `Plan: ${title}`;
    }
    case 'plan_version': {
      const version = namers.planVersion(entry.entityId);
      return version ? `Plan version ${version.versionNumber} of ${version.planTitle}` : null;
    }
    case 'visit': {
      const visit = namers.visit(entry.entityId);
      return visit ? `Visit on ${readableDate(visit.date)} at ${visit.time}` : null;
    }
    case 'library_item':
      return namers.libraryItem(entry.entityId);
    default:
      // A patient entry is named by its patient; settings and backups are one of a kind.
      return null;
  }
}

export function nameAuditEntries(
  entries: readonly AuditEntry[],
  namers: AuditNamers,
): NamedAuditEntry[] {
  const patient = remembering(namers.patient);
  const clinician = remembering(namers.clinician);
  return entries.map((entry) => {
    const patientId = entry.patientId ?? (entry.entity === 'patient' ? entry.entityId : null);
    return {
      ...entry,
      clinicianName: entry.clinicianId === null ? null : clinician(entry.clinicianId),
      patientName: patientId === null ? null : patient(patientId),
      subject: subjectOf(namers, entry),
    };
  });
}

/** The clinician's name for an entry, for the CSV copy. */
export function clinicianNamer(namers: AuditNamers): (id: string | null) => string | null {
  const clinician = remembering(namers.clinician);
  return (id) => (id === null ? null : clinician(id));
}
