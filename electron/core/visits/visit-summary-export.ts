// Exports one visit as the clinician-facing summary PDF, and records the export in the audit log.
import { fileNamePart } from '../../../shared/pdf-file-name';
import { recordAudit } from '../audit/audit-log';
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import { fontsDirOf } from '../pdf/fonts';
import { imageLoader } from '../pdf/pdf-repository';
import { renderVisitSummaryPdf } from '../pdf/visit-summary';
import { readSettings } from '../settings/settings-repository';
import { readPatientRef } from './plan-lookup';
import { patientVisitsOverview } from './visit-overview';
import { getVisit } from './visit-service';

export async function exportVisitSummary(
  ctx: CoreContext,
  id: string,
): Promise<{ fileName: string; dataBase64: string }> {
  const visit = getVisit(ctx, id);
  const patient = readPatientRef(ctx.db, visit.patientId);
  if (!patient) throw notFound('The patient of this visit');
  const settings = readSettings(ctx.db);
  const progress = patientVisitsOverview(ctx, visit.patientId).progress;
  const logoData = settings.logo ? imageLoader(ctx.db)(settings.logo) : undefined;
  const logo =
    settings.logo && logoData
      ? {
          data: logoData,
          width: settings.logo.width,
          height: settings.logo.height,
          alt: `${settings.clinicName || 'Clinic'} logo`,
        }
      : undefined;
  const bytes = await renderVisitSummaryPdf(
    {
      clinic: settings,
      logo,
      patient,
      visit,
      progress,
      generatedAt: ctx.clock().toISOString(),
    },
    fontsDirOf(ctx),
  );
  ctx.db.transaction(() => {
    recordAudit(ctx.db, ctx.clock, {
      entity: 'visit',
      entityId: visit.id,
      patientId: visit.patientId,
      action: 'export',
      fields: ['summary_pdf'],
    });
  })();
  return {
    // Names in any script become ASCII, the same way as the plan documents' file names.
    fileName: `visit-summary-${fileNamePart(patient.lastName) || 'patient'}-${visit.date}.pdf`,
    dataBase64: bytes.toString('base64'),
  };
}
