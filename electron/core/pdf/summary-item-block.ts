// One item of the clinician's plan summary: kind and title, every parameter with its units,
// the dose as the patient reads it, instructions, cautions, notes and media.
import { isHomeKind, type ItemKind } from '../../../shared/domain/parameters';
import type { PlanItem } from '../../../shared/domain/plan';
import { box, list, stack, StructSlot, text, type Block } from './blocks';
import { loadImages, type ImageLoader } from './clinic-header';
import { doseText } from '../../../shared/plans/dose-text';
import { itemIn, type DocumentWords } from './document-language';
import { imageRow } from './media-blocks';
import { parameterRows, type ParameterRow } from './parameter-rows';
import { colours, type Styles, type TypeScale } from './styles';
import { table } from './table-block';

export interface SummaryItemSettings {
  styles: Styles;
  type: TypeScale;
  includeImages: boolean;
  loadImage: ImageLoader;
  /** Full-width cards list parameters two pairs to a row, to keep long plans short. */
  wide: boolean;
  words: DocumentWords;
}

const kindKeys = {
  exercise: 'pdf:summary.kind.exercise',
  modality: 'pdf:summary.kind.modality',
  taping: 'pdf:summary.kind.taping',
  orthosis: 'pdf:summary.kind.orthosis',
  manual_therapy: 'pdf:summary.kind.manual_therapy',
  assessment: 'pdf:summary.kind.assessment',
  education: 'pdf:summary.kind.education',
} as const satisfies Record<ItemKind, string>;

function parameterTable(
  assessment: boolean,
  rows: readonly ParameterRow[],
  s: SummaryItemSettings,
): Block {
  const { styles: st } = s;
  const { t } = s.words;
  const label = assessment ? t('pdf:summary.finding') : t('pdf:summary.parameter');
  const value = assessment ? t('pdf:summary.recordedAs') : t('pdf:summary.setting');
  const paired = s.wide && rows.length > 3;
  const pairs: string[][] = [];
  if (paired) {
    const half = Math.ceil(rows.length / 2);
    for (let i = 0; i < half; i += 1) {
      const [a = '', b = ''] = rows[i] ?? [];
      const [c = '', d = ''] = rows[i + half] ?? [];
      pairs.push([a, b, c, d]);
    }
  }
  return table({
    columns: paired
      ? [
          { header: label, grow: 2 },
          { header: value, grow: 3 },
          { header: label, grow: 2 },
          { header: value, grow: 3 },
        ]
      : [
          { header: label, grow: 2 },
          { header: value, grow: 3 },
        ],
    rows: paired ? pairs : rows.map(([a, b]) => [a, b]),
    headerStyle: st.smallBold,
    cellStyle: st.small,
    padding: 3,
    ruleColor: colours.rule,
    headerFill: colours.accentSoft,
    rowHeaders: !paired,
  });
}

export function summaryItemCard(original: PlanItem, number: string, s: SummaryItemSettings): Block {
  const { styles: st, type } = s;
  const { t, language } = s.words;
  // Patient-facing text in the summary's language where the item has it; the library summary
  // and the clinician's notes print as written.
  const { item } = itemIn(original, s.words);
  const labelled = (label: string, body: Block): Block =>
    stack([text(label, { ...st.smallBold, color: colours.muted }, 'H4'), body], {
      gap: 2,
      minLead: 2,
    });
  const blocks: Block[] = [
    text(
      `${number}  ${t(kindKeys[item.kind]).toLocaleUpperCase(language)}`,
      { ...st.smallBold, color: colours.accent },
      'P',
    ),
    text(item.title, st.subheading, 'H3'),
  ];
  if (item.summary) blocks.push(text(item.summary, st.bodyItalic));
  const rows = parameterRows(item, language);
  if (rows.length > 0) blocks.push(parameterTable(item.kind === 'assessment', rows, s));
  if (isHomeKind(item.kind)) {
    blocks.push(labelled(t('pdf:summary.sheetReads'), text(doseText(item, language), st.bodyBold)));
  }
  if (item.instructions.length > 0) {
    blocks.push(
      labelled(
        t('pdf:summary.instructions'),
        list(item.instructions, {
          style: st.body,
          labelStyle: st.bodyBold,
          gap: 2,
          label: (i) => `${i + 1}.`,
          labelWidth: type.body * 1.9,
        }),
      ),
    );
  }
  if (item.cautions.length > 0) {
    blocks.push(
      labelled(
        t('pdf:summary.cautions'),
        list(item.cautions, {
          style: st.body,
          labelStyle: st.body,
          gap: 2,
          label: () => '•',
          labelWidth: type.body * 1.2,
        }),
      ),
    );
  }
  if (item.clinicianNotes)
    blocks.push(labelled(t('pdf:summary.clinicianNotes'), text(item.clinicianNotes, st.body)));
  if (item.patientNote)
    blocks.push(labelled(t('pdf:summary.patientNote'), text(item.patientNote, st.body)));
  if (item.videoUrl) blocks.push(labelled(t('pdf:summary.video'), text(item.videoUrl, st.small)));
  if (s.includeImages) {
    const images = loadImages(
      item.images,
      s.loadImage,
      t('pdf:common.photo', { title: item.title }),
    );
    if (images.length > 0) blocks.push(imageRow(images.slice(0, 4), type.body * 7, type.gap));
  }
  // Cards may split across pages (long plans stay compact), never between title and content.
  return box(stack(blocks, { gap: type.gap * 0.8, minLead: 3, keepTogether: false }), {
    keepTogether: false,
    padding: type.gap * 1.2,
    border: { color: colours.rule, width: 0.75 },
    radius: 3,
    slot: new StructSlot('Sect'),
  });
}
