// pdf-document.ts gathers pdfkit's output itself (pdfkit-output.ts): each page's drawing is
// turned into bytes once, and the file's pieces bypass pdfkit's stream. The file must be the
// same, byte for byte, as the one pdfkit's own stream gives; and the fast way must really be
// in use, which a pdfkit update that renames its internals would quietly turn off.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { registerFonts } from '../../electron/core/pdf/fonts';
import { collectOutput } from '../../electron/core/pdf/pdfkit-output';
import { logo, photo } from '../support/images';
import { qpdfCheck } from '../support/pdf';

interface Written {
  file: Buffer;
  /** Bytes that came through pdfkit's 'data' events. */
  streamed: number;
}

async function draw(images: Buffer[], gather: boolean): Promise<Written> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    tagged: true,
    lang: 'el',
    info: { Title: 'Πρόγραμμα ασκήσεων', CreationDate: new Date('2026-11-22T09:00:00Z') },
    font: '',
  });
  const chunks: Uint8Array[] = [];
  if (gather) collectOutput(doc, chunks);
  let streamed = 0;
  doc.on('data', (chunk: Buffer) => {
    streamed += chunk.length;
    chunks.push(chunk);
  });
  const ended = new Promise((resolve) => doc.on('end', resolve));
  registerFonts(doc);
  for (let page = 0; page < 3; page += 1) {
    doc.addPage({ size: 'A4', margin: 50 });
    doc
      .font('bold')
      .fontSize(16)
      .fillColor('#0b7a5e')
      .text(`Φάση ${page + 1}: Heel raises`);
    doc
      .font('regular')
      .fontSize(11)
      .fillColor('#000000')
      .text('Stand on a step, rise onto your toes — 3 × 12, slowly (3 s up, 3 s down). '.repeat(8));
    doc.image(doc.openImage(images[page % images.length] as Buffer), 50, doc.y + 10, {
      width: 160,
    });
    doc.moveTo(50, 700).lineTo(545, 700).lineWidth(0.5).strokeColor('#cccccc').stroke();
  }
  // Footers on every page once the count is known, as PdfWriter.finish draws them.
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i += 1) {
    doc.switchToPage(range.start + i);
    doc
      .font('regular')
      .fontSize(9)
      .text(`Σελίδα ${i + 1} από ${range.count}`, 50, 760);
  }
  doc.end();
  await ended;
  return { file: Buffer.concat(chunks), streamed };
}

describe("gathering pdfkit's output", () => {
  it('gives the same file, byte for byte, as pdfkit’s own stream', async () => {
    const images = [(await photo({ width: 800, height: 600 })).data, (await logo()).data];
    const viaStream = await draw(images, false);
    const gathered = await draw(images, true);
    qpdfCheck(gathered.file);
    expect(gathered.file.length).toBe(viaStream.file.length);
    expect(gathered.file.equals(viaStream.file)).toBe(true);
  });

  it('is in use: nothing of the file comes through the stream', async () => {
    const images = [(await logo()).data];
    const viaStream = await draw(images, false);
    const gathered = await draw(images, true);
    expect(viaStream.streamed).toBe(viaStream.file.length);
    expect(gathered.streamed).toBe(0);
  });
});
