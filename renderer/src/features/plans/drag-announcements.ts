// What a screen reader says while an item is dragged on the plan board, in the clinic's words
// and the screens' language ("Heel raise moved to position 2 of Phase 1") instead of dnd-kit's
// internal ids.
import type { Plan } from '../../../../shared/domain/plan';
import type { Translate } from '../../../../shared/i18n';
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

function titleOf(plan: Plan, data: DragData, t: Translate): string {
  if (data.type === 'item' && data.itemId) {
    return findItem(plan, data.itemId)?.item.title ?? t('plans:drag.theItem');
  }
  return data.title ?? t('plans:drag.theItem');
}

/** "position 2 of Phase 1" for where the dragged item would land, or null over nothing. */
export function placeWords(plan: Plan, over: DragData, t: Translate): string | null {
  if (over.type === 'item' && over.itemId) {
    const place = findItem(plan, over.itemId);
    const phase = place ? plan.phases[place.phaseIndex] : undefined;
    return place && phase
      ? t('plans:drag.place', { position: place.index + 1, phase: phase.title })
      : null;
  }
  const phase = plan.phases.find((p) => p.id === over.phaseId);
  return phase
    ? t('plans:drag.place', { position: phase.items.length + 1, phase: phase.title })
    : null;
}

export function dragAnnouncements(plan: Plan, t: Translate): DragAnnouncements {
  const words = (active: Dragged, over: Dragged | null) => ({
    title: titleOf(plan, dataOf(active.data.current), t),
    place: over ? placeWords(plan, dataOf(over.data.current), t) : null,
  });
  return {
    onDragStart: ({ active }) =>
      t('plans:drag.start', { title: titleOf(plan, dataOf(active.data.current), t) }),
    onDragOver: ({ active, over }) => {
      const { title, place } = words(active, over);
      return place ? t('plans:drag.over', { title, place }) : t('plans:drag.notOver', { title });
    },
    onDragEnd: ({ active, over }) => {
      const { title, place } = words(active, over);
      if (!place) return t('plans:drag.outside', { title });
      return dataOf(active.data.current).type === 'library'
        ? t('plans:drag.added', { title, place })
        : t('plans:drag.moved', { title, place });
    },
    onDragCancel: ({ active }) =>
      t('plans:drag.cancel', { title: titleOf(plan, dataOf(active.data.current), t) }),
  };
}
