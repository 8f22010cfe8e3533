// Visit summary PDF (clinician-facing, e.g. for a referrer or insurer): visit details, SOAP,
// treatments with settings, scores with change from baseline, adherence, and progress charts.
// A pure function from a plain snapshot to PDF bytes, so it is tested without a database.
import PDFDocument from 'pdfkit';
import { formatChange, formatScore, outcomeMeasures } from '../../../shared/outcomes';
import { readableDate, shortDate } from '../../../shared/visits/dates';
import { describeFindings, describeParameters } from '../../../shared/visits/describe-treatment';
import { registerFonts } from './fonts';
import type { ChartFonts } from './visit-summary-charts';
import {
  VISIT_SUMMARY_MARGIN,
  type VisitSummaryLayout,
  type VisitSummarySnapshot,
} from './visit-summary-layout';
import { loadSummaryLines } from './visit-summary-load';
import { drawProgressPage } from './visit-summary-progress';

export type { VisitSummarySnapshot } from './visit-summary-layout';

const SOAP_LABELS = {
  subjective: 'Subjective',
  objective: 'Objective',
  assessment: 'Assessment',
  plan: 'Plan',
} as const;
const MARGIN = VISIT_SUMMARY_MARGIN;
/** The logo's box in the letterhead (points), the same proportions as the home sheet's. */
const LOGO_HEIGHT = 44;
const LOGO_MAX_WIDTH = 114;

