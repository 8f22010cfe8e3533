// Every printed document goes through here: read what it needs, render it once, keep it in the
// document store for the preview to show, and record in the audit log when it is saved or
// printed (one input path, one audit path, one output path for all documents).
import type { PdfDocument, PdfFile, PdfOutputPurpose } from '../../../shared/contract/pdf';
import type {
  HomeProgrammeOptions,
  PlanSummaryOptions,
} from '../../../shared/domain/print-options';
import { fileNamePart, pdfFileName } from '../../../shared/pdf-file-name';
import { homeSheetGate } from '../../../shared/safety/red-flag-gate';
import { recordAudit } from '../audit/audit-log';
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import { assertItemsReviewed } from '../library/library-review';
import { assertNoUndecidedRedFlag } from '../plans/plan-red-flags';
import { readRedFlags } from '../plans/plans-repository';
import { getSettings } from '../settings/settings-service';
import { readPatientRef } from '../visits/plan-lookup';
import { patientVisitsOverview } from '../visits/visit-overview';
import { getVisit } from '../visits/visit-service';
import type { DocumentStore, RenderedDocument } from './document-store';
import { fontsDirOf } from './fonts';
import { renderHomeProgramme } from './home-programme';
import type { PdfOutput } from './pdf-document';
import {
  imageLoader,
  listPlanVersions,
  readPlanVersion,
  type StoredPlanVersion,
} from './pdf-repository';
import { renderPlanSummary } from './plan-summary';
import { renderSafetySheet } from './safety-sheet';
import { localIsoDate } from './text-format';
import { renderVisitSummary } from './visit-summary';

type PlanDocumentKind = 'home-programme' | 'safety-sheet' | 'plan-summary';

/** Keeps a rendered document and answers the preview with it and its reference. */
function kept(
  ctx: CoreContext,
  store: DocumentStore,
  out: PdfOutput,
  fileName: string,
  audit: RenderedDocument['audit'],
): PdfDocument {
  const documentId = ctx.newId();
  store.put(documentId, { fileName, data: out.data, pageCount: out.pageCount, audit });
  return {
    documentId,
    fileName,
    dataBase64: out.data.toString('base64'),
    pageCount: out.pageCount,
  };
}

function keptPlanDocument(
  ctx: CoreContext,
  store: DocumentStore,
  version: StoredPlanVersion,
  kind: PlanDocumentKind,
  printedOn: string,
  out: PdfOutput,
): PdfDocument {
  const { patient, versionNumber } = version.snapshot;
  return kept(ctx, store, out, pdfFileName(patient, kind, versionNumber, printedOn), {
    entity: 'plan_version',
    entityId: version.id,
    patientId: patient.id,
    action: 'print',
    fields: [kind],
  });
}

/** What every printed document of a version needs, read once. */
function documentInputs(ctx: CoreContext, planVersionId: string) {
  const version = readPlanVersion(ctx.db, planVersionId);
  const now = ctx.clock();
  return {
    version,
    common: {
      snapshot: version.snapshot,
      settings: getSettings(ctx),
      printedOn: localIsoDate(now),
      createdAt: now,
      loadImage: imageLoader(ctx.db),
      fontsDir: fontsDirOf(ctx),
    },
  };
}

/**
 * Any version's home sheet follows the plan's red flags as they stand now, not as frozen at
 * issue: an undecided flag stops it (RED_FLAG), a referral decision prints only the safety sheet.
 */
export async function renderHomeProgrammeDocument(
  ctx: CoreContext,
  store: DocumentStore,
  input: { planVersionId: string; options: HomeProgrammeOptions },
): Promise<PdfDocument> {
  const { version, common } = documentInputs(ctx, input.planVersionId);
  const flags = readRedFlags(ctx.db, version.snapshot.planId);
  assertNoUndecidedRedFlag(flags, 'print');
  const gate = homeSheetGate(flags);
  if (gate.kind === 'safety-sheet') {
    // No plan item prints on the safety sheet, so an item still to be reviewed never holds it up.
    const out = await renderSafetySheet({ ...common, flags: gate.flags, options: input.options });
    return keptPlanDocument(ctx, store, version, 'safety-sheet', common.printedOn, out);
  }
  assertItemsReviewed(
    ctx.db,
    version.snapshot.phases.flatMap((p) => p.items),
    'print',
  );
  const out = await renderHomeProgramme({ ...common, options: input.options });
  return keptPlanDocument(ctx, store, version, 'home-programme', common.printedOn, out);
}

export async function renderPlanSummaryDocument(
  ctx: CoreContext,
  store: DocumentStore,
  input: { planVersionId: string; options: PlanSummaryOptions },
): Promise<PdfDocument> {
  const { version, common } = documentInputs(ctx, input.planVersionId);
  const versions = listPlanVersions(ctx.db, version.snapshot.planId);
  const out = await renderPlanSummary({ ...common, versions, options: input.options });
  return keptPlanDocument(ctx, store, version, 'plan-summary', common.printedOn, out);
}

export async function renderVisitSummaryDocument(
  ctx: CoreContext,
  store: DocumentStore,
  visitId: string,
): Promise<PdfDocument> {
  const visit = getVisit(ctx, visitId);
  const patient = readPatientRef(ctx.db, visit.patientId);
  if (!patient) throw notFound('The patient of this visit');
  const now = ctx.clock();
  const out = await renderVisitSummary({
    settings: getSettings(ctx),
    patient,
    visit,
    progress: patientVisitsOverview(ctx, visit.patientId).progress,
    printedOn: localIsoDate(now),
    createdAt: now,
    loadImage: imageLoader(ctx.db),
    fontsDir: fontsDirOf(ctx),
  });
  // Names in any script become ASCII, the same way as the plan documents' file names.
  const fileName = `visit-summary-${fileNamePart(patient.lastName) || 'patient'}-${visit.date}.pdf`;
  return kept(ctx, store, out, fileName, {
    entity: 'visit',
    entityId: visit.id,
    patientId: visit.patientId,
    action: 'export',
    fields: ['summary_pdf'],
  });
}

/** A kept document leaves the app (saved or printed): recorded, then its bytes handed over. */
export function outputDocument(
  ctx: CoreContext,
  store: DocumentStore,
  input: { documentId: string; purpose: PdfOutputPurpose },
): PdfFile {
  const document = store.take(input.documentId);
  ctx.db.transaction(() => {
    recordAudit(ctx.db, ctx.clock, {
      ...document.audit,
      fields: [...(document.audit.fields ?? []), input.purpose],
    });
  })();
  return {
    fileName: document.fileName,
    dataBase64: document.data.toString('base64'),
    pageCount: document.pageCount,
  };
}
