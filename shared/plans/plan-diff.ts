// What changed between two issued versions of one plan: items added, removed, moved (to
// another phase or to another place in the order) and dose changes ("Heel drops: 3×15 → 3×20").
// Items and phases are matched by id, which a plan keeps across its versions.
import { z } from 'zod';
import { idSchema } from '../domain/common';
import type { PlanItem, PlanVersionSnapshot } from '../domain/plan';
import { redFlagTypes } from '../domain/plan';
import { stableStringify } from '../stable-json';
import {
  contentChanges,
  fieldChangeSchema,
  isContentChange,
  type FieldChange,
} from './content-diff';
import { doseParts, shortDoseText } from './dose-text';

export type { FieldChange };

const itemRefSchema = z.object({ itemId: idSchema, title: z.string(), summary: z.string() });

export const planDiffSchema = z.object({
  fromVersion: z.int().positive(),
  toVersion: z.int().positive(),
  added: z.array(itemRefSchema.extend({ phaseTitle: z.string(), dose: z.string() })),
  removed: z.array(itemRefSchema.extend({ phaseTitle: z.string(), dose: z.string() })),
  moved: z.array(
    itemRefSchema.extend({
      fromPhaseTitle: z.string(),
      toPhaseTitle: z.string(),
      /** 1-based places within the phase. */
      fromPosition: z.int().positive(),
      toPosition: z.int().positive(),
    }),
  ),
  changed: z.array(
    itemRefSchema.extend({ phaseTitle: z.string(), changes: z.array(fieldChangeSchema) }),
  ),
  /** Title, condition, goals, phases and red flags, one sentence each. */
  planChanges: z.array(z.string()),
});
export type PlanDiff = z.infer<typeof planDiffSchema>;

type Snapshot = Pick<
  PlanVersionSnapshot,
  'versionNumber' | 'title' | 'condition' | 'goals' | 'phases' | 'redFlags'
>;

interface Placed {
  item: PlanItem;
  phaseId: string;
  phaseTitle: string;
  position: number;
}

function placeItems(snapshot: Snapshot): Map<string, Placed> {
  const placed = new Map<string, Placed>();
  for (const phase of snapshot.phases) {
    phase.items.forEach((item, index) => {
      placed.set(item.id, {
        item,
        phaseId: phase.id,
        phaseTitle: phase.title,
        position: index + 1,
      });
    });
  }
  return placed;
}

function describeChange(c: FieldChange): string {
  if (c.before === null) return `${c.after ?? c.label} added`;
  if (c.after === null) return `${c.before} removed`;
  return `${c.before} → ${c.after}`;
}

/** Field-by-field dose, note and content changes of one item between two versions. */
export function itemChanges(before: PlanItem, after: PlanItem): FieldChange[] {
  const changes: FieldChange[] = [];
  // The diff is written by the core in English, like its other messages this round.
  const beforeParts = doseParts(before, 'en');
  const afterParts = doseParts(after, 'en');
  const afterByKey = new Map(afterParts.map((p) => [p.key, p]));
  const beforeKeys = new Set(beforeParts.map((p) => p.key));
  for (const b of beforeParts) {
    const a = afterByKey.get(b.key);
    if (!a) changes.push({ key: b.key, label: b.label, before: b.short, after: null });
    else if (a.short !== b.short)
      changes.push({ key: b.key, label: b.label, before: b.short, after: a.short });
  }
  for (const a of afterParts) {
    if (!beforeKeys.has(a.key))
      changes.push({ key: a.key, label: a.label, before: null, after: a.short });
  }
  if (before.kind === 'exercise' && after.kind === 'exercise') {
    const was = before.parameters.progression ?? null;
    const now = after.parameters.progression ?? null;
    if (was !== now)
      changes.push({ key: 'progression', label: 'progression note', before: was, after: now });
  }
  // Anything the dose line does not show (rare: e.g. a device setting with no text) still counts;
  // the order the settings were saved in does not.
  if (
    changes.length === 0 &&
    stableStringify(before.parameters) !== stableStringify(after.parameters)
  ) {
    changes.push({
      key: 'parameters',
      label: 'settings',
      before: 'previous settings',
      after: 'new settings',
    });
  }
  if (before.patientNote !== after.patientNote) {
    changes.push({
      key: 'note',
      label: 'note',
      before: before.patientNote || null,
      after: after.patientNote || null,
    });
  }
  // Content taken from the library since (photos, video, steps) is a difference too.
  changes.push(...contentChanges(before, after));
  return changes;
}

export function changeSummary(title: string, changes: readonly FieldChange[]): string {
  const parts = changes.map((c) =>
    c.key === 'note'
      ? 'note changed'
      : isContentChange(c)
        ? `${c.label}: ${describeChange(c)}`
        : describeChange(c),
  );
  return `${title}: ${parts.join(', ')}`;
}

/** Longest common subsequence of two id lists; the ids outside it are the ones that moved. */
function stableIds(a: readonly string[], b: readonly string[]): Set<string> {
  const n = a.length;
  const m = b.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    const row = table[i] as number[];
    const next = table[i + 1] as number[];
    for (let j = m - 1; j >= 0; j--) {
      row[j] =
        a[i] === b[j]
          ? (next[j + 1] as number) + 1
          : Math.max(next[j] as number, row[j + 1] as number);
    }
  }
  const keep = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      keep.add(a[i] as string);
      i++;
      j++;
    } else if ((table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0)) i++;
    else j++;
  }
  return keep;
}

