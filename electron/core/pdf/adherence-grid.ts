// The sheet the patient fills in and brings back: per week, a tick box for each exercise on each
// day (one box per session when it is done more than once a day) and a box for the morning's
// first-step pain (0–10).
import type { PlanItem } from '../../../shared/domain/plan';
import { artifact, stack, text, type Block } from './blocks';
import { table, type TableCell } from './table-block';
import { colours, type Styles, type TypeScale } from './styles';
import { addDays } from '../../../shared/visits/dates';
import { formatShortDay, formatWeekday } from '../../../shared/i18n';
import type { DocumentWords } from './document-language';

/** Sessions a day to tick (at most three boxes; more would not fit the cell). */
function sessionsPerDay(item: PlanItem): number {
  const times = item.kind === 'exercise' ? (item.parameters.timesPerDay ?? 1) : 1;
  return Math.min(3, Math.max(1, times));
}

/** Empty squares centred in a table cell. */
function tickBoxes(count: number, size: number, height: number): Block {
  return {
    keepTogether: true,
    height: () => height,
    draw(ctx, x, y, width) {
      // Shrink the boxes when three sessions a day would not fit the day's column.
      const fitted = Math.min(size, (width * 0.85) / (count + (count - 1) * 0.45));
      const gap = fitted * 0.45;
      const total = count * fitted + (count - 1) * gap;
      let left = x + (width - total) / 2;
      const top = y + (height - fitted) / 2;
      artifact(ctx, () => {
        for (let i = 0; i < count; i += 1) {
          ctx.doc.rect(left, top, fitted, fitted).lineWidth(0.9).strokeColor(colours.grid).stroke();
          left += fitted + gap;
        }
      });
    },
  };
}

/** "Mon" and "23/11" (or "23 Nov" in English) for a day's column, in the sheet's language. */
function dayHeader(isoDate: string, { language }: DocumentWords): string {
  return `${formatWeekday(isoDate, language)}\n${formatShortDay(isoDate, language)}`;
}

export interface GridRow {
  number: number;
  item: PlanItem;
}

export function adherenceWeek(
  rows: readonly GridRow[],
  weekIndex: number,
  startDate: string,
  s: Styles,
  type: TypeScale,
  words: DocumentWords,
): Block {
  const { t } = words;
  const first = addDays(startDate, weekIndex * 7);
  const days = Array.from({ length: 7 }, (_, i) => addDays(first, i));
  const box = type.body * 1.05;
  const rowHeight = box * 1.6;
  const cellStyle = s.small;
  const tableRows: TableCell[][] = rows.map(({ number, item }) => [
    `${number}. ${item.title}`,
    ...days.map(() => tickBoxes(sessionsPerDay(item), box, rowHeight)),
  ]);
  tableRows.push([t('pdf:home.diaryPain'), ...days.map(() => tickBoxes(1, box * 1.8, rowHeight))]);
  const heading = text(
    t('pdf:home.diaryWeek', {
      week: weekIndex + 1,
      from: words.date(days[0] ?? first),
      to: words.date(days[6] ?? first),
    }),
    s.subheading,
    'H3',
  );
  const grid = table({
    // Shares of the width, so a week fits any paper and type size.
    columns: [
      { header: t('pdf:home.diaryExercise'), grow: 3 },
      ...days.map((day) => ({ header: dayHeader(day, words), grow: 1, align: 'center' as const })),
    ],
    rows: tableRows,
    headerStyle: { ...s.smallBold, color: colours.text },
    cellStyle,
    padding: type.gap * 0.5,
    ruleColor: colours.grid,
    headerFill: colours.accentSoft,
    verticalRules: true,
    rowHeaders: true,
  });
  return stack([heading, grid], { gap: type.gap / 2, keepTogether: true, minLead: 2 });
}

export function adherenceIntro(s: Styles, { t }: DocumentWords): Block {
  return text(t('pdf:home.diaryIntro'), s.body);
}
