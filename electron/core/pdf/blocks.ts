// Layout building blocks: each block measures itself for a width, draws itself at a place,
// and may split into a part that fits and the rest. The flow (flow.ts) decides page breaks,
// so pdfkit never breaks a page on its own. Every drawn text is tagged (tagged PDF);
// decoration is drawn as an artifact.
import { fontSetOf } from './fonts';
import type { TextStyle } from './styles';

export interface DrawContext {
  readonly doc: PDFKit.PDFDocument;
  /**
   * The structure element that drawn content belongs to; null while drawing an artifact
   * (a repeated table header), where content is drawn untagged.
   */
  readonly parent: PDFKit.PDFStructureElement | null;
}

export interface Block {
  /** Move to the next page rather than split, when the block fits on a page of its own. */
  readonly keepTogether: boolean;
  height(doc: PDFKit.PDFDocument, width: number): number;
  draw(ctx: DrawContext, x: number, y: number, width: number): void;
  /** A first part no taller than `available` and the rest; null when it cannot split there. */
  split?(doc: PDFKit.PDFDocument, width: number, available: number): [Block, Block] | null;
}

/**
 * One structure element shared by all parts of a block, created when the first part is drawn
 * (so an item split over two pages stays one element in the structure tree).
 */
export class StructSlot {
  private element: PDFKit.PDFStructureElement | undefined;
  constructor(
    private readonly tag: string,
    private readonly options: PDFKit.Mixins.StructureElementOptions = {},
  ) {}

  within(ctx: DrawContext): DrawContext {
    if (!ctx.parent) return ctx;
    if (!this.element) {
      this.element = ctx.doc.struct(this.tag, this.options);
      ctx.parent.add(this.element);
    }
    return { doc: ctx.doc, parent: this.element };
  }
}

/** Content that is decoration only (lines, fills), skipped by screen readers. */
export function artifact(ctx: DrawContext, draw: () => void): void {
  // Marked content must not nest: inside an artifact, just draw.
  if (!ctx.parent) {
    draw();
    return;
  }
  ctx.doc.markContent('Artifact');
  draw();
  ctx.doc.endMarkedContent();
}

/** Draws content as one structure element of the given tag (or untagged inside an artifact). */
export function tagged(
  ctx: DrawContext,
  tag: string,
  draw: () => void,
  options: PDFKit.Mixins.StructureElementOptions = {},
): void {
  if (ctx.parent) ctx.parent.add(ctx.doc.struct(tag, options, draw));
  else draw();
}

function applyStyle(doc: PDFKit.PDFDocument, style: TextStyle): void {
  doc.font(style.font).fontSize(style.size).fillColor(style.color);
}

/** Text height for a width, remembered per width: blocks are measured several times. */
function measured(measure: (width: number) => number): (width: number) => number {
  const cache = new Map<number, number>();
  return (width) => {
    let h = cache.get(width);
    if (h === undefined) {
      h = measure(width);
      cache.set(width, h);
    }
    return h;
  };
}

const HEIGHT_CACHE_SIZE = 50_000;
const heights = new Map<string, number>();

/**
 * The height of a text set in a style at a width. Measuring wraps the text the way drawing it
 * will, so it costs about as much as drawing; sheets repeat the same texts (headings, an item's
 * steps, the diary's labels) from one print to the next, so heights are kept across documents.
 */
export function textHeight(
  doc: PDFKit.PDFDocument,
  content: string,
  style: TextStyle,
  width: number,
): number {
  const key = [fontSetOf(doc), style.font, style.size, style.lineGap, width, content].join(
    '\u0000',
  );
  // The style is set either way: what is drawn next may rely on it, and the file stays the
  // same whether the height was known or not.
  applyStyle(doc, style);
  let height = heights.get(key);
  if (height === undefined) {
    height = doc.heightOfString(content, { width, lineGap: style.lineGap });
    if (heights.size >= HEIGHT_CACHE_SIZE) heights.clear();
    heights.set(key, height);
  }
  return height;
}

export function drawText(
  doc: PDFKit.PDFDocument,
  content: string,
  style: TextStyle,
  x: number,
  y: number,
  width: number,
): void {
  applyStyle(doc, style);
  doc.text(content, x, y, { width, lineGap: style.lineGap, align: style.align ?? 'left' });
}

/** A paragraph or heading (tag P, H1, H2, H3, Caption ...). */
export function text(content: string, style: TextStyle, tag = 'P'): Block {
  let heightFor: ((width: number) => number) | undefined;
  return {
    keepTogether: true,
    height(doc, width) {
      heightFor ??= measured((w) => textHeight(doc, content, style, w));
      return heightFor(width);
    },
    draw(ctx, x, y, width) {
      tagged(ctx, tag, () => drawText(ctx.doc, content, style, x, y, width));
    },
  };
}

export function spacer(points: number): Block {
  return { keepTogether: true, height: () => points, draw: () => undefined };
}

export interface StackOptions {
  gap?: number;
  slot?: StructSlot;
  keepTogether?: boolean;
  /** How many children must stay together at the start (a title with its first content). */
  minLead?: number;
}

