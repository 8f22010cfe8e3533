// Exports one visit as the clinician-facing summary PDF, and records the export in the audit log.
import fs from 'node:fs';
import path from 'node:path';
import { recordAudit } from '../audit/audit-log';
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import { defaultResourcesDir } from '../resources';
import { renderVisitSummaryPdf, type PdfFonts } from '../pdf/visit-summary';
import { readSettings } from '../settings/settings-repository';
import { readPatientRef } from './plan-lookup';
import { patientVisitsOverview } from './visit-overview';
import { getVisit } from './visit-service';

/**
 * Fonts from resources/fonts (the PDF work owns which ones ship); null means the built-in
 * Helvetica, which prints Latin-1 only.
 */
function loadFonts(ctx: CoreContext): PdfFonts | null {
  const dir = path.join(ctx.resourcesDir ?? defaultResourcesDir(), 'fonts');
  let files: string[];
  try {
    files = fs.readdirSync(dir).filter((file) => /\.(ttf|otf)$/i.test(file));
  } catch {
    return null;
  }
  const regular = files.find((file) => /-Regular\.(ttf|otf)$/i.test(file));
  const bold = files.find((file) => /-Bold\.(ttf|otf)$/i.test(file));
  if (!regular || !bold) return null;
  return {
    regular: fs.readFileSync(path.join(dir, regular)),
    bold: fs.readFileSync(path.join(dir, bold)),
  };
}

function safeFilePart(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[^\w-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'patient'
  );
}

export async function exportVisitSummary(
  ctx: CoreContext,
  id: string,
): Promise<{ fileName: string; dataBase64: string }> {
  const visit = getVisit(ctx, id);
  const patient = readPatientRef(ctx.db, visit.patientId);
  if (!patient) throw notFound('The patient of this visit');
  const settings = readSettings(ctx.db);
  const progress = patientVisitsOverview(ctx, visit.patientId).progress;
  const bytes = await renderVisitSummaryPdf(
    {
      clinic: settings,
      patient,
      visit,
      progress,
      generatedAt: ctx.clock().toISOString(),
    },
    loadFonts(ctx),
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
    fileName: `visit-summary-${safeFilePart(patient.lastName)}-${visit.date}.pdf`,
    dataBase64: bytes.toString('base64'),
  };
}
