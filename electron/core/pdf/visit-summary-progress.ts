// The progress section of the visit summary: a chart per outcome measure (with its MCID line),
// first-step pain and adherence, each drawn only up to the visit's date, two charts a row.
import type { Visit } from '../../../shared/domain/visit';
import type { PatientProgress } from '../../../shared/domain/visit-progress';
import { formatScore, outcomeMeasures } from '../../../shared/outcomes';
import { formatShortDay } from '../../../shared/i18n';
import type { DocumentWords } from './document-language';
import { columns, spacer, tagged, type Block } from './blocks';
import { describeChart, drawLineChart, type LineChart } from './visit-summary-charts';

function chartsFor(visit: Visit, progress: PatientProgress, words: DocumentWords): LineChart[] {
  const { t } = words;
  // "12 Mar" in English, "12/3" in the languages that write dates in figures.
  const shortDate = (iso: string) => formatShortDay(iso, words.language);
  const upTo = <T extends { date: string }>(points: readonly T[]) =>
    points.filter((point) => point.date <= visit.date);
  const charts: LineChart[] = [];
  for (const series of progress.measures) {
    const definition = outcomeMeasures[series.measure];
    const points = upTo(series.points);
    if (points.length === 0) continue;
    charts.push({
      title:
        definition.direction === 'higher_is_better'
          ? t('pdf:visit.higherBetter', { measure: definition.shortName })
          : t('pdf:visit.lowerBetter', { measure: definition.shortName }),
      yMin: definition.scoreMin,
      yMax: definition.scoreMax,
      reference: { value: series.mcidTarget, label: t('pdf:visit.mcidLine') },
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
      title: t('pdf:visit.painChart'),
      yMin: 0,
      yMax: 10,
      points: pain.map((p) => ({ label: shortDate(p.date), value: p.pain })),
      formatValue: (value) => String(Math.round(value)),
    });
  }
  const adherence = upTo(progress.adherence);
  if (adherence.length > 0) {
    charts.push({
      title: t('pdf:visit.adherenceChart'),
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

/** Charts are drawn at a fixed height: their labels are small type and do not wrap. */
const CHART_HEIGHT = 130;

function chartBlock(chart: LineChart, words: DocumentWords): Block {
  return {
    keepTogether: true,
    height: () => CHART_HEIGHT,
    draw(ctx, x, y, width) {
      tagged(
        ctx,
        'Figure',
        () => drawLineChart(ctx.doc, chart, { x, y, width, height: CHART_HEIGHT }),
        { alt: describeChart(chart, words) },
      );
    },
  };
}

/** Rows of two charts; nothing when there is nothing to draw. */
export function progressBlocks(
  visit: Visit,
  progress: PatientProgress,
  gap: number,
  words: DocumentWords,
): Block[] {
  const charts = chartsFor(visit, progress, words).map((chart) => chartBlock(chart, words));
  const rows: Block[] = [];
  for (let i = 0; i < charts.length; i += 2) {
    const pair = charts.slice(i, i + 2);
    // A lone last chart keeps the width of the others.
    const cells = pair.map((block) => ({ block, grow: 1 }));
    if (cells.length === 1) cells.push({ block: spacer(0), grow: 1 });
    rows.push(columns(cells, gap * 3));
  }
  return rows;
}
