// What the PDF engine keeps between documents (font subsets, text heights) must never leak one
// document's content into another: a sheet printed after another reads as its own, and the
// same sheet printed twice is the same file.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import PDFDocument from 'pdfkit';
import { textHeight } from '../../electron/core/pdf/blocks';
import { registerFonts } from '../../electron/core/pdf/fonts';
import { renderHomeProgramme } from '../../electron/core/pdf/home-programme';
import { normalType, styles } from '../../electron/core/pdf/styles';
import type { PlanVersionSnapshot } from '../../shared/domain/plan';
import { homeProgrammeOptionsSchema } from '../../shared/domain/print-options';
import { logo, photo } from '../support/images';
import { clinicSettings, heelPainItems, ImageBank, snapshot } from '../fixtures/plan-snapshots';
import { flat, parsePdf, qpdfCheck } from '../support/pdf';

type Render = typeof renderHomeProgramme;

async function sheet(
  snap: PlanVersionSnapshot,
  bank: ImageBank,
  logoRef: ReturnType<ImageBank['add']>,
  render: Render = renderHomeProgramme,
) {
  const out = await render({
    snapshot: snap,
    settings: clinicSettings({ logo: logoRef }),
    options: homeProgrammeOptionsSchema.parse({}),
    printedOn: '2026-11-22',
    createdAt: new Date('2026-11-22T09:00:00.000Z'),
    loadImage: bank.load,
  });
  qpdfCheck(out.data);
  return out.data;
}

/** The PDF engine loaded afresh: nothing kept from earlier documents. */
async function freshEngine(): Promise<Render> {
  vi.resetModules();
  return (await import('../../electron/core/pdf/home-programme')).renderHomeProgramme;
}

describe('PDF engine caches', () => {
  it('prints the same sheet as the same file, and a different sheet with its own text', async () => {
    const bank = new ImageBank();
    const logoRef = bank.add(await logo());
    const items = heelPainItems();
    const first = snapshot({ items });
    const again = await sheet(first, bank, logoRef);
    expect((await sheet(first, bank, logoRef)).equals(again)).toBe(true);

    // New words and letters (Greek, Cyrillic, symbols) that the first sheet's font subset lacks.
    const [head, ...rest] = items;
    if (!head) throw new Error('no items in the fixture');
    const other = snapshot({
      items: [
        { ...head, title: 'Ωmega quiz: jump — Жук ≥ 3×' },
        ...rest.map((item) => ({ ...item, title: `${item.title} (variant)` })),
      ],
    });
    const second = await sheet(other, bank, logoRef);
    // Byte for byte what an engine that never printed the first sheet makes of it.
    expect(second.equals(await sheet(other, bank, logoRef, await freshEngine()))).toBe(true);
    const text = flat((await parsePdf(second)).text);
    expect(text).toContain('Ωmega quiz: jump — Жук ≥ 3×');
    expect(text).toContain(`${rest[0]?.title ?? ''} (variant)`);
    // And the first sheet, printed once more after it, is still the same file.
    expect((await sheet(first, bank, logoRef)).equals(again)).toBe(true);
  });

  it('measures a text for its own width, size and font', () => {
    const doc = new PDFDocument({ autoFirstPage: false, font: '' });
    registerFonts(doc);
    doc.addPage();
    const s = styles(normalType);
    const words = 'Rise onto both toes, then lower slowly on the painful side. '.repeat(4);
    const wide = textHeight(doc, words, s.body, 400);
    const narrow = textHeight(doc, words, s.body, 120);
    expect(narrow).toBeGreaterThan(wide);
    expect(textHeight(doc, words, s.body, 400)).toBe(wide);
    const larger = textHeight(doc, words, { ...s.body, size: s.body.size * 2 }, 400);
    expect(larger).toBeGreaterThan(wide);
    // Measured again from scratch by pdfkit: the same figure.
    doc.font(s.body.font).fontSize(s.body.size);
    expect(doc.heightOfString(words, { width: 120, lineGap: s.body.lineGap })).toBe(narrow);
  });

  it('measures words shared across documents as pdfkit measures them in each font and size', () => {
    const fontsDir = path.resolve(import.meta.dirname, '../../resources/fonts');
    const files = {
      regular: 'DejaVuSans-Regular.ttf',
      bold: 'DejaVuSans-Bold.ttf',
      italic: 'DejaVuSans-Oblique.ttf',
    } as const;
    const texts = ['Heel raises', 'Ωmega — Жук ≥ 3×', 'Rise onto both toes, then lower slowly.'];
    const measure = (doc: PDFKit.PDFDocument) =>
      (Object.keys(files) as (keyof typeof files)[]).flatMap((font) =>
        [8, 10, 13.5].flatMap((size) =>
          texts.map((t) => [
            doc.font(font).fontSize(size).widthOfString(t),
            doc.heightOfString(t, { width: 90 }),
          ]),
        ),
      );
    // Plain pdfkit, each font read from its file: nothing shared with other documents.
    const plain = new PDFDocument({ autoFirstPage: false, font: '' });
    for (const [name, file] of Object.entries(files))
      plain.registerFont(name, path.join(fontsDir, file));
    plain.addPage();
    const expected = measure(plain);
    // Two documents in the shared fonts: the second measures from what the first kept.
    for (let i = 0; i < 2; i += 1) {
      const doc = new PDFDocument({ autoFirstPage: false, font: '' });
      registerFonts(doc);
      doc.addPage();
      expect(measure(doc)).toEqual(expected);
    }
  });

  it('embeds a photo used by several items once, drawn wherever it is used', async () => {
    const bank = new ImageBank();
    const logoRef = bank.add(await logo());
    const shared = bank.add(await photo({ label: 'Calf stretch', width: 1024, height: 768 }));
    const items = heelPainItems().map((item) => ({ ...item, images: [shared] }));
    const data = await sheet(snapshot({ items }), bank, logoRef);
    const pdf = await parsePdf(data);
    const homeItems = pdf.pages.reduce((sum, p) => sum + p.images, 0);
    // Every home item shows the photo, and the logo is drawn once...
    expect(homeItems).toBeGreaterThan(3);
    // ...but the file holds two pictures: the photo and the logo (with its transparency mask).
    const imageObjects = data.toString('latin1').match(/\/Subtype \/Image/g) ?? [];
    expect(imageObjects).toHaveLength(3);
  });
});
