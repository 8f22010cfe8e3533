// The patient's home exercise programme: a pure function from an issued plan version and the
// clinic's settings to a PDF. Home items only (exercises, education, taping, orthoses), in plain
// words; never clinician notes or device settings.
import { isHomeKind } from '../../../shared/domain/parameters';
import type {
  PlanItem,
  PlanPhaseWithItems,
  PlanVersionSnapshot,
} from '../../../shared/domain/plan';
import { stopSignsFor } from '../../../shared/safety/stop-signs';
import type { HomeProgrammeOptions } from '../../../shared/domain/print-options';
import type { ClinicSettings } from '../../../shared/domain/settings';
import { AppError } from '../errors';
import { adherenceIntro, adherenceWeek, type GridRow } from './adherence-grid';
import { box, columns, list, stack, text, type Block } from './blocks';
import { clinicHeader } from './clinic-header';
import { homeItemCard, type HomeItemSettings } from './home-item-block';
import type { PdfOutput, PdfWriter } from './pdf-document';
import { planDocumentWriter, type PlanDocumentInput } from './plan-document';
import { colours, type Styles, type TypeScale } from './styles';
import { itemIn, worded, type DocumentWords, type Worded } from './document-language';
import { fullName } from './text-format';

/** `printedOn` is also the first day of the tick-box grid. */
export interface HomeProgrammeInput extends PlanDocumentInput {
  options: HomeProgrammeOptions;
}

interface PhaseGroup {
  title: string;
  items: { number: number; item: PlanItem }[];
}

/**
 * The phases this sheet covers: those chosen in the print dialog, else the one the patient is in
 * (the first, for versions issued before plans had a current phase).
 */
export function printedPhases(
  snapshot: PlanVersionSnapshot,
  phaseIds: readonly string[] | undefined,
): PlanPhaseWithItems[] {
  if (phaseIds === undefined) {
    const current =
      snapshot.phases.find((p) => p.id === snapshot.currentPhaseId) ?? snapshot.phases[0];
    return current ? [current] : [];
  }
  if (phaseIds.some((id) => !snapshot.phases.some((p) => p.id === id))) {
    throw new AppError(
      'VALIDATION',
      `Version ${snapshot.versionNumber} of this plan does not have one of the phases chosen to print. Choose the phases again.`,
    );
  }
  return snapshot.phases.filter((p) => phaseIds.includes(p.id));
}

function homeGroups(phases: readonly PlanPhaseWithItems[], words: DocumentWords): PhaseGroup[] {
  let number = 0;
  const groups: PhaseGroup[] = [];
  for (const phase of phases) {
    const home = phase.items.filter((item) => isHomeKind(item.kind));
    // Things to do first, then things to read.
    const ordered = [
      ...home.filter((i) => i.kind !== 'education'),
      ...home.filter((i) => i.kind === 'education'),
    ];
    if (ordered.length > 0)
      groups.push({
        title: words.protocol(phase.title),
        items: ordered.map((item) => ({ number: ++number, item: itemIn(item, words).item })),
      });
  }
  return groups;
}

