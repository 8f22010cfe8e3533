// Line drawings of built-in items: SVG sources in resources/library/<area>/drawings/<key>.svg,
// rendered once to PNG beside them (`npm run drawings`) so start-up only reads and hashes bytes.
import fs from 'node:fs';
import path from 'node:path';
import { loadSharp } from '../images/load-sharp';
import type { ImageRef } from '../../../shared/domain/common';
import { sha256Of } from './library-images';

/** Wide enough for a home-sheet card at print resolution, small enough to store 49 of them. */
export const DRAWING_WIDTH_PX = 600;

export function drawingPaths(contentFile: string, key: string): { svg: string; png: string } {
  const dir = path.join(path.dirname(contentFile), 'drawings');
  return { svg: path.join(dir, `${key}.svg`), png: path.join(dir, `${key}.png`) };
}

/** Renders an SVG drawing to the PNG the library stores (deterministic for one sharp build). */
export async function renderDrawing(svg: Buffer): Promise<Buffer> {
  return (await loadSharp())(svg, { density: 144 })
    .resize({ width: DRAWING_WIDTH_PX })
    .flatten({ background: '#ffffff' })
    .png({ compressionLevel: 9, palette: true, colours: 32 })
    .toBuffer();
}

/** A PNG's size from its IHDR chunk, so start-up needs no decoder for its own drawings. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = '89504e470d0a1a0a';
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature) return null;
  if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The rendered drawing of an item, ready for the image store; null when the item has none. */
export function readDrawing(pngFile: string): { ref: ImageRef; data: Buffer } | null {
  if (!fs.existsSync(pngFile)) return null;
  const data = fs.readFileSync(pngFile);
  const size = pngSize(data);
  if (!size) throw new Error(`${path.basename(pngFile)} is not a PNG file`);
  return { ref: { sha256: sha256Of(data), mimeType: 'image/png', ...size }, data };
}
