// Where the audit trail gets its names: each from the domain that owns the record, read through
// that domain's repository functions (the audit domain itself stores only ids).
import { findClinician } from '../access/clinicians-repository';
import type { AuditNamers } from '../audit/audit-names';
import type { CoreContext } from '../context';
import { libraryRepository } from '../library/library-repository';
import { readPatient } from '../patients/patients-repository';
import { readVersionLabel } from '../plans/plan-versions-repository';
import { readPlanRow } from '../plans/plans-repository';
import { readVisitRow } from '../visits/visit-repository';

/** A record that cannot be read leaves its entry unnamed instead of failing the whole page. */
function orNull<A extends unknown[], T>(
  lookup: (...args: A) => T | null,
): (...args: A) => T | null {
  return (...args) => {
    try {
      return lookup(...args);
    } catch {
      return null;
    }
  };
}

/** Asked per call, so a restore that swaps the database is followed (ctx.db is a getter). */
export function auditNamers(ctx: CoreContext): AuditNamers {
  const namers: AuditNamers = {
    patient: (id) => {
      const patient = readPatient(ctx.db, id);
      return patient ? `${patient.firstName} ${patient.lastName}` : null;
    },
    clinician: (id) => findClinician(ctx.db, id)?.name ?? null,
    plan: (id) => readPlanRow(ctx.db, id)?.title ?? null,
    planVersion: (id) => readVersionLabel(ctx.db, id) ?? null,
    visit: (id) => {
      const visit = readVisitRow(ctx.db, id);
      return visit ? { date: visit.date, time: visit.time } : null;
    },
    libraryItem: (id) => libraryRepository(ctx.db).row(id)?.title ?? null,
  };
  return {
    patient: orNull(namers.patient),
    clinician: orNull(namers.clinician),
    plan: orNull(namers.plan),
    planVersion: orNull(namers.planVersion),
    visit: orNull(namers.visit),
    libraryItem: orNull(namers.libraryItem),
  };
}
