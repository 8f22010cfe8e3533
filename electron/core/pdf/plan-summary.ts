// The clinician's plan summary: a pure function from an issued plan version (plus the plan's
// version list and clinic settings) to a PDF with goals, phases, every item with its full
// parameters, red flags with their acknowledgement, and the version history.
import { redFlagDecisions } from '../../../shared/safety/red-flag-types';
import {
  redFlagTypes,
  type PlanVersionSnapshot,
  type PlanVersionSummary,
} from '../../../shared/domain/plan';
import type { PlanSummaryOptions } from '../../../shared/domain/print-options';
import { box, columns, stack, text, type Block } from './blocks';
import { clinicHeader } from './clinic-header';
import type { PdfOutput, PdfWriter } from './pdf-document';
import { planDocumentWriter, type PlanDocumentInput } from './plan-document';
import { colours, type Styles, type TypeScale } from './styles';
import { summaryItemCard, type SummaryItemSettings } from './summary-item-block';
import { table, type TableCell } from './table-block';
import { worded, type DocumentWords, type Worded } from './document-language';
import { fullName } from './text-format';

export interface PlanSummaryInput extends PlanDocumentInput {
  /** Every issued version of the plan, for the history table. */
  versions: readonly PlanVersionSummary[];
  options: PlanSummaryOptions;
}

export async function renderPlanSummary(raw: PlanSummaryInput): Promise<PdfOutput> {
  const input = worded(raw);
  const { snapshot, settings, options, words } = input;
  const { t } = words;
  const patient = fullName(snapshot.patient);
  const writer = planDocumentWriter(input, options, t('pdf:summary.fileTitle', { patient }));
  const { flow, styles: s, type } = writer;
  const section = (title: string) => text(title, { ...s.heading, color: colours.accent }, 'H2');
  const tableStyle = {
    headerStyle: s.smallBold,
    cellStyle: s.small,
    padding: 4,
    ruleColor: colours.rule,
    headerFill: colours.accentSoft,
  };

  flow.place(clinicHeader(settings, input.loadImage, s, type, words));
  flow.place(text(t('pdf:summary.title'), s.title, 'H1'), type.gap * 2);
  flow.place(facts(input, patient, s, type), type.gap);

  flow.place(
    stack([section(t('pdf:summary.redFlags')), redFlagsBlock(snapshot, s, tableStyle, words)], {
      gap: type.gap,
      minLead: 2,
    }),
    type.gap * 3,
  );

  const goals = snapshot.goals.length
    ? table({
        ...tableStyle,
        columns: [
          { header: t('pdf:summary.goal'), grow: 3 },
          { header: t('pdf:summary.target'), grow: 2 },
          { header: t('pdf:summary.by'), width: type.body * 8 },
        ],
        rows: snapshot.goals.map((g) => [
          words.protocol(g.description),
          g.target ? words.protocol(g.target) : '—',
          g.targetDate ? words.date(g.targetDate) : '—',
        ]),
      })
    : text(t('pdf:summary.noGoals'), s.bodyItalic);
  flow.place(
    stack([section(t('pdf:summary.goals')), goals], { gap: type.gap, minLead: 2 }),
    type.gap * 3,
  );

  const perRow = options.largePrint ? 1 : options.itemsPerRow;
  const itemSettings: SummaryItemSettings = {
    styles: s,
    type,
    includeImages: options.includeImages,
    loadImage: input.loadImage,
    wide: perRow === 1,
    words,
  };
  snapshot.phases.forEach((phase, p) => {
    // Plans name phases "Phase 1" by default; do not print "Phase 1: Phase 1".
    const title = words.protocol(phase.title);
    const name = /^phase\b/i.test(phase.title)
      ? title
      : t('pdf:summary.phaseNumbered', { number: p + 1, title });
    const heading: Block[] = [section(name)];
    if (phase.description) heading.push(text(words.protocol(phase.description), s.body));
    if (phase.items.length === 0) heading.push(text(t('pdf:summary.noItems'), s.bodyItalic));
    const cards = phase.items.map((item, i) =>
      summaryItemCard(item, `${p + 1}.${i + 1}`, itemSettings),
    );
    const rows = perRow === 2 ? pairUp(cards, writer) : cards;
    // The phase heading stays with its first item.
    const [first, ...rest] = rows;
    flow.place(
      stack(first ? [...heading, first] : heading, {
        gap: type.gap,
        minLead: heading.length + 1,
        keepTogether: false,
      }),
      type.gap * 3,
    );
    for (const row of rest) flow.place(row, type.gap);
  });

  const history = table({
    ...tableStyle,
    columns: [
      { header: t('pdf:summary.version'), width: type.body * 7 },
      { header: t('pdf:summary.issued'), grow: 2 },
      { header: t('pdf:summary.items'), width: type.body * 6 },
      { header: '', grow: 2 },
    ],
    rows: [...input.versions]
      .sort((a, b) => a.versionNumber - b.versionNumber)
      .map((v): TableCell[] => [
        String(v.versionNumber),
        words.date(v.issuedAt),
        String(v.itemCount),
        v.versionNumber === snapshot.versionNumber ? t('pdf:summary.thisSummary') : '',
      ]),
  });
  flow.place(
    stack([section(t('pdf:summary.history')), history], { gap: type.gap, minLead: 2 }),
    type.gap * 3,
  );

  return writer.finish({
    left: t('pdf:summary.footer', {
      patient,
      version: snapshot.versionNumber,
      date: words.date(input.printedOn),
    }),
    second: `${settings.clinicName ? `${settings.clinicName}  ·  ` : ''}${t('pdf:common.confidential')}`,
    pageOf: (page, pages) => t('pdf:common.pageOf', { page, pages }),
  });
}

