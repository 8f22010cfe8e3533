// Places blocks down the page and decides every page break: a block that fits goes here; a
// block that must stay together and fits on a page of its own goes to the next page; anything
// else is split where the page ends.
import type { Block, DrawContext } from './blocks';
import type { PageGeometry } from './styles';

/** Rounding slack, so a block that fits exactly is not pushed to the next page. */
const EPSILON = 0.01;

export class Flow {
  private y = 0;
  private pages = 0;

  constructor(
    private readonly ctx: DrawContext,
    private readonly page: PageGeometry,
  ) {}

  get width(): number {
    return this.page.width - 2 * this.page.marginX;
  }

  private get top(): number {
    return this.page.marginTop;
  }

  private get bottom(): number {
    return this.page.height - this.page.marginBottom;
  }

  /** Height available on an empty page. */
  get pageBodyHeight(): number {
    return this.bottom - this.top;
  }

  get remaining(): number {
    return this.pages === 0 ? 0 : this.bottom - this.y;
  }

  newPage(): void {
    this.ctx.doc.addPage({
      size: [this.page.width, this.page.height],
      // The flow decides page breaks; with no margins pdfkit never adds a page by itself.
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    });
    this.pages += 1;
    this.y = this.top;
  }

  /** Places a block after `gap` points of space (no space at the top of a page). */
  place(block: Block, gap = 0): void {
    if (this.pages === 0) this.newPage();
    const { doc } = this.ctx;
    const atTop = this.y <= this.top + EPSILON;
    const space = atTop ? 0 : gap;
    const h = block.height(doc, this.width);
    if (this.y + space + h <= this.bottom + EPSILON) {
      this.drawAt(block, space, h);
      return;
    }
    if (!atTop && block.keepTogether && h <= this.pageBodyHeight + EPSILON) {
      this.newPage();
      this.place(block);
      return;
    }
    const room = this.bottom - this.y - space;
    const parts = room > 0 && block.split ? block.split(doc, this.width, room) : null;
    if (parts) {
      this.drawAt(parts[0], space, parts[0].height(doc, this.width));
      this.newPage();
      this.place(parts[1]);
      return;
    }
    if (!atTop) {
      this.newPage();
      this.place(block);
      return;
    }
    // Taller than a page and nothing to split at: draw it; the page cuts it off.
    this.drawAt(block, 0, h);
  }

  private drawAt(block: Block, space: number, h: number): void {
    block.draw(this.ctx, this.page.marginX, this.y + space, this.width);
    this.y += space + h;
  }
}
