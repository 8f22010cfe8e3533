// The progress page of the visit summary: a chart per outcome measure (with its MCID line),
// first-step pain and adherence, each drawn only up to the visit's date.
import { formatScore, outcomeMeasures } from '../../../shared/outcomes';
import { shortDate } from '../../../shared/visits/dates';
import { describeChart, drawLineChart, type LineChart } from './visit-summary-charts';
import type { VisitSummaryLayout, VisitSummarySnapshot } from './visit-summary-layout';

function chartsFor(snapshot: VisitSummarySnapshot): LineChart[] {
  const { visit, progress } = snapshot;
  const upTo = <T extends { date: string }>(points: readonly T[]) =>
    points.filter((point) => point.date <= visit.date);
  const charts: LineChart[] = [];
  for (const series of progress.measures) {
    const definition = outcomeMeasures[series.measure];
    const points = upTo(series.points);
    if (points.length === 0) continue;
    charts.push({
      title: `${definition.shortName} (${definition.direction === 'higher_is_better' ? 'higher is better' : 'lower is better'})`,
      yMin: definition.scoreMin,
      yMax: definition.scoreMax,
      reference: { value: series.mcidTarget, label: 'MCID from baseline' },
      points: points.map((p) => ({
        label: shortDate(p.date),
        value: p.score,
        highlight: p.visitId === visit.id,
      })),
      formatValue: (value) => formatScore(series.measure, Math.round(value * 10) / 10),
    });
  }
  const pain = upTo(progress.firstStepPain);
  if (pain.length > 0) {
    charts.push({
      title: 'First-step pain from the home grid (0–10)',
      yMin: 0,
      yMax: 10,
      points: pain.map((p) => ({ label: shortDate(p.date), value: p.pain })),
      formatValue: (value) => String(Math.round(value)),
    });
  }
  const adherence = upTo(progress.adherence);
  if (adherence.length > 0) {
    charts.push({
      title: 'Adherence to the home programme (%)',
      yMin: 0,
      yMax: 100,
      points: adherence.map((p) => ({
        label: shortDate(p.date),
        value: p.percent,
        highlight: p.visitId === visit.id,
      })),
      formatValue: (value) => `${Math.round(value)} %`,
    });
  }
  return charts;
}

/** A page of charts, two per row, after the visit's text; nothing when there is nothing to draw. */
export function drawProgressPage(
  doc: PDFKit.PDFDocument,
  snapshot: VisitSummarySnapshot,
  { root, font, margin: MARGIN, width }: VisitSummaryLayout,
): void {
  const charts = chartsFor(snapshot);
  if (charts.length === 0) return;
  const height = 130;
  const columnWidth = (width - 20) / 2;
  doc.addPage();
  doc.font(font.bold).fontSize(12).fillColor('#102a43');
  doc.text('Progress', MARGIN, doc.y, { width, structParent: root, structType: 'H2' });
  doc.moveDown(0.5);
  let top = doc.y;
  charts.forEach((chart, index) => {
    const column = index % 2;
    if (column === 0 && index > 0) top += height + 18;
    if (top + height > doc.page.height - MARGIN) {
      doc.addPage();
      top = MARGIN;
    }
    const box = { x: MARGIN + column * (columnWidth + 20), y: top, width: columnWidth, height };
    root.add(
      doc.struct('Figure', { alt: describeChart(chart) }, () =>
        drawLineChart(doc, chart, box, font),
      ),
    );
  });
  doc.y = top + height + 18;
  doc.x = MARGIN;
}
