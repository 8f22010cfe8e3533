// Visit summary PDF (clinician-facing, e.g. for a referrer or insurer): visit details, SOAP,
// treatments with settings, scores with change from baseline, adherence, and progress charts.
// Laid out by the same writer, blocks and house style as the plan documents; a pure function
// from plain data to PDF bytes, so it is tested without a database.
import { formatChange, formatScore, outcomeMeasures } from '../../../shared/outcomes';
import type { ClinicSettings } from '../../../shared/domain/settings';
import type { Visit } from '../../../shared/domain/visit';
import type { PatientProgress } from '../../../shared/domain/visit-progress';
import { worded, type DocumentWords, type Worded } from './document-language';
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
  /** The document's language and its words; English when unset. */
  words?: DocumentWords | undefined;
}

const SOAP_LABELS = {
  subjective: 'pdf:visit.subjective',
  objective: 'pdf:visit.objective',
  assessment: 'pdf:visit.assessment',
  plan: 'pdf:visit.plan',
} as const;

export async function renderVisitSummary(raw: VisitSummaryInput): Promise<PdfOutput> {
  const input = worded(raw);
  const { visit, settings, words } = input;
  const { t } = words;
  const patient = fullName(input.patient);
  const writer = new PdfWriter({
    paper: settings.paperSize,
    largePrint: false,
    title: t('pdf:visit.fileTitle', { patient, date: words.date(visit.date) }),
    author: settings.clinicianName || settings.clinicName || 'Physioplan',
    subject: t('pdf:visit.title'),
    lang: words.language,
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

  flow.place(clinicHeader(settings, input.loadImage, s, type, words));
  flow.place(text(t('pdf:visit.title'), s.title, 'H1'), type.gap * 2);
  flow.place(details(input, patient, s), type.gap);
  section(t('pdf:visit.soap'), soapBlocks(visit, s, words));
  section(t('pdf:visit.treatments'), treatmentBlocks(visit, s, words));
  section(t('pdf:visit.outcomes'), lines(outcomeLines(visit, words)));
  section(t('pdf:visit.adherence'), adherenceBlocks(visit, s, words));
  section(t('pdf:visit.load'), lines(loadSummaryLines(visit, words)));

  const progress = progressBlocks(visit, input.progress, type.gap, words);
  if (progress.length > 0) {
    // The charts read best together, on a page of their own.
    flow.newPage();
    section(t('pdf:visit.progress'), [stack(progress, { gap: type.gap * 3, keepTogether: false })]);
  }

  return writer.finish({
    left: t('pdf:visit.footer', {
      patient,
      date: words.date(visit.date),
      printed: words.date(input.printedOn),
    }),
    second: `${settings.clinicName ? `${settings.clinicName}  ·  ` : ''}${t('pdf:common.confidential')}`,
    pageOf: (page, pages) => t('pdf:common.pageOf', { page, pages }),
  });
}

function details(input: Worded<VisitSummaryInput>, patient: string, s: Styles): Block {
  const { visit, words } = input;
  const { t } = words;
  const born = input.patient.dateOfBirth;
  const rows: Block[] = [
    text(
      born
        ? t('pdf:visit.patientBorn', { patient, born: words.date(born) })
        : t('pdf:visit.patient', { patient }),
      s.bodyBold,
    ),
    text(t('pdf:visit.visitAt', { date: words.date(visit.date), time: visit.time }), s.body),
    text(
      visit.planTitle
        ? t('pdf:visit.planInForce', {
            plan: words.protocol(visit.planTitle),
            version: visit.planVersionNumber ?? '–',
          })
        : t('pdf:visit.noPlan'),
      s.body,
    ),
  ];
  if (visit.archived) {
    rows.push(
      text(t('pdf:visit.archived', { reason: visit.archivedReason }), {
        ...s.bodyBold,
        color: colours.stop,
      }),
    );
  }
  return box(stack(rows, { gap: 2 }), { padding: 6, fill: colours.accentSoft, radius: 4 });
}

function soapBlocks(visit: Visit, s: Styles, words: DocumentWords): Block[] {
  const { t } = words;
  const blocks: Block[] = [];
  for (const field of ['subjective', 'objective', 'assessment', 'plan'] as const) {
    const entry: Block[] = [
      text(t(SOAP_LABELS[field]), s.subheading, 'H3'),
      text(visit.soap[field] || '—', s.body),
    ];
    const amendments = visit.amendments.filter((amendment) => amendment.field === field);
    const first = amendments[0];
    if (first) {
      const original =
        typeof first.previous === 'string' && first.previous !== '' ? first.previous : '—';
      const when = amendments
        .map((a) => `${words.date(a.amendedAt.slice(0, 10))} (${a.reason})`)
        .join('; ');
      entry.push(text(t('pdf:visit.amended', { when, original }), s.muted));
    }
    blocks.push(stack(entry, { gap: 2 }));
  }
  for (const amendment of visit.amendments.filter((a) => !(a.field in SOAP_LABELS))) {
    blocks.push(
      text(
        t('pdf:visit.fieldAmended', {
          field: amendment.field,
          date: words.date(amendment.amendedAt.slice(0, 10)),
          reason: amendment.reason,
        }),
        s.muted,
      ),
    );
  }
  return blocks;
}

function treatmentBlocks(visit: Visit, s: Styles, words: DocumentWords): Block[] {
  const { t, language } = words;
  if (visit.treatments.length === 0) return [text(t('pdf:visit.noneRecorded'), s.bodyItalic)];
  return visit.treatments.map((treatment) => {
    // An assessment's settings are only the list of what it asks: its findings say more
    // (the same as the visit view in the app).
    const settings = treatment.kind === 'assessment' ? '' : describeParameters(treatment, language);
    const entry: Block[] = [
      text(`${treatment.title}${settings ? ` — ${settings}` : ''}`, s.bodyBold),
    ];
    const findings = describeFindings(treatment, treatment.findings, language);
    if (treatment.kind === 'assessment')
      entry.push(
        text(findings ? t('pdf:visit.findings', { findings }) : t('pdf:visit.noFindings'), s.body),
      );
    if (treatment.notes) entry.push(text(treatment.notes, s.muted));
    return stack(entry, { gap: 1 });
  });
}

/** Scores with their change from baseline; the measures keep their validated English names. */
function outcomeLines(visit: Visit, words: DocumentWords): string[] {
  const { t } = words;
  if (visit.outcomes.length === 0) return [t('pdf:visit.noOutcomes')];
  return visit.outcomes.map((record) => {
    const definition = outcomeMeasures[record.form.measure];
    const { result, comparison } = record;
    if (result.status === 'incomplete')
      return t('pdf:visit.notScored', { measure: definition.shortName, message: result.message });
    const score = `${definition.shortName}: ${formatScore(record.form.measure, result.score)}`;
    if (!comparison) return t('pdf:visit.baselineOnly', { score });
    const { mcid } = definition;
    const source = t('pdf:visit.mcidSource', { points: mcid.points, source: mcid.source });
    const verdict = comparison.reachesMcid
      ? t('pdf:visit.mcidReached', { source })
      : comparison.worseByMcid
        ? t('pdf:visit.mcidWorse', { source })
        : '';
    return t('pdf:visit.comparison', {
      score,
      baseline: formatScore(record.form.measure, comparison.baseline),
      date: words.date(record.baselineDate ?? visit.date),
      change: formatChange(comparison.change),
      verdict,
    });
  });
}

function adherenceBlocks(visit: Visit, s: Styles, words: DocumentWords): Block[] {
  const { t } = words;
  const summary = visit.adherenceSummary;
  const blocks: Block[] = [
    text(
      summary.percent === null
        ? t('pdf:visit.noGrid')
        : t('pdf:visit.daysDone', {
            percent: `${Math.round(summary.percent)} %`,
            done: summary.daysDone,
            target: summary.daysTarget,
          }),
      s.body,
    ),
  ];
  if (summary.painSeries.length > 0) {
    const series = summary.painSeries.map((p) => `${words.date(p.date)} ${p.pain}`).join(', ');
    blocks.push(text(t('pdf:visit.firstStepPain', { series }), s.small));
  }
  return blocks;
}