export async function renderHomeProgramme(raw: HomeProgrammeInput): Promise<PdfOutput> {
  const input = worded(raw);
  const { snapshot, settings, options, words } = input;
  const { t } = words;
  const phases = printedPhases(snapshot, options.phaseIds);
  const groups = homeGroups(phases, words);
  if (groups.length === 0) {
    const which =
      phases.length === 1 && snapshot.phases.length > 1
        ? `The phase “${phases[0]?.title ?? ''}” of version ${snapshot.versionNumber}`
        : phases.length < snapshot.phases.length
          ? `The phases chosen from version ${snapshot.versionNumber}`
          : `Version ${snapshot.versionNumber}`;
    throw new AppError(
      'VALIDATION',
      `${which} has no exercises, education, taping or orthoses to print for home. ${
        phases.length < snapshot.phases.length
          ? 'Choose another phase to print, or add home items to this one.'
          : 'Add some to the plan first.'
      }`,
    );
  }
  const patient = fullName(snapshot.patient);
  const writer = planDocumentWriter(input, options, t('pdf:home.fileTitle', { patient }));
  const { flow, styles: s, type } = writer;
  flow.place(clinicHeader(settings, input.loadImage, s, type, words));
  flow.place(titleBlock(input, patient, s, type, t('pdf:home.title'), phases), type.gap * 2);
  flow.place(text(t('pdf:home.intro'), s.body), type.gap * 1.5);

  const itemSettings: HomeItemSettings = {
    styles: s,
    type,
    includeImages: options.includeImages,
    includeItemNotes: options.includeItemNotes,
    includeProgression: options.includeProgression,
    loadImage: input.loadImage,
    words,
  };
  const perRow = options.largePrint ? 1 : options.itemsPerRow;
  for (const [groupIndex, group] of groups.entries()) {
    const cards = chunk(group.items, perRow).flatMap((row) =>
      rowBlocks(row, perRow, itemSettings, writer),
    );
    if (groupIndex === 0) {
      // Page 1 carries the first item, not the letterhead alone (a large-print card is often
      // taller than the space left under it): a card that does not fit there continues overleaf.
      const heading = groups.length > 1 ? text(group.title, s.heading, 'H2') : null;
      const first = cards[0];
      const lead = group.items[0];
      const needed = (block: Block) =>
        block.height(writer.doc, flow.width) +
        (heading ? heading.height(writer.doc, flow.width) + type.gap * 1.5 : 0) +
        type.gap * 2.5;
      if (first && lead && needed(first) > flow.remaining) {
        cards[0] = homeItemCard(lead.item, lead.number, 'stacked', itemSettings, true);
      }
    }
    if (groups.length > 1) {
      // The phase heading stays with the first card under it.
      const heading = text(group.title, { ...s.heading, color: colours.text }, 'H2');
      const [first, ...rest] = cards;
      flow.place(
        stack(first ? [heading, first] : [heading], {
          gap: type.gap * 1.5,
          minLead: 2,
          keepTogether: first?.keepTogether ?? true,
        }),
        type.gap * 2.5,
      );
      for (const card of rest) flow.place(card, type.gap * 1.5);
    } else {
      for (const card of cards) flow.place(card, type.gap * 1.5);
    }
  }
  const stop = stopBox(snapshot, settings, s, type, words);
  // The diary is for what the patient does and ticks: the exercises of the printed phases.
  // Tape put on in clinic, orthoses worn and leaflets read have no daily box.
  const gridRows: GridRow[] = groups.flatMap((g) =>
    g.items.filter(({ item }) => item.kind === 'exercise'),
  );
  const diary = options.adherenceWeeks > 0 && gridRows.length > 0;
  // The warning box goes after the last item when it fits there; otherwise at the top of the
  // diary page, which is the page that stays on the fridge.
  const stopFitsHere = stop.height(writer.doc, flow.width) + type.gap * 2.5 <= flow.remaining;
  if (stopFitsHere || !diary) flow.place(stop, type.gap * 2.5);
  if (diary) {
    flow.newPage();
    if (!stopFitsHere) flow.place(stop);
    flow.place(text(t('pdf:home.diaryTitle'), s.title, 'H1'), type.gap * 2);
    flow.place(adherenceIntro(s, words), type.gap);
    for (let week = 0; week < options.adherenceWeeks; week += 1) {
      flow.place(adherenceWeek(gridRows, week, input.printedOn, s, type, words), type.gap * 2);
    }
  }

  return writer.finish({
    left: t('pdf:home.footer', {
      patient,
      version: snapshot.versionNumber,
      date: words.date(input.printedOn),
    }),
    second: questionsLine(settings, words),
    pageOf: (page, pages) => t('pdf:common.pageOf', { page, pages }),
  });
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += size) rows.push(items.slice(i, i + size));
  return rows;
}

