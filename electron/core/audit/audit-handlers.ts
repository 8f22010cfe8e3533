// Contract methods for the audit trail.
import type { auditMethods } from '../../../shared/contract/audit';
import type { HandlerMap } from '../../../shared/api';
import type { CoreContext } from '../context';
import { verifyAuditLog } from './audit-log';
import { clinicianNamer, nameAuditEntries, type AuditNamers } from './audit-names';
import { auditCsv, listAuditEntries } from './audit-trail';

export function auditHandlers(
  ctx: CoreContext,
  namers: AuditNamers,
): Pick<HandlerMap, keyof typeof auditMethods> {
  return {
    'audit.verify': () => verifyAuditLog(ctx.db),
    'audit.list': (query) => {
      const page = listAuditEntries(ctx.db, query, ctx.log);
      return { ...page, entries: nameAuditEntries(page.entries, namers) };
    },
    'audit.exportCsv': ({ patientId }) => {
      const { csv, rows } = auditCsv(ctx.db, clinicianNamer(namers), patientId);
      const day = ctx.clock().toISOString().slice(0, 10);
      const who =
        patientId === undefined
          ? 'clinic'
          : `patient-${patientId.replace(/[^A-Za-z0-9-]/g, '').slice(0, 40)}`;
      return { fileName: `physioplan-audit-${who}-${day}.csv`, csv, rows };
    },
  };
}
