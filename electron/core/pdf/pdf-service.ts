// Prints an issued plan version: reads the snapshot and the clinic's settings, renders the
// document and, unless it is only a preview, records in the audit log that it was printed.
import type { PdfFile, PdfPurpose } from '../../../shared/contract/pdf';
import type {
  HomeProgrammeOptions,
  PlanSummaryOptions,
} from '../../../shared/domain/print-options';
import { pdfFileName } from '../../../shared/pdf-file-name';
import { recordAudit } from '../audit/audit-log';
import { assertItemsReviewed } from '../library/library-review';
import type { CoreContext } from '../context';
import { imageBytesReader } from '../images/image-store';
import { findIssuedVersion, issuedVersionList } from '../plans/issued-versions';
import { getSettings } from '../settings/settings-service';
import { notFound } from '../errors';
import type { PlanVersionSnapshot } from '../../../shared/domain/plan';
import type { ImageLoader } from './clinic-header';
import { fontsDirOf } from './fonts';
import { renderHomeProgramme } from './home-programme';
import type { PdfOutput } from './pdf-document';
import { renderPlanSummary } from './plan-summary';
import { renderSafetySheet } from './safety-sheet';
import { homeSheetGate } from '../../../shared/safety/red-flag-gate';
import { assertNoUndecidedRedFlag, planRedFlags } from '../plans/plan-red-flags';
import { localIsoDate } from './text-format';

type DocumentKind = 'home-programme' | 'safety-sheet' | 'plan-summary';

/** A missing image prints as no image rather than failing the print. */
function imageLoaderOf(ctx: CoreContext): ImageLoader {
  const read = imageBytesReader(ctx.db);
  return (ref) => read(ref.sha256);
}

interface StoredPlanVersion {
  id: string;
  snapshot: PlanVersionSnapshot;
}

function printed(
  ctx: CoreContext,
  version: StoredPlanVersion,
  kind: DocumentKind,
  purpose: PdfPurpose,
  printedOn: string,
  out: PdfOutput,
): PdfFile {
  if (purpose !== 'preview') {
    ctx.db.transaction(() => {
      recordAudit(ctx.db, ctx.clock, {
        entity: 'plan_version',
        entityId: version.id,
        patientId: version.snapshot.patient.id,
        action: 'print',
        fields: [kind, purpose],
      });
    })();
  }
  return {
    fileName: pdfFileName(
      version.snapshot.patient,
      kind,
      version.snapshot.versionNumber,
      printedOn,
    ),
    dataBase64: out.data.toString('base64'),
    pageCount: out.pageCount,
  };
}

/** What every printed document of a version needs, read once. */
function documentInputs(ctx: CoreContext, planVersionId: string) {
  const version = findIssuedVersion(ctx, planVersionId);
  if (!version) throw notFound('This plan version');
  const now = ctx.clock();
  return {
    version,
    common: {
      snapshot: version.snapshot,
      settings: getSettings(ctx),
      printedOn: localIsoDate(now),
      createdAt: now,
      loadImage: imageLoaderOf(ctx),
      fontsDir: fontsDirOf(ctx),
    },
  };
}

/**
 * Any version's home sheet (preview, save or print) follows the plan's red flags as they stand
 * now, not as frozen at issue: an undecided flag stops it (RED_FLAG), a referral decision
 * prints only the safety sheet.
 */
export async function printHomeProgramme(
  ctx: CoreContext,
  input: { planVersionId: string; options: HomeProgrammeOptions; purpose: PdfPurpose },
): Promise<PdfFile> {
  const { version, common } = documentInputs(ctx, input.planVersionId);
  const flags = planRedFlags(ctx, version.snapshot.planId);
  assertNoUndecidedRedFlag(flags, 'print');
  const gate = homeSheetGate(flags);
  if (gate.kind === 'safety-sheet') {
    // No plan item prints on the safety sheet, so an item still to be reviewed never holds it up.
    const out = await renderSafetySheet({ ...common, flags: gate.flags, options: input.options });
    return printed(ctx, version, 'safety-sheet', input.purpose, common.printedOn, out);
  }
  assertItemsReviewed(
    ctx.db,
    version.snapshot.phases.flatMap((p) => p.items),
    'print',
  );
  const out = await renderHomeProgramme({ ...common, options: input.options });
  return printed(ctx, version, 'home-programme', input.purpose, common.printedOn, out);
}

export async function printPlanSummary(
  ctx: CoreContext,
  input: { planVersionId: string; options: PlanSummaryOptions; purpose: PdfPurpose },
): Promise<PdfFile> {
  const { version, common } = documentInputs(ctx, input.planVersionId);
  const versions = issuedVersionList(ctx, version.snapshot.planId);
  const out = await renderPlanSummary({ ...common, versions, options: input.options });
  return printed(ctx, version, 'plan-summary', input.purpose, common.printedOn, out);
}
