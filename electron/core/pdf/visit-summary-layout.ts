// What the visit summary's pages share: the snapshot they are drawn from and the page layout
// (margin, fonts, structure root). Both visit-summary.ts and visit-summary-progress.ts build on
// it, so neither needs the other's internals.
import type { PaperSize } from '../../../shared/domain/settings';
import type { Visit } from '../../../shared/domain/visit';
import type { PatientProgress } from '../../../shared/domain/visit-progress';
import type { ChartFonts } from './visit-summary-charts';

export interface VisitSummarySnapshot {
  clinic: {
    clinicName: string;
    clinicianName: string;
    credentials: string;
    address: string;
    phone: string;
    email: string;
    paperSize: PaperSize;
  };
  /** The clinic logo's bytes (as on the home sheet); absent when none is set or it is missing. */
  logo?: { data: Buffer; width: number; height: number; alt: string } | undefined;
  patient: { firstName: string; lastName: string; dateOfBirth: string | null };
  visit: Visit;
  /** The patient's progress; only points up to the visit date are drawn. */
  progress: PatientProgress;
  generatedAt: string;
}

/** Page margin of every visit summary page, in points. */
export const VISIT_SUMMARY_MARGIN = 50;

/** Where a page goes: the document's structure root, its fonts, margin and text width. */
export interface VisitSummaryLayout {
  root: PDFKit.PDFStructureElement;
  font: ChartFonts;
  margin: number;
  width: number;
}
