// The sheet the patient fills in and brings back: per week, a tick box for each exercise on each
// day (one box per session when it is done more than once a day) and a box for the morning's
// first-step pain (0–10).
import type { PlanItem } from '../../../shared/domain/plan';
import { artifact, stack, text, type Block } from './blocks';
import { table, type TableCell } from './table-block';
import { colours, type Styles, type TypeScale } from './styles';
import { addDays, readableDate } from '../../../shared/visits/dates';
import { dayLabel } from './text-format';

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
): Block {
  const first = addDays(startDate, weekIndex * 7);
  const days = Array.from({ length: 7 }, (_, i) => addDays(first, i));
  const box = type.body * 1.05;
  const rowHeight = box * 1.6;
  const cellStyle = s.small;
  const tableRows: TableCell[][] = rows.map(({ number, item }) => [
    `${number}. ${item.title}`,
    ...days.map(() => tickBoxes(sessionsPerDay(item), box, rowHeight)),
  ]);
  tableRows.push([
    'Pain on your first steps this morning (0–10)',
    ...days.map(() => tickBoxes(1, box * 1.8, rowHeight)),
  ]);
  const heading = text(
    `Week ${weekIndex + 1}: ${readableDate(days[0] ?? first)} to ${readableDate(days[6] ?? first)}`,
    s.subheading,
    'H3',
  );
  const grid = table({
    // Shares of the width, so a week fits any paper and type size.
    columns: [
      { header: 'Exercise', grow: 3 },
      ...days.map((day) => {
        const label = dayLabel(day);
        return {
          header: `${label.weekday}\n${label.day}`,
          grow: 1,
          align: 'center' as const,
        };
      }),
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

export function adherenceIntro(s: Styles): Block {
  return text(
    'Tick a box each time you do an exercise (one box per session). Each morning, write down how much ' +
      'your heel hurts on your first steps out of bed: 0 is no pain, 10 is the worst pain you can imagine. ' +
      'Bring this sheet to your next visit.',
    s.body,
  );
}
