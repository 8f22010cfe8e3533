// One PDF being written: a tagged pdfkit document with our fonts, its structure root, the flow
// that places blocks, and the footer (page x of y) drawn on every page once the count is known.
import PDFDocument from 'pdfkit';
import type { PaperSize } from '../../../shared/domain/settings';
import { drawText, textHeight, type DrawContext } from './blocks';
import { Flow } from './flow';
import { registerFonts } from './fonts';
import { collectOutput } from './pdfkit-output';
import {
  colours,
  pageGeometry,
  styles,
  largeType,
  normalType,
  type PageGeometry,
  type Styles,
  type TypeScale,
} from './styles';

export interface DocumentSetup {
  paper: PaperSize;
  largePrint: boolean;
  title: string;
  author: string;
  subject: string;
  /** BCP 47 language of the document's text. */
  lang: string;
  /** Written into the file, so the same input gives the same bytes. */
  createdAt: Date;
  /** resources/fonts; found next to the code when absent. */
  fontsDir?: string | undefined;
}

export interface Footer {
  /** Who and what: "Zoë Ünal · Home exercise programme · version 3". */
  left: string;
  /** A second line, e.g. the clinic's phone number. */
  second: string;
  /** "Page 2 of 3" in the document's language. */
  pageOf: (page: number, pages: number) => string;
}

export interface PdfOutput {
  data: Buffer;
  pageCount: number;
}

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly flow: Flow;
  readonly type: TypeScale;
  readonly styles: Styles;
  readonly page: PageGeometry;
  private readonly root: PDFKit.PDFStructureElement;
  private readonly chunks: Uint8Array[] = [];
  private readonly ended: Promise<void>;

  constructor(setup: DocumentSetup) {
    this.doc = new PDFDocument({
      autoFirstPage: false,
      bufferPages: true,
      pdfVersion: '1.7',
      tagged: true,
      lang: setup.lang,
      displayTitle: true,
      info: {
        Title: setup.title,
        Author: setup.author,
        Subject: setup.subject,
        Creator: 'Physioplan',
        Producer: 'Physioplan (pdfkit)',
        CreationDate: setup.createdAt,
        ModDate: setup.createdAt,
      },
      // No default font: ours are registered below (the default would load Helvetica).
      font: '',
    });
    collectOutput(this.doc, this.chunks);
    // Where pdfkit's internals were not found, its stream gives the file.
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.ended = new Promise((resolve, reject) => {
      this.doc.on('end', resolve);
      this.doc.on('error', reject);
    });
    registerFonts(this.doc, setup.fontsDir);
    this.doc.font('regular');
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
    this.type = setup.largePrint ? largeType : normalType;
    this.styles = styles(this.type);
    this.page = pageGeometry(setup.paper, setup.largePrint);
    this.flow = new Flow(this.context, this.page);
  }

  get context(): DrawContext {
    return { doc: this.doc, parent: this.root };
  }

  /** Draws the footer on every page, closes the structure tree and returns the file. */
  async finish(footer: Footer): Promise<PdfOutput> {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    const pageCount = range.count;
    for (let i = 0; i < pageCount; i += 1) {
      doc.switchToPage(range.start + i);
      this.drawFooter(footer, i + 1, pageCount);
    }
    this.root.end();
    doc.end();
    await this.ended;
    return { data: Buffer.concat(this.chunks), pageCount };
  }

  private drawFooter(footer: Footer, page: number, pages: number): void {
    const { doc } = this;
    const { width, height, marginX, marginBottom } = this.page;
    // Footers stay small even in large print: they are for finding a page, not for reading.
    const small = { ...this.styles.muted, size: Math.min(this.styles.muted.size, 10), lineGap: 1 };
    const top = height - marginBottom + 10;
    const pageWidth = 80;
    const leftWidth = width - 2 * marginX - pageWidth - 8;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc
      .moveTo(marginX, top)
      .lineTo(width - marginX, top)
      .lineWidth(0.5)
      .strokeColor(colours.rule)
      .stroke();
    const right = { ...small, font: 'bold' as const, align: 'right' as const };
    drawText(
      doc,
      footer.pageOf(page, pages),
      right,
      width - marginX - pageWidth,
      top + 5,
      pageWidth,
    );
    drawText(doc, footer.left, small, marginX, top + 5, leftWidth);
    if (footer.second) {
      const below = top + 5 + textHeight(doc, footer.left, small, leftWidth);
      drawText(doc, footer.second, small, marginX, below, width - 2 * marginX);
    }
    doc.endMarkedContent();
  }
}
