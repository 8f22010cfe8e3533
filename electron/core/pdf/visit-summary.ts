// Visit summary PDF (clinician-facing, e.g. for a referrer or insurer): visit details, SOAP,
// treatments with settings, scores with change from baseline, adherence, and progress charts.
// Laid out by the same writer, blocks and house style as the plan documents; a pure function
// from plain data to PDF bytes, so it is tested without a database.
import { formatChange, formatScore, outcomeMeasures } from '../../../shared/outcomes';
import type { ClinicSettings } from '../../../shared/domain/settings';
import type { Visit } from '../../../shared/domain/visit';
import type { PatientProgress } from '../../../shared/domain/visit-progress';
import { readableDate, shortDate } from '../../../shared/visits/dates';
import { describeFindings, describeParameters } from '../../../shared/visits/describe-treatment';
import { box, stack, text, type Block } from './blocks';
import { clinicHeader, type ImageLoader } from './clinic-header';
import { PdfWriter, type PdfOutput } from './pdf-document';
import { colours, type Styles } from './styles';
import { fullName } from './text-format';
import { loadSummaryLines } from './visit-summary-load';
import { progressBlocks } from './visit-summary-progress';

export interface VisitSummaryInput {
  settings: ClinicSettings;
  patient: { firstName: string; lastName: string; dateOfBirth: string | null };
  visit: Visit;
  /** The patient's progress; only points up to the visit date are drawn. */
  progress: PatientProgress;
  /** The date printed on the document (YYYY-MM-DD). */
  printedOn: string;
  createdAt: Date;
  loadImage: ImageLoader;
  /** resources/fonts; found next to the code when absent. */
  fontsDir?: string | undefined;
}

const SOAP_LABELS = {
  subjective: 'Subjective',
  objective: 'Objective',
  assessment: 'Assessment',
  plan: 'Plan',
} as const;

export async function renderVisitSummary(input: VisitSummaryInput): Promise<PdfOutput> {
  const { visit, settings } = input;
  const patient = fullName(input.patient);
  const writer = new PdfWriter({
    paper: settings.paperSize,
    largePrint: false,
    title: `Visit summary — ${patient} — ${readableDate(visit.date)}`,
    author: settings.clinicianName || settings.clinicName || 'Physioplan',
    subject: 'Visit summary',
    lang: 'en',
    createdAt: input.createdAt,
    fontsDir: input.fontsDir,
  });
  const { flow, styles: s, type } = writer;
  const section = (title: string, body: readonly Block[]) =>
    flow.place(
      stack([text(title, { ...s.heading, color: colours.accent }, 'H2'), ...body], {
        gap: type.gap,
        minLead: 2,
        keepTogether: false,
      }),
      type.gap * 3,
    );
  const lines = (all: readonly string[]) => all.map((line) => text(line, s.body));

  flow.place(clinicHeader(settings, input.loadImage, s, type));
  flow.place(text('Visit summary', s.title, 'H1'), type.gap * 2);
  flow.place(details(input, patient, s), type.gap);
  section('Notes (SOAP)', soapBlocks(visit, s));
  section('Treatments delivered', treatmentBlocks(visit, s));
  section('Outcome measures', lines(outcomeLines(visit)));
  section('Home programme adherence', adherenceBlocks(visit, s));
  section('Pain monitoring and running', lines(loadSummaryLines(visit)));

  const progress = progressBlocks(visit, input.progress, type.gap);
  if (progress.length > 0) {
    // The charts read best together, on a page of their own.
    flow.newPage();
    section('Progress', [stack(progress, { gap: type.gap * 3, keepTogether: false })]);
  }

  return writer.finish({
    left: `${patient}  ·  Visit summary  ·  Visit ${readableDate(visit.date)}  ·  Printed ${readableDate(input.printedOn)}`,
    second: `${settings.clinicName ? `${settings.clinicName}  ·  ` : ''}Confidential clinical record`,
  });
}

