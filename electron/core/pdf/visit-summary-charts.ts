// Small line charts drawn with PDF vector graphics (no images), for the visit summary.
import type { DocumentWords } from './document-language';
import { colours } from './styles';

export interface ChartPoint {
  label: string;
  value: number;
  /** Drawn larger: the visit this summary is about. */
  highlight?: boolean;
}

export interface LineChart {
  title: string;
  yMin: number;
  yMax: number;
  /** A dashed horizontal line, e.g. the score that reaches the MCID. */
  reference?: { value: number; label: string };
  points: readonly ChartPoint[];
  formatValue: (value: number) => string;
}

// The house colours: text ink, rules for the grid, the accent for the data, green for the MCID.
const INK = colours.text;
const GRID = colours.rule;
const LINE = colours.accent;
const REFERENCE = colours.good;

/** Draws one chart in the box (x, y, width, height); the caller has checked it fits the page. */
export function drawLineChart(
  doc: PDFKit.PDFDocument,
  chart: LineChart,
  box: { x: number; y: number; width: number; height: number },
): void {
  const titleHeight = 16;
  const axisLabelWidth = 34;
  const xLabelHeight = 14;
  const plot = {
    left: box.x + axisLabelWidth,
    top: box.y + titleHeight,
    width: box.width - axisLabelWidth - 8,
    height: box.height - titleHeight - xLabelHeight,
  };
  const span = chart.yMax - chart.yMin || 1;
  const yOf = (value: number) =>
    plot.top + plot.height - ((value - chart.yMin) / span) * plot.height;
  const count = chart.points.length;
  const xOf = (index: number) =>
    count <= 1 ? plot.left + plot.width / 2 : plot.left + (index / (count - 1)) * plot.width;

  doc.save();
  doc
    .font('bold')
    .fontSize(9)
    .fillColor(INK)
    .text(chart.title, box.x, box.y, { width: box.width, lineBreak: false });

  // Frame and three gridlines with their values.
  doc.font('regular').fontSize(7);
  for (const fraction of [0, 0.5, 1]) {
    const value = chart.yMin + fraction * span;
    const y = yOf(value);
    doc
      .moveTo(plot.left, y)
      .lineTo(plot.left + plot.width, y)
      .lineWidth(0.5)
      .strokeColor(GRID)
      .stroke();
    doc.fillColor(INK).text(chart.formatValue(value), box.x, y - 3.5, {
      width: axisLabelWidth - 4,
      align: 'right',
      lineBreak: false,
    });
  }

  if (chart.reference) {
    const y = yOf(chart.reference.value);
    doc
      .moveTo(plot.left, y)
      .lineTo(plot.left + plot.width, y)
      .lineWidth(1)
      .dash(4, { space: 3 })
      .strokeColor(REFERENCE)
      .stroke();
    doc.undash();
    doc.fillColor(REFERENCE).text(chart.reference.label, plot.left + 2, y - 9, {
      width: plot.width - 4,
      align: 'right',
      lineBreak: false,
    });
  }

  chart.points.forEach((point, index) => {
    const x = xOf(index);
    const y = yOf(point.value);
    if (index > 0) {
      const previous = chart.points[index - 1];
      if (previous)
        doc
          .moveTo(xOf(index - 1), yOf(previous.value))
          .lineTo(x, y)
          .lineWidth(1.5)
          .strokeColor(LINE)
          .stroke();
    }
  });
  chart.points.forEach((point, index) => {
    const x = xOf(index);
    const y = yOf(point.value);
    doc
      .circle(x, y, point.highlight ? 3.5 : 2.2)
      .fillColor(LINE)
      .fill();
    doc
      .fillColor(INK)
      .fontSize(7)
      .text(point.label, x - 24, plot.top + plot.height + 3, {
        width: 48,
        align: 'center',
        lineBreak: false,
      });
  });
  doc.restore();
}

/** The same chart in words, for the PDF's accessibility tree, in the document's language. */
export function describeChart(chart: LineChart, { t }: DocumentWords): string {
  const first = chart.points[0];
  const last = chart.points.at(-1);
  if (!first || !last) return t('pdf:visit.chartNoData', { title: chart.title });
  const reference = chart.reference
    ? t('pdf:visit.chartReference', {
        label: chart.reference.label,
        value: chart.formatValue(chart.reference.value),
      })
    : '';
  return chart.points.length === 1
    ? t('pdf:visit.chartOne', {
        title: chart.title,
        value: chart.formatValue(first.value),
        date: first.label,
        reference,
      })
    : t('pdf:visit.chartTrend', {
        title: chart.title,
        first: chart.formatValue(first.value),
        firstDate: first.label,
        last: chart.formatValue(last.value),
        lastDate: last.label,
        reference,
      });
}
