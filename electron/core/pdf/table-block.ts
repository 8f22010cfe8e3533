// Tables that split between rows and repeat their header row on the next page. The first
// header is tagged (Table > TR > TH/TD); repeated headers are pagination artifacts.
import { artifact, StructSlot, text, type Block, type DrawContext } from './blocks';
import type { TextStyle } from './styles';

export interface TableColumn {
  header: string;
  /** Fixed width in points; other columns share what is left by `grow`. */
  width?: number;
  grow?: number;
  align?: 'left' | 'center' | 'right';
}

export type TableCell = string | Block;

export interface TableOptions {
  columns: readonly TableColumn[];
  rows: readonly (readonly TableCell[])[];
  headerStyle: TextStyle;
  cellStyle: TextStyle;
  padding: number;
  ruleColor: string;
  headerFill?: string;
  /** Lines between columns too (a grid to tick), not only between rows. */
  verticalRules?: boolean;
  /** The first cell of each row names the row (TH). */
  rowHeaders?: boolean;
}

interface Layout {
  widths: number[];
  header: Block[];
  body: Block[][];
}

export function table(options: TableOptions): Block {
  return tablePart(options, new StructSlot('Table'), 0, options.rows.length, false);
}

function tablePart(
  options: TableOptions,
  slot: StructSlot,
  from: number,
  to: number,
  continued: boolean,
): Block {
  const { padding } = options;
  const cellBlock = (cell: TableCell, column: TableColumn | undefined, style: TextStyle): Block =>
    typeof cell === 'string' ? text(cell, { ...style, align: column?.align ?? 'left' }, 'P') : cell;
  const layout = (width: number): Layout => {
    const fixed = options.columns.reduce((sum, c) => sum + (c.width ?? 0), 0);
    const grow = options.columns.reduce(
      (sum, c) => sum + (c.width === undefined ? (c.grow ?? 1) : 0),
      0,
    );
    const free = Math.max(0, width - fixed);
    return {
      widths: options.columns.map((c) => c.width ?? (grow > 0 ? (free * (c.grow ?? 1)) / grow : 0)),
      header: options.columns.map((c) => cellBlock(c.header, c, options.headerStyle)),
      body: options.rows
        .slice(from, to)
        .map((row) => row.map((cell, i) => cellBlock(cell, options.columns[i], options.cellStyle))),
    };
  };
  const rowHeight = (
    doc: PDFKit.PDFDocument,
    cells: readonly Block[],
    widths: readonly number[],
  ): number =>
    Math.max(0, ...cells.map((cell, i) => cell.height(doc, (widths[i] ?? 0) - 2 * padding))) +
    2 * padding;

  let cached: { width: number; layout: Layout } | undefined;
  const layoutFor = (width: number): Layout => {
    if (!cached || cached.width !== width) cached = { width, layout: layout(width) };
    return cached.layout;
  };

  return {
    keepTogether: false,
    height(doc, width) {
      const { widths, header, body } = layoutFor(width);
      return body.reduce(
        (sum, row) => sum + rowHeight(doc, row, widths),
        rowHeight(doc, header, widths),
      );
    },
    draw(ctx, x, y, width) {
      const { doc } = ctx;
      const { widths, header, body } = layoutFor(width);
      const inner = slot.within(ctx);
      let cursor = y;
      const headerHeight = rowHeight(doc, header, widths);
      drawRowBackground(ctx, options, x, cursor, width, headerHeight, options.headerFill);
      drawRow(inner, header, widths, x, cursor, padding, continued ? 'artifact' : 'TH');
      cursor += headerHeight;
      for (const row of body) {
        const h = rowHeight(doc, row, widths);
        drawRowBackground(ctx, options, x, cursor, width, h, undefined);
        drawRow(inner, row, widths, x, cursor, padding, options.rowHeaders ? 'TH-first' : 'TD');
        cursor += h;
      }
      if (options.verticalRules) drawVerticalRules(ctx, options, widths, x, y, cursor);
    },
    split(doc, width, available) {
      const { widths, header, body } = layoutFor(width);
      let used = rowHeight(doc, header, widths);
      let count = 0;
      for (const row of body) {
        const h = rowHeight(doc, row, widths);
        if (used + h > available) break;
        used += h;
        count += 1;
      }
      if (count === 0 || count === body.length) return null;
      return [
        tablePart(options, slot, from, from + count, continued),
        tablePart(options, slot, from + count, to, true),
      ];
    },
  };
}

function drawRowBackground(
  ctx: DrawContext,
  options: TableOptions,
  x: number,
  y: number,
  width: number,
  height: number,
  fill: string | undefined,
): void {
  const { doc } = ctx;
  artifact(ctx, () => {
    if (fill) doc.rect(x, y, width, height).fillColor(fill).fill();
    doc.lineWidth(0.5).strokeColor(options.ruleColor);
    doc
      .moveTo(x, y)
      .lineTo(x + width, y)
      .stroke();
    doc
      .moveTo(x, y + height)
      .lineTo(x + width, y + height)
      .stroke();
  });
}

function drawVerticalRules(
  ctx: DrawContext,
  options: TableOptions,
  widths: readonly number[],
  x: number,
  top: number,
  bottom: number,
): void {
  const { doc } = ctx;
  artifact(ctx, () => {
    doc.lineWidth(0.5).strokeColor(options.ruleColor);
    let cursor = x;
    doc.moveTo(cursor, top).lineTo(cursor, bottom).stroke();
    for (const w of widths) {
      cursor += w;
      doc.moveTo(cursor, top).lineTo(cursor, bottom).stroke();
    }
  });
}

function drawRow(
  ctx: DrawContext,
  cells: readonly Block[],
  widths: readonly number[],
  x: number,
  y: number,
  padding: number,
  kind: 'TH' | 'TD' | 'TH-first' | 'artifact',
): void {
  const { doc } = ctx;
  let cursor = x;
  if (kind === 'artifact') {
    // A repeated header: drawn for the reader of the paper, not for the structure tree.
    artifact(ctx, () => {
      cells.forEach((cell, i) => {
        const w = widths[i] ?? 0;
        cell.draw({ doc, parent: null }, cursor + padding, y + padding, w - 2 * padding);
        cursor += w;
      });
    });
    return;
  }
  const tr = new StructSlot('TR').within(ctx);
  cells.forEach((cell, i) => {
    const w = widths[i] ?? 0;
    const tag = kind === 'TH' || (kind === 'TH-first' && i === 0) ? 'TH' : 'TD';
    cell.draw(new StructSlot(tag).within(tr), cursor + padding, y + padding, w - 2 * padding);
    cursor += w;
  });
}
