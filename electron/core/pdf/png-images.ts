// PNG pictures (logos, the built-in drawings) prepared for PDFs once per process. pdfkit
// decodes a PNG with transparency again for every document (an inflate on the thread pool,
// then colour and alpha split apart and each compressed again), which made one logo cost about
// a third of a home-programme sheet. Here the compressed colour and alpha streams are kept by
// the image's hash and copied into each document as they are. JPEG photos need none of this:
// pdfkit already copies their bytes unchanged.
import zlib from 'node:zlib';
import { PNG } from 'pngjs';

interface PreparedPng {
  width: number;
  height: number;
  colorSpace: 'DeviceRGB' | 'DeviceGray';
  /** Colour samples, 8 bits each, Flate-compressed. */
  pixels: Buffer;
  /** Alpha samples, Flate-compressed; null when every pixel is opaque. */
  alpha: Buffer | null;
}

/** Kept compressed streams, about the size of the PNG files themselves. */
const MAX_CACHED_BYTES = 48 * 1024 * 1024;
const prepared = new Map<string, PreparedPng>();
let cachedBytes = 0;

export function isPng(data: Buffer): boolean {
  return (
    data.length > 8 && data.readUInt32BE(0) === 0x89504e47 && data.readUInt32BE(4) === 0x0d0a1a0a
  );
}

function prepare(data: Buffer): PreparedPng {
  // pngjs gives 8-bit RGBA whatever the file's colour type, bit depth, palette or tRNS chunk.
  const { width, height, data: rgba } = PNG.sync.read(data);
  const count = width * height;
  let gray = true;
  let opaque = true;
  for (let i = 0; i < count; i += 1) {
    const p = i * 4;
    if (gray && (rgba[p] !== rgba[p + 1] || rgba[p] !== rgba[p + 2])) gray = false;
    if (opaque && rgba[p + 3] !== 255) opaque = false;
    if (!gray && !opaque) break;
  }
  const channels = gray ? 1 : 3;
  const colour = Buffer.allocUnsafe(count * channels);
  const alpha = opaque ? null : Buffer.allocUnsafe(count);
  for (let i = 0; i < count; i += 1) {
    const p = i * 4;
    if (gray) colour[i] = rgba[p] ?? 0;
    else {
      colour[i * 3] = rgba[p] ?? 0;
      colour[i * 3 + 1] = rgba[p + 1] ?? 0;
      colour[i * 3 + 2] = rgba[p + 2] ?? 0;
    }
    if (alpha) alpha[i] = rgba[p + 3] ?? 255;
  }
  return {
    width,
    height,
    colorSpace: gray ? 'DeviceGray' : 'DeviceRGB',
    pixels: zlib.deflateSync(colour),
    alpha: alpha && zlib.deflateSync(alpha),
  };
}

function preparedPng(key: string, data: Buffer): PreparedPng {
  let png = prepared.get(key);
  if (png) {
    // Most recently used last, so the oldest goes first when the cache is full.
    prepared.delete(key);
    prepared.set(key, png);
    return png;
  }
  png = prepare(data);
  const size = png.pixels.length + (png.alpha?.length ?? 0);
  for (const [oldKey, old] of prepared) {
    if (cachedBytes + size <= MAX_CACHED_BYTES) break;
    prepared.delete(oldKey);
    cachedBytes -= old.pixels.length + (old.alpha?.length ?? 0);
  }
  prepared.set(key, png);
  cachedBytes += size;
  return png;
}

/**
 * What pdfkit's image() needs of an opened image: its size, a name on the page and the
 * XObject, written into the document the first time it is drawn there.
 */
class EmbeddedPng implements PDFKit.OpenedImage {
  obj: PDFKit.PDFKitReference | null = null;
  readonly width: number;
  readonly height: number;

  constructor(
    readonly label: string,
    private readonly png: PreparedPng,
  ) {
    this.width = png.width;
    this.height = png.height;
  }

  embed(doc: PDFKit.PDFDocument): void {
    if (this.obj) return;
    const { png } = this;
    const image = { Type: 'XObject', Subtype: 'Image', Width: png.width, Height: png.height };
    // Streams that carry a Filter are written as they are (pdfkit compresses only the others).
    let mask: PDFKit.PDFKitReference | undefined;
    if (png.alpha) {
      mask = doc.ref({
        ...image,
        BitsPerComponent: 8,
        ColorSpace: 'DeviceGray',
        Decode: [0, 1],
        Filter: 'FlateDecode',
      });
      mask.end(png.alpha);
    }
    const obj = doc.ref({
      ...image,
      BitsPerComponent: 8,
      ColorSpace: png.colorSpace,
      Filter: 'FlateDecode',
      ...(mask ? { SMask: mask } : {}),
    });
    obj.end(png.pixels);
    this.obj = obj;
  }
}

/** A PNG ready to draw in one document; `label` names it on the pages (unique per document). */
export function openPng(key: string, data: Buffer, label: string): PDFKit.OpenedImage {
  return new EmbeddedPng(label, preparedPng(key, data));
}
