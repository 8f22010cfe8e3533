// What changed in the plan between the versions in force at two visits, for the timeline.
import type { PlanItem, PlanVersionSnapshot } from '../domain/plan';

export interface PlanChanges {
  added: string[];
  removed: string[];
  /** Items kept whose dose or content changed. */
  changed: string[];
}

function itemsById(snapshot: PlanVersionSnapshot): Map<string, PlanItem> {
  const items = new Map<string, PlanItem>();
  for (const phase of snapshot.phases) for (const item of phase.items) items.set(item.id, item);
  return items;
}

/** Key order must not matter when comparing two saved copies of the same item. */
function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The item without its place in the plan: moving it between phases is not a change of dose. */
function fingerprint(item: PlanItem): string {
  const { phaseId: _phaseId, ...rest } = item;
  return stableStringify(rest);
}

export function diffPlanVersions(
  older: PlanVersionSnapshot,
  newer: PlanVersionSnapshot,
): PlanChanges {
  const before = itemsById(older);
  const after = itemsById(newer);
  const changes: PlanChanges = { added: [], removed: [], changed: [] };
  for (const [id, item] of after) {
    const previous = before.get(id);
    if (!previous) changes.added.push(item.title);
    else if (fingerprint(previous) !== fingerprint(item)) changes.changed.push(item.title);
  }
  for (const [id, item] of before) if (!after.has(id)) changes.removed.push(item.title);
  return changes;
}