/** Cards for one row; a card too tall for a page is printed full width, one under the other. */
function rowBlocks(
  row: readonly { number: number; item: PlanItem }[],
  perRow: 1 | 2,
  settings: HomeItemSettings,
  writer: PdfWriter,
): Block[] {
  const { doc } = writer;
  const full = writer.flow.pageBodyHeight;
  const width = writer.flow.width;
  const fits = (block: Block, w: number) => block.height(doc, w) <= full;
  if (perRow === 2 && row.length === 2) {
    const cards = row.map(({ number, item }) => homeItemCard(item, number, 'stacked', settings));
    const gap = settings.type.gap * 2;
    const pair = columns(
      cards.map((block) => ({ block, grow: 1 })),
      gap,
    );
    if (fits(pair, width)) return [pair];
  }
  return row.map(({ number, item }) => {
    const wide = homeItemCard(item, number, 'wide', settings);
    return fits(wide, width) ? wide : homeItemCard(item, number, 'stacked', settings);
  });
}

/** "Call <clinic> on <phone>.", from the clinic's settings. */
export function callLine(settings: ClinicSettings, { t }: DocumentWords): string {
  return settings.phone
    ? t('pdf:common.call', {
        clinic: settings.clinicName || t('pdf:common.us'),
        phone: settings.phone,
      })
    : t('pdf:common.contact', { clinic: settings.clinicName || t('pdf:common.yourClinic') });
}

/** The footer's second line: who to call with a question. */
export function questionsLine(settings: ClinicSettings, { t }: DocumentWords): string {
  return settings.phone
    ? t('pdf:common.questionsCall', {
        clinic: settings.clinicName || t('pdf:common.us'),
        phone: settings.phone,
      })
    : settings.clinicName;
}

/** The document title and the "Prepared for / Date / Plan" box; the safety sheet uses it too. */
export function titleBlock(
  input: Worded<PlanDocumentInput>,
  patient: string,
  s: Styles,
  type: TypeScale,
  heading: string,
  /** The phases the sheet covers, named when the plan has more than one. */
  phases: readonly PlanPhaseWithItems[] = [],
): Block {
  const { t } = input.words;
  const field = (label: string, value: string, style = s.bodyBold): Block =>
    stack([text(label, s.muted), text(value, style)], { gap: 1 });
  const plan = t('pdf:common.planWithVersion', {
    plan: input.words.protocol(input.snapshot.title),
    version: input.snapshot.versionNumber,
  });
  return stack(
    [
      text(heading, s.title, 'H1'),
      box(
        stack(
          [
            columns(
              [
                { block: field(t('pdf:common.preparedFor'), patient, s.heading), grow: 3 },
                { block: field(t('pdf:common.date'), input.words.date(input.printedOn)), grow: 2 },
                { block: field(t('pdf:common.plan'), plan), grow: 3 },
              ],
              type.gap * 2,
            ),
            // Which stage of the plan this sheet is for, so an older sheet is recognised.
            ...(input.snapshot.phases.length > 1 && phases.length > 0
              ? [
                  field(
                    phases.length === 1 ? t('pdf:common.phase') : t('pdf:common.phases'),
                    phases.map((p) => input.words.protocol(p.title)).join('; '),
                  ),
                ]
              : []),
          ],
          { gap: type.gap },
        ),
        { padding: type.gap, fill: colours.accentSoft, radius: 4 },
      ),
    ],
    { gap: type.gap },
  );
}

function stopBox(
  snapshot: PlanVersionSnapshot,
  settings: ClinicSettings,
  s: Styles,
  type: TypeScale,
  words: DocumentWords,
): Block {
  const { t } = words;
  // Patient-facing signs for the plan's condition only: never the clinician's red flags or
  // differential diagnoses, open or cleared.
  const signs = stopSignsFor(`${snapshot.condition} ${snapshot.title}`, words.language);
  const blocks: Block[] = [
    text(t('pdf:home.stopTitle'), { ...s.heading, color: colours.stop }, 'H2'),
    text(t('pdf:home.stopIntro'), s.body),
    list(signs, {
      style: s.body,
      labelStyle: s.bodyBold,
      gap: type.gap / 3,
      label: () => '•',
      labelWidth: type.body * 1.2,
    }),
  ];
  blocks.push(text(callLine(settings, words), { ...s.bodyBold, color: colours.stop }));
  return box(stack(blocks, { gap: type.gap / 1.5, minLead: 2 }), {
    padding: type.gap * 1.4,
    fill: colours.stopSoft,
    border: { color: colours.stop, width: 1.5 },
    radius: 4,
  });
}
