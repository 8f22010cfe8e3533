// What a screen reader says while an item is dragged on the plan board, in the clinic's words
// ("Heel raise moved to position 2 of Phase 1") instead of dnd-kit's internal ids.
import type { Plan } from '../../../../shared/domain/plan';
import { findItem } from './plan-moves';

export interface DragData {
  type?: 'item' | 'phase' | 'library';
  itemId?: string;
  phaseId?: string;
  libraryItemId?: string;
  title?: string;
}

/** What dnd-kit passes about the dragged item and the place under it (only its data is read). */
interface Dragged {
  data: { current?: unknown };
}
interface DragMoment {
  active: Dragged;
  over: Dragged | null;
}

/** dnd-kit's announcements, typed by what they read so the words can be tested on their own. */
export interface DragAnnouncements {
  onDragStart(moment: { active: Dragged }): string;
  onDragOver(moment: DragMoment): string;
  onDragEnd(moment: DragMoment): string;
  onDragCancel(moment: DragMoment): string;
}

export const dataOf = (value: unknown): DragData => (value ?? {}) as DragData;

function titleOf(plan: Plan, data: DragData): string {
  if (data.type === 'item' && data.itemId) {
    return findItem(plan, data.itemId)?.item.title ?? 'The item';
  }
  return data.title ?? 'The item';
}

/** "position 2 of Phase 1" for where the dragged item would land, or null over nothing. */
export function placeWords(plan: Plan, over: DragData): string | null {
  if (over.type === 'item' && over.itemId) {
    const place = findItem(plan, over.itemId);
    const phase = place ? plan.phases[place.phaseIndex] : undefined;
    return place && phase ? `position ${place.index + 1} of ${phase.title}` : null;
  }
  const phase = plan.phases.find((p) => p.id === over.phaseId);
  return phase ? `position ${phase.items.length + 1} of ${phase.title}` : null;
}

export function dragAnnouncements(plan: Plan): DragAnnouncements {
  const words = (active: Dragged, over: Dragged | null) => ({
    title: titleOf(plan, dataOf(active.data.current)),
    place: over ? placeWords(plan, dataOf(over.data.current)) : null,
  });
  return {
    onDragStart: ({ active }) => `Picked up ${titleOf(plan, dataOf(active.data.current))}.`,
    onDragOver: ({ active, over }) => {
      const { title, place } = words(active, over);
      return place ? `${title} is over ${place}.` : `${title} is not over a phase.`;
    },
    onDragEnd: ({ active, over }) => {
      const { title, place } = words(active, over);
      const verb = dataOf(active.data.current).type === 'library' ? 'added at' : 'moved to';
      return place
        ? `${title} ${verb} ${place}.`
        : `${title} was dropped outside the plan; nothing changed.`;
    },
    onDragCancel: ({ active }) =>
      `Moving ${titleOf(plan, dataOf(active.data.current))} was cancelled; it stays where it was.`,
  };
}