function details(input: VisitSummaryInput, patient: string, s: Styles): Block {
  const { visit } = input;
  const born = input.patient.dateOfBirth
    ? ` (born ${readableDate(input.patient.dateOfBirth)})`
    : '';
  const rows: Block[] = [
    text(`Patient: ${patient}${born}`, s.bodyBold),
    text(`Visit: ${readableDate(visit.date)} at ${visit.time}`, s.body),
    text(
      visit.planTitle
        ? `Plan in force: ${visit.planTitle}, version ${visit.planVersionNumber ?? '–'}`
        : 'Plan in force: none issued at this visit',
      s.body,
    ),
  ];
  if (visit.archived) {
    rows.push(
      text(`This visit is archived: ${visit.archivedReason}`, {
        ...s.bodyBold,
        color: colours.stop,
      }),
    );
  }
  return box(stack(rows, { gap: 2 }), { padding: 6, fill: colours.accentSoft, radius: 4 });
}

function soapBlocks(visit: Visit, s: Styles): Block[] {
  const blocks: Block[] = [];
  for (const field of ['subjective', 'objective', 'assessment', 'plan'] as const) {
    const entry: Block[] = [
      text(SOAP_LABELS[field], s.subheading, 'H3'),
      text(visit.soap[field] || '—', s.body),
    ];
    const amendments = visit.amendments.filter((amendment) => amendment.field === field);
    const first = amendments[0];
    if (first) {
      const original =
        typeof first.previous === 'string' && first.previous !== '' ? first.previous : '—';
      const when = amendments
        .map((a) => `${readableDate(a.amendedAt.slice(0, 10))} (${a.reason})`)
        .join('; ');
      entry.push(text(`Amended ${when}. Original: ${original}`, s.muted));
    }
    blocks.push(stack(entry, { gap: 2 }));
  }
  for (const amendment of visit.amendments.filter((a) => !(a.field in SOAP_LABELS))) {
    blocks.push(
      text(
        `${amendment.field} amended ${readableDate(amendment.amendedAt.slice(0, 10))}: ${amendment.reason}`,
        s.muted,
      ),
    );
  }
  return blocks;
}

function treatmentBlocks(visit: Visit, s: Styles): Block[] {
  if (visit.treatments.length === 0) return [text('None recorded.', s.bodyItalic)];
  return visit.treatments.map((treatment) => {
    // An assessment's settings are only the list of what it asks: its findings say more
    // (the same as the visit view in the app).
    const settings = treatment.kind === 'assessment' ? '' : describeParameters(treatment);
    const entry: Block[] = [
      text(`${treatment.title}${settings ? ` — ${settings}` : ''}`, s.bodyBold),
    ];
    const findings = describeFindings(treatment, treatment.findings);
    if (treatment.kind === 'assessment')
      entry.push(text(findings ? `Findings: ${findings}` : 'No findings recorded.', s.body));
    if (treatment.notes) entry.push(text(treatment.notes, s.muted));
    return stack(entry, { gap: 1 });
  });
}

function outcomeLines(visit: Visit): string[] {
  if (visit.outcomes.length === 0) return ['None recorded at this visit.'];
  return visit.outcomes.map((record) => {
    const definition = outcomeMeasures[record.form.measure];
    const { result, comparison } = record;
    if (result.status === 'incomplete')
      return `${definition.shortName}: not scored — ${result.message}`;
    const score = `${definition.shortName}: ${formatScore(record.form.measure, result.score)}`;
    if (!comparison) return `${score} (baseline)`;
    const baseline = `baseline ${formatScore(record.form.measure, comparison.baseline)} on ${readableDate(record.baselineDate ?? visit.date)}, change ${formatChange(comparison.change)}`;
    const { mcid } = definition;
    const source = `MCID ${mcid.points} points, ${mcid.source}`;
    const verdict = comparison.reachesMcid
      ? `, MCID reached; ${source}`
      : comparison.worseByMcid
        ? `, worse by at least the MCID; ${source}`
        : '';
    return `${score} (${baseline}${verdict})`;
  });
}

function adherenceBlocks(visit: Visit, s: Styles): Block[] {
  const summary = visit.adherenceSummary;
  const blocks: Block[] = [
    text(
      summary.percent === null
        ? 'No exercise grid entered at this visit.'
        : `${Math.round(summary.percent)} % of prescribed days done (${summary.daysDone} of ${summary.daysTarget}).`,
      s.body,
    ),
  ];
  if (summary.painSeries.length > 0) {
    const series = summary.painSeries.map((p) => `${shortDate(p.date)} ${p.pain}`).join(', ');
    blocks.push(text(`First-step pain: ${series}`, s.small));
  }
  return blocks;
}