function planLevelChanges(from: Snapshot, to: Snapshot): string[] {
  const out: string[] = [];
  if (from.title !== to.title) out.push(`Title: ${from.title} → ${to.title}`);
  if (from.condition !== to.condition)
    out.push(`Condition: ${from.condition || 'none'} → ${to.condition || 'none'}`);

  const fromPhases = new Map(from.phases.map((p) => [p.id, p]));
  const toPhaseIds = new Set(to.phases.map((p) => p.id));
  for (const p of to.phases) {
    const was = fromPhases.get(p.id);
    if (!was) out.push(`Phase added: ${p.title}`);
    else if (was.title !== p.title) out.push(`Phase renamed: ${was.title} → ${p.title}`);
  }
  for (const p of from.phases) if (!toPhaseIds.has(p.id)) out.push(`Phase removed: ${p.title}`);

  const fromGoals = new Map(from.goals.map((g) => [g.id, g]));
  const toGoalIds = new Set(to.goals.map((g) => g.id));
  for (const g of to.goals) {
    const was = fromGoals.get(g.id);
    if (!was) out.push(`Goal added: ${g.description}`);
    else if (
      was.description !== g.description ||
      was.target !== g.target ||
      was.targetDate !== g.targetDate
    )
      out.push(`Goal changed: ${g.description}`);
  }
  for (const g of from.goals) if (!toGoalIds.has(g.id)) out.push(`Goal removed: ${g.description}`);

  const fromFlags = new Map(from.redFlags.map((f) => [f.id, f]));
  for (const f of to.redFlags) {
    const was = fromFlags.get(f.id);
    if (!was) out.push(`Red flag recorded: ${redFlagTypes[f.type]}`);
    if (f.acknowledgedAt && !was?.acknowledgedAt)
      out.push(`Red flag acknowledged: ${redFlagTypes[f.type]}`);
  }
  return out;
}

/** Differences from one version to a later (or any other) version of the same plan. */
export function diffPlanVersions(from: Snapshot, to: Snapshot): PlanDiff {
  const before = placeItems(from);
  const after = placeItems(to);
  const diff: PlanDiff = {
    fromVersion: from.versionNumber,
    toVersion: to.versionNumber,
    added: [],
    removed: [],
    moved: [],
    changed: [],
    planChanges: planLevelChanges(from, to),
  };

  for (const [id, b] of before) {
    if (after.has(id)) continue;
    const dose = shortDoseText(b.item, 'en');
    diff.removed.push({
      itemId: id,
      title: b.item.title,
      phaseTitle: b.phaseTitle,
      dose,
      summary: `Removed: ${b.item.title} (${b.phaseTitle})`,
    });
  }

  // Within a phase, only items whose order relative to the others changed count as moved,
  // so removing or adding an item does not make everything after it look moved.
  const stayedInPhase = new Set<string>();
  for (const phase of to.phases) {
    const inBoth = (ids: string[], placed: Map<string, Placed>) =>
      ids.filter((id) => placed.get(id)?.phaseId === phase.id);
    const fromOrder = inBoth(
      (from.phases.find((p) => p.id === phase.id)?.items ?? []).map((i) => i.id),
      after,
    );
    const toOrder = inBoth(
      phase.items.map((i) => i.id),
      before,
    );
    for (const id of stableIds(fromOrder, toOrder)) stayedInPhase.add(id);
  }

  for (const phase of to.phases) {
    for (const item of phase.items) {
      const b = before.get(item.id);
      const a = after.get(item.id);
      if (!a) continue;
      if (!b) {
        diff.added.push({
          itemId: item.id,
          title: item.title,
          phaseTitle: a.phaseTitle,
          dose: shortDoseText(item, 'en'),
          summary: `Added: ${item.title} (${a.phaseTitle})`,
        });
        continue;
      }
      if (b.phaseId !== a.phaseId || !stayedInPhase.has(item.id)) {
        diff.moved.push({
          itemId: item.id,
          title: item.title,
          fromPhaseTitle: b.phaseTitle,
          toPhaseTitle: a.phaseTitle,
          fromPosition: b.position,
          toPosition: a.position,
          summary:
            b.phaseId !== a.phaseId
              ? `Moved: ${item.title} from ${b.phaseTitle} to ${a.phaseTitle}`
              : `Moved: ${item.title} from place ${b.position} to place ${a.position} in ${a.phaseTitle}`,
        });
      }
      const changes = itemChanges(b.item, item);
      if (changes.length > 0) {
        diff.changed.push({
          itemId: item.id,
          title: item.title,
          phaseTitle: a.phaseTitle,
          changes,
          summary: changeSummary(item.title, changes),
        });
      }
    }
  }
  return diff;
}

export function isEmptyDiff(diff: PlanDiff): boolean {
  return (
    diff.added.length === 0 &&
    diff.removed.length === 0 &&
    diff.moved.length === 0 &&
    diff.changed.length === 0 &&
    diff.planChanges.length === 0
  );
}
