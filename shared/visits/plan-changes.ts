// What changed in the plan between the versions in force at two visits, for the timeline: the
// plans diff (shared/plans/plan-diff.ts) told by item title. Moves are not changes of treatment.
import type { PlanVersionSnapshot } from '../domain/plan';
import type { PlanChanges } from '../domain/visit-progress';
import { diffPlanVersions } from '../plans/plan-diff';

export function timelinePlanChanges(
  older: PlanVersionSnapshot,
  newer: PlanVersionSnapshot,
): PlanChanges {
  const diff = diffPlanVersions(older, newer);
  const titles = (items: readonly { title: string }[]) => items.map((item) => item.title);
  return {
    added: titles(diff.added),
    removed: titles(diff.removed),
    changed: titles(diff.changed),
  };
}
