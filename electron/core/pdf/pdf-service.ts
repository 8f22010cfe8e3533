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
import type { PlanVersionSnapshot } from '../../../shared/domain/plan';
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import { assertItemsReviewed } from '../library/library-review';
import { imageBytesReader } from '../images/image-store';
import { findIssuedVersion, issuedVersionList } from '../plans/issued-versions';
import { assertNoUndecidedRedFlag, planRedFlags } from '../plans/plan-red-flags';
import { findPatient } from '../patients/patients-service';
import { getSettings } from '../settings/settings-service';
import { patientVisitsOverview } from '../visits/visit-overview';
import { getVisit } from '../visits/visit-service';
import type { UntranslatedItem } from '../../../shared/contract/pdf';
import type { UiLanguage } from '../../../shared/i18n';
import { isHomeKind } from '../../../shared/domain/parameters';
import { defaultResourcesDir } from '../resources';
import {
  documentWords,
  handoutLanguageFor,
  untranslatedItems,
  type DocumentWords,
} from './document-language';
import type { DocumentStore, RenderedDocument } from './document-store';
import type { ImageLoader } from './clinic-header';
import { fontsDirOf } from './fonts';
import { printedPhases, renderHomeProgramme } from './home-programme';
import type { PdfOutput } from './pdf-document';
import { renderPlanSummary } from './plan-summary';
import { renderSafetySheet } from './safety-sheet';
import { localIsoDate } from './text-format';
import { renderVisitSummary } from './visit-summary';

type PlanDocumentKind = 'home-programme' | 'safety-sheet' | 'plan-summary';

/** A missing image prints as no image rather than failing the print. */
function imageLoaderOf(ctx: CoreContext): ImageLoader {
  const read = imageBytesReader(ctx.db);
  return (ref) => read(ref.sha256);
}

interface StoredPlanVersion {
  id: string;
  snapshot: PlanVersionSnapshot;
}

/** What a document says about its language: which it is, and what printed in English. */
interface LanguageNote {
  language: UiLanguage;
  untranslated: UntranslatedItem[];
}

/** Keeps a rendered document and answers the preview with it and its reference. */
function kept(
  ctx: CoreContext,
  store: DocumentStore,
  out: PdfOutput,
  fileName: string,
  audit: RenderedDocument['audit'],
  note: LanguageNote,
): PdfDocument {
  const documentId = ctx.newId();
  store.put(documentId, { fileName, data: out.data, pageCount: out.pageCount, audit });
  return {
    documentId,
    fileName,
    dataBase64: out.data.toString('base64'),
    pageCount: out.pageCount,
    language: note.language,
    untranslated: note.untranslated,
  };
}

function keptPlanDocument(
  ctx: CoreContext,
  store: DocumentStore,
  version: StoredPlanVersion,
  kind: PlanDocumentKind,
  printedOn: string,
  out: PdfOutput,
  note: LanguageNote,
): PdfDocument {
  const { patient, versionNumber } = version.snapshot;
  return kept(
    ctx,
    store,
    out,
    pdfFileName(patient, kind, versionNumber, printedOn),
    {
      entity: 'plan_version',
      entityId: version.id,
      patientId: patient.id,
      action: 'print',
      fields: [kind],
    },
    note,
  );
}

/** The words of a document in `language`, with this core's protocol translations. */
function wordsOf(ctx: CoreContext, language: UiLanguage): DocumentWords {
  return documentWords(language, ctx.resourcesDir ?? defaultResourcesDir());
}

