// Pure helpers for moving items in the editor: where an item is, where Alt+Up/Down takes it,
// and the plan as it will look after a move (shown at once, before the core confirms).
import type { Plan, PlanItem } from '../../../../shared/domain/plan';

export interface ItemPlace {
  phaseIndex: number;
  phaseId: string;
  index: number;
  item: PlanItem;
}

export function findItem(plan: Plan, itemId: string): ItemPlace | null {
  for (const [phaseIndex, phase] of plan.phases.entries()) {
    const index = phase.items.findIndex((i) => i.id === itemId);
    const item = phase.items[index];
    if (item) return { phaseIndex, phaseId: phase.id, index, item };
  }
  return null;
}

/**
 * One step up or down. At the top of a phase, up goes to the end of the phase before; at the
 * bottom, down goes to the start of the next. Null when there is nowhere to go.
 */
export function stepTarget(
  plan: Plan,
  itemId: string,
  direction: -1 | 1,
): { phaseId: string; index: number } | null {
  const place = findItem(plan, itemId);
  if (!place) return null;
  const phase = plan.phases[place.phaseIndex];
  if (!phase) return null;
  const index = place.index + direction;
  if (index >= 0 && index < phase.items.length) return { phaseId: phase.id, index };
  const next = plan.phases[place.phaseIndex + direction];
  if (!next) return null;
  return { phaseId: next.id, index: direction === -1 ? next.items.length : 0 };
}

/** The plan with one item moved to `index` of `phaseId` (index counted without the item). */
export function moveItemLocally(plan: Plan, itemId: string, phaseId: string, index: number): Plan {
  const place = findItem(plan, itemId);
  if (!place) return plan;
  const moved = { ...place.item, phaseId };
  const phases = plan.phases.map((p) => ({ ...p, items: p.items.filter((i) => i.id !== itemId) }));
  const target = phases.find((p) => p.id === phaseId);
  if (!target) return plan;
  target.items.splice(Math.min(index, target.items.length), 0, moved);
  return { ...plan, phases };
}
