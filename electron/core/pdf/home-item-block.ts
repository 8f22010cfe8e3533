// One item of the home programme as a card: number and title, photos, the dose in plain words,
// numbered steps, cautions and a QR code for the video. Patient-facing text only: never the
// library summary (written for clinicians, and where imports say where they came from),
// clinician notes or settings. This patient's note prints by default; progression by choice.
import type { PlanItem } from '../../../shared/domain/plan';
import { box, columns, list, stack, StructSlot, text, type Block } from './blocks';
import { loadImages, type ImageLoader } from './clinic-header';
import { doseText } from '../../../shared/plans/dose-text';
import type { DocumentWords } from './document-language';
import { imageRow, qrCode, type LoadedImage } from './media-blocks';
import { colours, type Styles, type TypeScale } from './styles';

export interface HomeItemSettings {
  styles: Styles;
  type: TypeScale;
  includeImages: boolean;
  includeItemNotes: boolean;
  includeProgression: boolean;
  loadImage: ImageLoader;
  words: DocumentWords;
}

/** How an item card is laid out: side by side with its pictures, or everything one under the other. */
export type CardShape = 'wide' | 'stacked';

/**
 * `mayBreak`: the card may continue on the next page (stacked shape only) — used for the first
 * card, so page 1 never carries the letterhead alone when the card is taller than what is left.
 */
export function homeItemCard(
  item: PlanItem,
  number: number,
  shape: CardShape,
  s: HomeItemSettings,
  mayBreak = false,
): Block {
  const { styles: st, type } = s;
  const { t } = s.words;
  const images = s.includeImages
    ? loadImages(item.images, s.loadImage, t('pdf:common.photo', { title: item.title }))
    : [];
  const qrSize = type.body * 5.6;
  const qr = item.videoUrl
    ? qrCode(
        item.videoUrl,
        qrSize,
        t('pdf:home.scanVideo'),
        st.muted,
        t('pdf:home.videoCode', { title: item.title }),
      )
    : null;
  const title = text(`${number}. ${item.title}`, { ...st.heading, color: colours.accent }, 'H2');
  const content = itemContent(item, s);

  if (shape === 'wide' && (images.length > 0 || qr)) {
    const sideWidth = type.body * 16;
    const side = stack(
      [...(images.length > 0 ? [stackedImages(images, type)] : []), ...(qr ? [qr] : [])],
      {
        gap: type.gap,
      },
    );
    return card(
      columns(
        [
          { block: side, width: sideWidth },
          { block: stack([title, ...content], { gap: type.gap }), grow: 1 },
        ],
        type.gap * 2,
      ),
      type,
    );
  }
  const head = qr
    ? columns(
        [
          { block: title, grow: 1 },
          { block: qr, width: qrSize + type.body * 2 },
        ],
        type.gap,
      )
    : title;
  const picture = images.length > 0 ? [imageRow(images.slice(0, 3), type.body * 9, type.gap)] : [];
  // A card that may break puts its photos and video code last, so what starts on page 1 is
  // the title, the dose and the first steps rather than a picture that does not fit there.
  const parts = mayBreak
    ? [title, ...content, ...picture, ...(qr ? [qr] : [])]
    : [head, ...picture, ...content];
  return card(
    stack(parts, { gap: type.gap, keepTogether: !mayBreak, minLead: 2 }),
    type,
    !mayBreak,
  );
}

function card(content: Block, type: TypeScale, keepTogether = true): Block {
  return box(content, {
    keepTogether,
    padding: type.gap * 1.4,
    border: { color: colours.rule, width: 0.75 },
    radius: 4,
    slot: new StructSlot('Sect'),
  });
}

/** Photos one under the other in the side column (each as wide as the column allows). */
function stackedImages(images: readonly LoadedImage[], type: TypeScale): Block {
  return stack(
    images.slice(0, 3).map((image) => imageRow([image], type.body * 11, 0)),
    { gap: type.gap / 2 },
  );
}

function itemContent(item: PlanItem, s: HomeItemSettings): Block[] {
  const { styles: st, type } = s;
  const { t, language } = s.words;
  const blocks: Block[] = [];
  if (item.kind !== 'education') {
    blocks.push(
      box(text(doseText(item, language), st.bodyBold), {
        padding: type.gap * 0.8,
        fill: colours.accentSoft,
        leftBar: { color: colours.accent, width: 3 },
      }),
    );
  }
  if (item.instructions.length > 0) {
    blocks.push(
      item.kind === 'education'
        ? list(item.instructions, bulletList(s))
        : list(item.instructions, {
            style: st.body,
            labelStyle: { ...st.bodyBold, color: colours.accent },
            gap: type.gap / 2,
            label: (i) => `${i + 1}.`,
            labelWidth: type.body * 1.9,
          }),
    );
  }
  if (item.cautions.length > 0) {
    blocks.push(
      box(
        stack(
          [
            text(t('pdf:home.takeCare'), { ...st.bodyBold, color: colours.caution }, 'H3'),
            list(item.cautions, bulletList(s)),
          ],
          {
            gap: type.gap / 2,
            minLead: 2,
          },
        ),
        {
          padding: type.gap * 0.8,
          fill: colours.cautionSoft,
          leftBar: { color: colours.caution, width: 3 },
        },
      ),
    );
  }
  if (s.includeItemNotes && item.patientNote) {
    blocks.push(text(t('pdf:home.note', { note: item.patientNote }), st.bodyItalic));
  }
  const progression = item.kind === 'exercise' ? item.parameters.progression : undefined;
  if (s.includeProgression && progression) {
    blocks.push(text(t('pdf:home.progression', { progression }), st.body));
  }
  return blocks;
}

function bulletList(s: HomeItemSettings) {
  return {
    style: s.styles.body,
    labelStyle: s.styles.body,
    gap: s.type.gap / 3,
    label: () => '•',
    labelWidth: s.type.body * 1.2,
  };
}