/** Two cards per row; a pair too tall for a page prints one under the other. */
function pairUp(cards: readonly Block[], writer: PdfWriter): Block[] {
  const rows: Block[] = [];
  for (let i = 0; i < cards.length; i += 2) {
    const a = cards[i];
    const b = cards[i + 1];
    if (!a) break;
    if (!b) {
      rows.push(a);
      continue;
    }
    const pair = columns(
      [
        { block: a, grow: 1 },
        { block: b, grow: 1 },
      ],
      writer.type.gap * 1.5,
    );
    if (pair.height(writer.doc, writer.flow.width) <= writer.flow.pageBodyHeight) rows.push(pair);
    else rows.push(a, b);
  }
  return rows;
}

function facts(
  input: Worded<PlanSummaryInput>,
  patient: string,
  s: Styles,
  type: TypeScale,
): Block {
  const { snapshot, words } = input;
  const { t } = words;
  const field = (label: string, value: string, style = s.bodyBold): Block =>
    stack([text(label, s.muted), text(value, style)], { gap: 1 });
  const born = snapshot.patient.dateOfBirth
    ? t('pdf:summary.born', { date: words.date(snapshot.patient.dateOfBirth) })
    : '';
  return box(
    columns(
      [
        {
          block: stack(
            [
              field(t('pdf:summary.patient'), patient, s.subheading),
              ...(born ? [text(born, s.small)] : []),
            ],
            { gap: 1 },
          ),
          grow: 3,
        },
        {
          block: stack(
            [
              field(t('pdf:common.plan'), words.protocol(snapshot.title)),
              ...(snapshot.condition ? [text(words.protocol(snapshot.condition), s.small)] : []),
            ],
            { gap: 1 },
          ),
          grow: 3,
        },
        {
          block: field(
            t('pdf:summary.version'),
            t('pdf:summary.versionIssued', {
              version: snapshot.versionNumber,
              date: words.date(snapshot.issuedAt),
            }),
          ),
          grow: 2,
        },
        { block: field(t('pdf:summary.printed'), words.date(input.printedOn)), grow: 2 },
      ],
      type.gap * 2,
    ),
    { padding: type.gap, fill: colours.accentSoft, radius: 4 },
  );
}

function redFlagsBlock(
  snapshot: PlanVersionSnapshot,
  s: Styles,
  tableStyle: Pick<
    Parameters<typeof table>[0],
    'headerStyle' | 'cellStyle' | 'padding' | 'ruleColor' | 'headerFill'
  >,
  words: DocumentWords,
): Block {
  const { t } = words;
  if (snapshot.redFlags.length === 0) return text(t('pdf:summary.noRedFlags'), s.body);
  return table({
    ...tableStyle,
    columns: [
      { header: t('pdf:summary.redFlag'), grow: 2 },
      { header: t('pdf:summary.recorded'), grow: 1 },
      { header: t('pdf:summary.note'), grow: 3 },
      { header: t('pdf:summary.decision'), grow: 3 },
    ],
    rows: snapshot.redFlags.map((flag): TableCell[] => [
      text(redFlagTypes[flag.type], { ...s.smallBold, color: colours.stop }),
      words.date(flag.recordedAt),
      flag.note || '—',
      flag.acknowledgedAt && flag.decision
        ? `${redFlagDecisions[flag.decision].label} (${words.date(flag.acknowledgedAt)})${flag.acknowledgement ? `: ${flag.acknowledgement}` : ''}`
        : text(t('pdf:summary.notAcknowledged'), {
            ...s.smallBold,
            color: colours.stop,
          }),
    ]),
  });
}