/** Children one under the other. */
export function stack(children: readonly Block[], options: StackOptions = {}): Block {
  const gap = options.gap ?? 0;
  const minLead = options.minLead ?? 1;
  const make = (parts: readonly Block[]): Block => stack(parts, { ...options, minLead: 1 });
  return {
    keepTogether: options.keepTogether ?? true,
    height(doc, width) {
      let total = 0;
      children.forEach((child, i) => {
        total += (i > 0 ? gap : 0) + child.height(doc, width);
      });
      return total;
    },
    draw(ctx, x, y, width) {
      const inner = options.slot ? options.slot.within(ctx) : ctx;
      let cursor = y;
      children.forEach((child, i) => {
        if (i > 0) cursor += gap;
        child.draw(inner, x, cursor, width);
        cursor += child.height(ctx.doc, width);
      });
    },
    split(doc, width, available) {
      const first: Block[] = [];
      let used = 0;
      for (let i = 0; i < children.length; i += 1) {
        const child = children[i];
        if (!child) break;
        const before = i > 0 ? gap : 0;
        const h = child.height(doc, width);
        if (used + before + h <= available) {
          first.push(child);
          used += before + h;
          continue;
        }
        const room = available - used - before;
        const parts = room > 0 && child.split ? child.split(doc, width, room) : null;
        const rest = children.slice(i + 1);
        if (parts) {
          if (first.length + 1 < minLead) return null;
          return [make([...first, parts[0]]), make([parts[1], ...rest])];
        }
        if (first.length < minLead || first.length === 0) return null;
        return [make(first), make([child, ...rest])];
      }
      return null;
    },
  };
}

export interface Column {
  block: Block;
  /** Fixed width in points; columns without one share what is left (by `grow`). */
  width?: number;
  grow?: number;
}

/** Blocks side by side, top-aligned; the row is as tall as its tallest cell. */
export function columns(cells: readonly Column[], gap: number): Block {
  const widths = (total: number): number[] => {
    const fixed = cells.reduce((sum, c) => sum + (c.width ?? 0), 0) + gap * (cells.length - 1);
    const grow = cells.reduce((sum, c) => sum + (c.width === undefined ? (c.grow ?? 1) : 0), 0);
    const free = Math.max(0, total - fixed);
    return cells.map((c) => c.width ?? (grow > 0 ? (free * (c.grow ?? 1)) / grow : 0));
  };
  return {
    keepTogether: true,
    height(doc, width) {
      const ws = widths(width);
      return Math.max(0, ...cells.map((c, i) => c.block.height(doc, ws[i] ?? 0)));
    },
    draw(ctx, x, y, width) {
      const ws = widths(width);
      let cursor = x;
      cells.forEach((c, i) => {
        const w = ws[i] ?? 0;
        c.block.draw(ctx, cursor, y, w);
        cursor += w + gap;
      });
    },
  };
}

export interface BoxOptions {
  padding: number;
  fill?: string;
  border?: { color: string; width: number };
  /** A coloured bar down the left edge (cautions, the dose). */
  leftBar?: { color: string; width: number };
  radius?: number;
  keepTogether?: boolean;
  slot?: StructSlot;
}

/** A block inside a padded, optionally filled and bordered, rectangle. */
export function box(child: Block, options: BoxOptions): Block {
  const bar = options.leftBar?.width ?? 0;
  const innerWidth = (width: number) => width - 2 * options.padding - bar;
  const self: Block = {
    keepTogether: options.keepTogether ?? true,
    height(doc, width) {
      return child.height(doc, innerWidth(width)) + 2 * options.padding;
    },
    draw(ctx, x, y, width) {
      const h = self.height(ctx.doc, width);
      const { doc } = ctx;
      artifact(ctx, () => {
        const r = options.radius ?? 0;
        if (options.fill) doc.roundedRect(x, y, width, h, r).fillColor(options.fill).fill();
        if (options.leftBar) doc.rect(x, y, bar, h).fillColor(options.leftBar.color).fill();
        if (options.border) {
          const half = options.border.width / 2;
          doc
            .roundedRect(x + half, y + half, width - 2 * half, h - 2 * half, r)
            .lineWidth(options.border.width)
            .strokeColor(options.border.color)
            .stroke();
        }
      });
      const inner = options.slot ? options.slot.within(ctx) : ctx;
      child.draw(inner, x + bar + options.padding, y + options.padding, innerWidth(width));
    },
    split(doc, width, available) {
      const parts = child.split?.(doc, innerWidth(width), available - 2 * options.padding);
      return parts ? [box(parts[0], options), box(parts[1], options)] : null;
    },
  };
  return self;
}

/** A thin horizontal line. */
export function rule(color: string, thickness = 0.75, space = 4): Block {
  return {
    keepTogether: true,
    height: () => thickness + 2 * space,
    draw(ctx, x, y, width) {
      artifact(ctx, () => {
        ctx.doc
          .moveTo(x, y + space + thickness / 2)
          .lineTo(x + width, y + space + thickness / 2)
          .lineWidth(thickness)
          .strokeColor(color)
          .stroke();
      });
    },
  };
}

export interface ListOptions {
  style: TextStyle;
  labelStyle: TextStyle;
  gap: number;
  /** "1." for numbered steps, or a fixed bullet. */
  label: (index: number) => string;
  labelWidth: number;
}

/** A list (L > LI > Lbl + LBody) whose entries may fall on different pages. */
export function list(entries: readonly string[], options: ListOptions): Block {
  const slot = new StructSlot('L');
  const items = entries.map((entry, i) => listItem(options.label(i), entry, options));
  return stack(items, { gap: options.gap, slot, keepTogether: false });
}

function listItem(label: string, body: string, options: ListOptions): Block {
  let heightFor: ((width: number) => number) | undefined;
  return {
    keepTogether: true,
    height(doc, width) {
      heightFor ??= measured((w) => textHeight(doc, body, options.style, w - options.labelWidth));
      return heightFor(width);
    },
    draw(ctx, x, y, width) {
      const { doc } = ctx;
      const li = new StructSlot('LI').within(ctx);
      tagged(li, 'Lbl', () => drawText(doc, label, options.labelStyle, x, y, options.labelWidth));
      tagged(li, 'LBody', () =>
        drawText(doc, body, options.style, x + options.labelWidth, y, width - options.labelWidth),
      );
    },
  };
}
