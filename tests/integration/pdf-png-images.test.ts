// PNG pictures in PDFs (logos, the built-in drawings) are decoded once per process and copied
// into each document: every document must still show them as drawn, see-through where the
// picture is, and a sheet printed from the kept copy must be the file a fresh engine makes.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import sharp from 'sharp';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { imageRow, type LoadedImage } from '../../electron/core/pdf/media-blocks';
import { PdfWriter } from '../../electron/core/pdf/pdf-document';
import { tempDir } from '../support/core';
import { qpdfCheck } from '../support/pdf';

const MARGIN_X = 40;
const MARGIN_TOP = 38;

/** A 200 × 100 picture: a coloured square in the middle of a transparent (or grey) field. */
async function picture(
  kind: 'transparent' | 'palette' | 'grey',
  key = `${kind}-picture`,
): Promise<LoadedImage> {
  const field = kind === 'grey' ? 'fill="#808080"' : 'fill="none"';
  const square = kind === 'palette' ? '#1040c0' : kind === 'grey' ? '#202020' : '#d02020';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">
    <rect width="200" height="100" ${field}/><rect x="75" y="25" width="50" height="50" fill="${square}"/></svg>`;
  let image = sharp(Buffer.from(svg));
  if (kind === 'grey') image = image.flatten({ background: '#808080' }).greyscale();
  const data = await image.png({ palette: kind === 'palette' }).toBuffer();
  return { key, data, width: 200, height: 100, alt: `${kind} picture` };
}

/** A one-page document with the picture at the top left, 200 × 100 points. */
async function documentWith(image: LoadedImage, engine = { PdfWriter, imageRow }) {
  const writer = new engine.PdfWriter({
    paper: 'A4',
    largePrint: false,
    title: 'Pictures',
    author: 'Physioplan tests',
    subject: 'PNG pictures',
    lang: 'en-GB',
    createdAt: new Date('2026-11-22T09:00:00.000Z'),
  });
  writer.flow.place(engine.imageRow([image], 100, 0, false));
  const out = await writer.finish({
    left: 'Pictures',
    second: '',
    pageOf: (page, pages) => `Page ${page} of ${pages}`,
  });
  qpdfCheck(out.data);
  return out.data;
}

/** The colour printed at a point (in points from the top left) of the first page. */
function colourAt(pdf: Buffer, x: number, y: number): [number, number, number] {
  const dir = tempDir('physioplan-png-');
  const file = path.join(dir, 'page.pdf');
  fs.writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '72', '-f', '1', '-l', '1', file, path.join(dir, 'p')]);
  const page = fs.readdirSync(dir).find((name) => name.endsWith('.png'));
  if (!page) throw new Error('pdftoppm wrote no page');
  const png = PNG.sync.read(fs.readFileSync(path.join(dir, page)));
  const i = (png.width * Math.round(y) + Math.round(x)) * 4;
  return [png.data[i] ?? -1, png.data[i + 1] ?? -1, png.data[i + 2] ?? -1];
}

const near = (actual: readonly number[], expected: readonly number[]) =>
  actual.every((value, i) => Math.abs(value - (expected[i] ?? 0)) <= 12);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('PNG pictures in PDFs', () => {
  it.each([
    ['transparent', [255, 255, 255], [208, 32, 32]],
    ['palette', [255, 255, 255], [16, 64, 192]],
    ['grey', [128, 128, 128], [32, 32, 32]],
  ] as const)(
    'shows a %s PNG as drawn, in every document it is printed in',
    async (kind, field, square) => {
      const image = await picture(kind);
      for (let print = 0; print < 2; print += 1) {
        const pdf = await documentWith(image);
        // The field (white paper where the picture is see-through) and the square in its middle.
        expect(near(colourAt(pdf, MARGIN_X + 10, MARGIN_TOP + 10), field)).toBe(true);
        expect(near(colourAt(pdf, MARGIN_X + 100, MARGIN_TOP + 50), square)).toBe(true);
      }
    },
  );

  it('decodes a picture once however many documents print it, with the same bytes', async () => {
    const image = await picture('transparent', 'printed-twice');
    const decode = vi.spyOn(PNG.sync, 'read');
    const first = await documentWith(image);
    const second = await documentWith(image);
    expect(decode).toHaveBeenCalledTimes(1);
    expect(second.equals(first)).toBe(true);
    // An engine that never printed the picture makes the same file.
    vi.resetModules();
    const fresh = {
      PdfWriter: (await import('../../electron/core/pdf/pdf-document')).PdfWriter,
      imageRow: (await import('../../electron/core/pdf/media-blocks')).imageRow,
    };
    expect((await documentWith(image, fresh)).equals(first)).toBe(true);
  });
});