/** What every printed document of a version needs, read once. */
function documentInputs(
  ctx: CoreContext,
  planVersionId: string,
  language: (settings: ReturnType<typeof getSettings>, snapshot: PlanVersionSnapshot) => UiLanguage,
) {
  const version = findIssuedVersion(ctx, planVersionId);
  if (!version) throw notFound('This plan version');
  const now = ctx.clock();
  const settings = getSettings(ctx);
  return {
    version,
    common: {
      snapshot: version.snapshot,
      settings,
      printedOn: localIsoDate(now),
      createdAt: now,
      loadImage: imageLoaderOf(ctx),
      fontsDir: fontsDirOf(ctx),
      words: wordsOf(ctx, language(settings, version.snapshot)),
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
  input: {
    planVersionId: string;
    options: HomeProgrammeOptions;
    language?: UiLanguage | undefined;
  },
): Promise<PdfDocument> {
  const { version, common } = documentInputs(ctx, input.planVersionId, (settings, snapshot) =>
    handoutLanguageFor(
      input.language,
      snapshot.patient.preferredLanguage,
      settings.handoutLanguage,
    ),
  );
  const { language } = common.words;
  const flags = planRedFlags(ctx, version.snapshot.planId);
  assertNoUndecidedRedFlag(flags, 'print');
  const gate = homeSheetGate(flags);
  if (gate.kind === 'safety-sheet') {
    // No plan item prints on the safety sheet, so an item still to be reviewed never holds it up.
    const out = await renderSafetySheet({ ...common, flags: gate.flags, options: input.options });
    return keptPlanDocument(ctx, store, version, 'safety-sheet', common.printedOn, out, {
      language,
      untranslated: [],
    });
  }
  assertItemsReviewed(
    ctx.db,
    version.snapshot.phases.flatMap((p) => p.items),
    'print',
  );
  const out = await renderHomeProgramme({ ...common, options: input.options });
  const printed = printedPhases(version.snapshot, input.options.phaseIds)
    .flatMap((p) => p.items)
    .filter((item) => isHomeKind(item.kind));
  return keptPlanDocument(ctx, store, version, 'home-programme', common.printedOn, out, {
    language,
    untranslated: untranslatedItems(printed, language),
  });
}

export async function renderPlanSummaryDocument(
  ctx: CoreContext,
  store: DocumentStore,
  input: { planVersionId: string; options: PlanSummaryOptions; language?: UiLanguage | undefined },
): Promise<PdfDocument> {
  const { version, common } = documentInputs(
    ctx,
    input.planVersionId,
    () => input.language ?? 'en',
  );
  const { language } = common.words;
  const versions = issuedVersionList(ctx, version.snapshot.planId);
  const out = await renderPlanSummary({ ...common, versions, options: input.options });
  const items = version.snapshot.phases.flatMap((p) => p.items);
  return keptPlanDocument(ctx, store, version, 'plan-summary', common.printedOn, out, {
    language,
    untranslated: untranslatedItems(items, language),
  });
}

export async function renderVisitSummaryDocument(
  ctx: CoreContext,
  store: DocumentStore,
  input: { visitId: string; language?: UiLanguage | undefined },
): Promise<PdfDocument> {
  const visit = getVisit(ctx, input.visitId);
  const language = input.language ?? 'en';
  const patient = findPatient(ctx, visit.patientId);
  if (!patient) throw notFound('The patient of this visit');
  const now = ctx.clock();
  const out = await renderVisitSummary({
    settings: getSettings(ctx),
    patient,
    visit,
    progress: patientVisitsOverview(ctx, visit.patientId).progress,
    printedOn: localIsoDate(now),
    createdAt: now,
    loadImage: imageLoaderOf(ctx),
    fontsDir: fontsDirOf(ctx),
    words: wordsOf(ctx, language),
  });
  // Names in any script become ASCII, the same way as the plan documents' file names.
  const fileName = `visit-summary-${fileNamePart(patient.lastName) || 'patient'}-${visit.date}.pdf`;
  return kept(
    ctx,
    store,
    out,
    fileName,
    {
      entity: 'visit',
      entityId: visit.id,
      patientId: visit.patientId,
      action: 'export',
      fields: ['summary_pdf'],
    },
    { language, untranslated: [] },
  );
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
