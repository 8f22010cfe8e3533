// Pictures and QR codes: a row of photos scaled to one height, and a QR code drawn as vector
// squares (sharp at any print size, no image to embed).
import QRCode from 'qrcode';
import { artifact, drawText, tagged, textHeight, type Block } from './blocks';
import { isPng, openPng } from './png-images';
import { colours, type TextStyle } from './styles';

export interface LoadedImage {
  /** The stored image's SHA-256: the same picture is embedded once per document. */
  key: string;
  data: Buffer;
  width: number;
  height: number;
  alt: string;
}

/** Each document's images by key, opened (and so embedded) once however often they are drawn. */
const openedImages = new WeakMap<PDFKit.PDFDocument, Map<string, PDFKit.OpenedImage>>();

function openedImage(doc: PDFKit.PDFDocument, image: LoadedImage): PDFKit.OpenedImage {
  let opened = openedImages.get(doc);
  if (!opened) {
    opened = new Map();
    openedImages.set(doc, opened);
  }
  let found = opened.get(image.key);
  if (!found) {
    // PNGs come ready-made from a cache (png-images.ts); pdfkit copies JPEGs as they are.
    found = isPng(image.data)
      ? openPng(image.key, image.data, `Png${opened.size + 1}`)
      : doc.openImage(image.data);
    opened.set(image.key, found);
  }
  return found;
}

/** Images side by side at a common height no taller than `maxHeight`, within the width. */
export function imageRow(
  images: readonly LoadedImage[],
  maxHeight: number,
  gap: number,
  framed = true,
): Block {
  const rowHeight = (width: number): number => {
    const aspects = images.reduce((sum, image) => sum + image.width / image.height, 0);
    const fitted = (width - gap * (images.length - 1)) / aspects;
    return Math.min(maxHeight, fitted);
  };
  return {
    keepTogether: true,
    height: (_doc, width) => (images.length === 0 ? 0 : rowHeight(width)),
    draw(ctx, x, y, width) {
      const { doc } = ctx;
      const h = rowHeight(width);
      let cursor = x;
      for (const image of images) {
        const w = (image.width / image.height) * h;
        const left = cursor;
        tagged(
          ctx,
          'Figure',
          () => doc.image(openedImage(doc, image), left, y, { width: w, height: h }),
          {
            alt: image.alt,
          },
        );
        if (framed) {
          artifact(ctx, () => {
            doc.rect(left, y, w, h).lineWidth(0.5).strokeColor(colours.rule).stroke();
          });
        }
        cursor += w + gap;
      }
    },
  };
}

/**
 * A QR code's dark modules as one PDF path in module units (a square of `size` modules), one
 * rectangle per run of dark modules in a row. Encoding a code (choosing its mask) costs about a
 * millisecond and a code is hundreds of rectangles; videos repeat across prints, so the path
 * is kept and drawn in one piece, scaled to the printed size.
 */
interface QrPath {
  size: number;
  path: string;
}

const qrCache = new Map<string, QrPath>();
const QR_CACHE_SIZE = 500;
/** Rows overlap by a hair (in modules) so viewers show no seams between them. */
const ROW_OVERLAP = 0.02;

function qrPath(content: string): QrPath {
  const cached = qrCache.get(content);
  if (cached) return cached;
  const encoded = encodeQr(content);
  if (qrCache.size >= QR_CACHE_SIZE) qrCache.delete(qrCache.keys().next().value ?? '');
  qrCache.set(content, encoded);
  return encoded;
}

function encodeQr(content: string): QrPath {
  const { modules } = QRCode.create(content, { errorCorrectionLevel: 'M' });
  const rects: string[] = [];
  for (let r = 0; r < modules.size; r += 1) {
    let start = -1;
    for (let c = 0; c <= modules.size; c += 1) {
      const dark = c < modules.size && modules.get(r, c) === 1;
      if (dark && start < 0) start = c;
      if (!dark && start >= 0) {
        rects.push(`${start} ${r} ${c - start} ${1 + ROW_OVERLAP} re`);
        start = -1;
      }
    }
  }
  return { size: modules.size, path: rects.join('\n') };
}

/** A QR code with a caption under it; clicking it in a PDF viewer opens the link too. */
export function qrCode(
  url: string,
  size: number,
  caption: string,
  captionStyle: TextStyle,
  alt: string,
): Block {
  const { size: modules, path } = qrPath(url);
  const style: TextStyle = { ...captionStyle, align: 'center' };
  const captionGap = 3;
  // Scanners want a light margin of about four modules; the sides have room, the top gets it here.
  const quiet = (4 * size) / modules;
  return {
    keepTogether: true,
    height: (doc, width) => quiet + size + captionGap + textHeight(doc, caption, style, width),
    draw(ctx, x, top, width) {
      const { doc } = ctx;
      const y = top + quiet;
      const left = x + (width - size) / 2;
      const unit = size / modules;
      tagged(
        ctx,
        'Figure',
        () => {
          doc.fillColor('#000000').save().transform(unit, 0, 0, unit, left, y);
          doc.addContent(path);
          doc.fill().restore();
        },
        { alt },
      );
      doc.link(left, y, size, size, url);
      tagged(ctx, 'Caption', () => drawText(doc, caption, style, x, y + size + captionGap, width));
    },
  };
}
