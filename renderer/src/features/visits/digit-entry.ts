// Keyboard entry of scores copied from a paper form: type the digit and the cursor moves on.
// Scales up to 9 take one key; 0–10 scales wait after a "1" in case a "0" follows ("10").
import type { KeyboardEvent } from 'react';

export type CellValue = number | 'na' | null;

export function cellText(value: CellValue): string {
  return value === null ? '' : value === 'na' ? 'N/A' : String(value);
}

/** What the typed text means, and whether the entry is finished (time to move on). */
export function readTyped(
  text: string,
  max: number,
  allowNa: boolean,
): { value: CellValue; complete: boolean; carry: string } | undefined {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '') return { value: null, complete: false, carry: '' };
  if (
    allowNa &&
    (trimmed === 'n' || trimmed === 'na' || trimmed === 'n/a' || trimmed.endsWith('n'))
  ) {
    return { value: 'na', complete: true, carry: '' };
  }
  if (!/^\d+$/.test(trimmed)) return undefined;
  const number = Number(trimmed);
  if (number <= max) {
    const waitsForMore = max >= 10 && trimmed === '1';
    return { value: number, complete: !waitsForMore, carry: '' };
  }
  // "1" then "5" on a 0–10 scale: the 1 was this item, the 5 starts the next.
  if (trimmed.length > 1) {
    const first = Number(trimmed.slice(0, -1));
    if (first <= max) return { value: first, complete: true, carry: trimmed.slice(-1) };
  }
  return undefined;
}

/** Moves focus to the next or previous entry cell of the same group. */
export function focusSibling(from: HTMLElement, step: 1 | -1): HTMLInputElement | undefined {
  const group = from.dataset['entryGroup'];
  if (!group) return undefined;
  const cells = [
    ...document.querySelectorAll<HTMLInputElement>(`input[data-entry-group="${group}"]`),
  ];
  const next = cells[cells.indexOf(from as HTMLInputElement) + step];
  next?.focus();
  next?.select();
  return next;
}

/** Arrow keys and Enter move between cells, like a spreadsheet column. */
export function entryKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
  if (event.key === 'ArrowDown' || event.key === 'Enter') {
    event.preventDefault();
    focusSibling(event.currentTarget, 1);
  } else if (event.key === 'ArrowUp') {
    event.preventDefault();
    focusSibling(event.currentTarget, -1);
  }
}
