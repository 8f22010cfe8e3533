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
import { readableDate } from '../../../shared/visits/dates';
import { fullName, longDate } from './text-format';

export interface PlanSummaryInput extends PlanDocumentInput {
  /** Every issued version of the plan, for the history table. */
  versions: readonly PlanVersionSummary[];
  options: PlanSummaryOptions;
}

export async function renderPlanSummary(input: PlanSummaryInput): Promise<PdfOutput> {
  const { snapshot, settings, options } = input;
  const patient = fullName(snapshot.patient);
  const writer = planDocumentWriter(input, options, `Treatment plan summary: ${patient}`);
  const { flow, styles: s, type } = writer;
  const section = (title: string) => text(title, { ...s.heading, color: colours.accent }, 'H2');
  const tableStyle = {
    headerStyle: s.smallBold,
    cellStyle: s.small,
    padding: 4,
    ruleColor: colours.rule,
    headerFill: colours.accentSoft,
  };

  flow.place(clinicHeader(settings, input.loadImage, s, type));
  flow.place(text('Treatment plan summary', s.title, 'H1'), type.gap * 2);
  flow.place(facts(input, patient, s, type), type.gap);

  flow.place(
    stack([section('Red flags'), redFlagsBlock(snapshot, s, tableStyle)], {
      gap: type.gap,
      minLead: 2,
    }),
    type.gap * 3,
  );

  const goals = snapshot.goals.length
    ? table({
        ...tableStyle,
        columns: [
          { header: 'Goal', grow: 3 },
          { header: 'Target', grow: 2 },
          { header: 'By', width: type.body * 8 },
        ],
        rows: snapshot.goals.map((g) => [
          g.description,
          g.target || '—',
          g.targetDate ? readableDate(g.targetDate) : '—',
        ]),
      })
    : text('No goals recorded.', s.bodyItalic);
  flow.place(stack([section('Goals'), goals], { gap: type.gap, minLead: 2 }), type.gap * 3);

  const perRow = options.largePrint ? 1 : options.itemsPerRow;
  const itemSettings: SummaryItemSettings = {
    styles: s,
    type,
    includeImages: options.includeImages,
    loadImage: input.loadImage,
    wide: perRow === 1,
  };
  snapshot.phases.forEach((phase, p) => {
    // Plans name phases "Phase 1" by default; do not print "Phase 1: Phase 1".
    const name = /^phase\b/i.test(phase.title) ? phase.title : `Phase ${p + 1}: ${phase.title}`;
    const heading: Block[] = [section(name)];
    if (phase.description) heading.push(text(phase.description, s.body));
    if (phase.items.length === 0) heading.push(text('No items in this phase.', s.bodyItalic));
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
      { header: 'Version', width: type.body * 7 },
      { header: 'Issued', grow: 2 },
      { header: 'Items', width: type.body * 6 },
      { header: '', grow: 2 },
    ],
    rows: [...input.versions]
      .sort((a, b) => a.versionNumber - b.versionNumber)
      .map((v): TableCell[] => [
        String(v.versionNumber),
        longDate(v.issuedAt),
        String(v.itemCount),
        v.versionNumber === snapshot.versionNumber ? 'This summary' : '',
      ]),
  });
  flow.place(
    stack([section('Version history'), history], { gap: type.gap, minLead: 2 }),
    type.gap * 3,
  );

  return writer.finish({
    left: `${patient}  ·  Treatment plan summary  ·  Plan version ${snapshot.versionNumber}  ·  ${readableDate(input.printedOn)}`,
    second: `${settings.clinicName ? `${settings.clinicName}  ·  ` : ''}Confidential clinical record`,
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

function facts(input: PlanSummaryInput, patient: string, s: Styles, type: TypeScale): Block {
  const { snapshot } = input;
  const field = (label: string, value: string, style = s.bodyBold): Block =>
    stack([text(label, s.muted), text(value, style)], { gap: 1 });
  const born = snapshot.patient.dateOfBirth ? `Born ${longDate(snapshot.patient.dateOfBirth)}` : '';
  return box(
    columns(
      [
        {
          block: stack(
            [field('Patient', patient, s.subheading), ...(born ? [text(born, s.small)] : [])],
            { gap: 1 },
          ),
          grow: 3,
        },
        {
          block: stack(
            [
              field('Plan', snapshot.title),
              ...(snapshot.condition ? [text(snapshot.condition, s.small)] : []),
            ],
            { gap: 1 },
          ),
          grow: 3,
        },
        {
          block: field(
            'Version',
            `${snapshot.versionNumber}, issued ${readableDate(snapshot.issuedAt)}`,
          ),
          grow: 2,
        },
        { block: field('Printed', readableDate(input.printedOn)), grow: 2 },
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
): Block {
  if (snapshot.redFlags.length === 0) return text('No red flags recorded.', s.body);
  return table({
    ...tableStyle,
    columns: [
      { header: 'Red flag', grow: 2 },
      { header: 'Recorded', grow: 1 },
      { header: 'Note', grow: 3 },
      { header: 'Decision', grow: 3 },
    ],
    rows: snapshot.redFlags.map((flag): TableCell[] => [
      text(redFlagTypes[flag.type], { ...s.smallBold, color: colours.stop }),
      readableDate(flag.recordedAt),
      flag.note || '—',
      flag.acknowledgedAt && flag.decision
        ? `${redFlagDecisions[flag.decision].label} (${readableDate(flag.acknowledgedAt)})${flag.acknowledgement ? `: ${flag.acknowledgement}` : ''}`
        : text('NOT ACKNOWLEDGED: no home sheet can be printed until a decision is recorded.', {
            ...s.smallBold,
            color: colours.stop,
          }),
    ]),
  });
}