/** `fontsDir`: resources/fonts; found next to the code when absent. */
export function renderVisitSummaryPdf(
  snapshot: VisitSummarySnapshot,
  fontsDir?: string,
): Promise<Buffer> {
  const { visit, patient, clinic } = snapshot;
  const patientName = `${patient.firstName} ${patient.lastName}`;
  const title = `Visit summary — ${patientName} — ${readableDate(visit.date)}`;
  const doc = new PDFDocument({
    size: clinic.paperSize === 'Letter' ? 'LETTER' : 'A4',
    margin: MARGIN,
    bufferPages: true,
    tagged: true,
    lang: 'en',
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: title,
      Author: clinic.clinicianName || clinic.clinicName,
      Subject: 'Visit summary',
      Creator: 'Physioplan',
    },
    // No default font: ours are registered below (the default would load Helvetica).
    font: '',
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  // The same fonts as every other PDF (DejaVu Sans, which has −, ≥ and the Greek of names).
  registerFonts(doc, fontsDir);
  const font: ChartFonts = { regular: 'regular', bold: 'bold' };
  doc.font(font.regular);
  const root = doc.struct('Document');
  doc.addStructure(root);
  const width = doc.page.width - 2 * MARGIN;
  const heading = (text: string, size = 12) => {
    if (doc.y > doc.page.height - MARGIN - 60) doc.addPage();
    doc.moveDown(0.6).font(font.bold).fontSize(size).fillColor('#102a43');
    doc.text(text, MARGIN, doc.y, {
      width,
      structParent: root,
      structType: size > 14 ? 'H1' : 'H2',
    });
    doc.moveDown(0.2);
  };
  const para = (text: string, options: { bold?: boolean; size?: number; colour?: string } = {}) => {
    doc
      .font(options.bold ? font.bold : font.regular)
      .fontSize(options.size ?? 10)
      .fillColor(options.colour ?? '#1f2933');
    doc.text(text, MARGIN, doc.y, {
      width,
      structParent: root,
      structType: 'P',
    });
  };

  // Letterhead and visit details: the logo on the left (as on the home sheet), the clinic's
  // name and how to reach it beside it.
  const logo = snapshot.logo;
  const top = doc.y;
  let letterheadLeft = MARGIN;
  let letterheadBottom = top;
  if (logo) {
    const h = LOGO_HEIGHT;
    const w = Math.min(LOGO_MAX_WIDTH, (logo.width / logo.height) * h);
    const fitted = Math.min(h, (logo.height / logo.width) * w);
    root.add(
      doc.struct('Figure', { alt: logo.alt }, () =>
        doc.image(logo.data, MARGIN, top, { width: w, height: fitted }),
      ),
    );
    letterheadLeft = MARGIN + w + 12;
    letterheadBottom = top + fitted + 6;
  }
  const letterhead = (text: string, bold: boolean, size: number, colour = '#1f2933') => {
    doc
      .font(bold ? font.bold : font.regular)
      .fontSize(size)
      .fillColor(colour)
      .text(text, letterheadLeft, doc.y, {
        width: width - (letterheadLeft - MARGIN),
        structParent: root,
        structType: 'P',
      });
  };
  letterhead(clinic.clinicName || 'Clinic', true, 13);
  const clinician = [clinic.clinicianName, clinic.credentials].filter(Boolean).join(', ');
  if (clinician) letterhead(clinician, false, 9);
  const contact = [clinic.address.replaceAll('\n', ', '), clinic.phone, clinic.email]
    .filter(Boolean)
    .join(' · ');
  if (contact) letterhead(contact, false, 8, '#52606d');
  doc.x = MARGIN;
  doc.y = Math.max(doc.y, letterheadBottom);
  heading('Visit summary', 18);
  para(
    `Patient: ${patientName}${patient.dateOfBirth ? ` (born ${readableDate(patient.dateOfBirth)})` : ''}`,
  );
  para(`Visit: ${readableDate(visit.date)} at ${visit.time}`);
  para(
    visit.planTitle
      ? `Plan in force: ${visit.planTitle}, version ${visit.planVersionNumber ?? '–'}`
      : 'Plan in force: none issued at this visit',
  );
  if (visit.archived)
    para(`This visit is archived: ${visit.archivedReason}`, { bold: true, colour: '#b42318' });

  heading('Notes (SOAP)');
  for (const field of ['subjective', 'objective', 'assessment', 'plan'] as const) {
    para(SOAP_LABELS[field], { bold: true });
    para(visit.soap[field] || '—');
    const amendments = visit.amendments.filter((amendment) => amendment.field === field);
    const first = amendments[0];
    if (first) {
      const original =
        typeof first.previous === 'string' && first.previous !== '' ? first.previous : '—';
      para(
        `Amended ${amendments.map((a) => `${readableDate(a.amendedAt.slice(0, 10))} (${a.reason})`).join('; ')}. Original: ${original}`,
        {
          size: 8,
          colour: '#52606d',
        },
      );
    }
    doc.moveDown(0.3);
  }
  const otherAmendments = visit.amendments.filter((a) => !(a.field in SOAP_LABELS));
  for (const amendment of otherAmendments) {
    para(
      `${amendment.field} amended ${readableDate(amendment.amendedAt.slice(0, 10))}: ${amendment.reason}`,
      { size: 8, colour: '#52606d' },
    );
  }

  heading('Treatments delivered');
  if (visit.treatments.length === 0) para('None recorded.');
  for (const treatment of visit.treatments) {
    // An assessment's settings are only the list of what it asks: its findings say more
    // (the same as the visit view in the app).
    const settings = treatment.kind === 'assessment' ? '' : describeParameters(treatment);
    para(`${treatment.title}${settings ? ` — ${settings}` : ''}`);
    const findings = describeFindings(treatment, treatment.findings);
    if (treatment.kind === 'assessment')
      para(findings ? `Findings: ${findings}` : 'No findings recorded.', { size: 9 });
    if (treatment.notes) para(treatment.notes, { size: 9, colour: '#52606d' });
  }

  heading('Outcome measures');
  if (visit.outcomes.length === 0) para('None recorded at this visit.');
  for (const record of visit.outcomes) {
    const definition = outcomeMeasures[record.form.measure];
    const { result, comparison } = record;
    if (result.status === 'incomplete') {
      para(`${definition.shortName}: not scored — ${result.message}`);
      continue;
    }
    let line = `${definition.shortName}: ${formatScore(record.form.measure, result.score)}`;
    if (comparison) {
      line += ` (baseline ${formatScore(record.form.measure, comparison.baseline)} on ${readableDate(record.baselineDate ?? visit.date)}, change ${formatChange(comparison.change)}`;
      const { mcid } = definition;
      const source = `MCID ${mcid.points} points, ${mcid.source}`;
      line += comparison.reachesMcid
        ? `, MCID reached; ${source})`
        : comparison.worseByMcid
          ? `, worse by at least the MCID; ${source})`
          : ')';
    } else {
      line += ' (baseline)';
    }
    para(line);
  }

  heading('Home programme adherence');
  const summary = visit.adherenceSummary;
  if (summary.percent === null) para('No exercise grid entered at this visit.');
  else
    para(
      `${Math.round(summary.percent)} % of prescribed days done (${summary.daysDone} of ${summary.daysTarget}).`,
    );
  if (summary.painSeries.length > 0) {
    para(
      `First-step pain: ${summary.painSeries.map((p) => `${shortDate(p.date)} ${p.pain}`).join(', ')}`,
      { size: 9 },
    );
  }

  heading('Pain monitoring and running');
  for (const line of loadSummaryLines(visit)) para(line);

  const layout: VisitSummaryLayout = { root, font, margin: MARGIN, width };
  drawProgressPage(doc, snapshot, layout);

  // Footer on every page.
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const footer = `${patientName} · visit ${readableDate(visit.date)} · generated ${readableDate(snapshot.generatedAt.slice(0, 10))} · page ${index + 1} of ${range.count}`;
    // Writing below the bottom margin would make pdfkit start a new page; lift it meanwhile.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.font(font.regular).fontSize(7).fillColor('#7b8794');
    doc.text(footer, MARGIN, doc.page.height - MARGIN + 15, {
      width,
      align: 'center',
      lineBreak: false,
    });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
