// Library edits reaching a plan: a plan item keeps the copy it was given, so when its library
// item changes since (text, steps, photos, video, cautions) the plan editor lists what changed
// and the clinician updates the item or keeps it as it is. Updating takes the library's content
// and keeps this plan's own dose, side and patient note; either answer is remembered until the
// library item changes again.
import { itemContentSchema } from '../../../shared/domain/library';
import type { Plan } from '../../../shared/domain/plan';
import { contentChanges, type LibraryChange } from '../../../shared/plans/content-diff';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import { libraryItemById, type LibrarySourceItem } from './library-source';
import {
  librarySeenAt,
  readItemRow,
  setLibrarySeenAt,
  updateItemRow,
} from './plan-items-repository';
import { getPlan, writePlan, type PlanRef } from './plan-write';

/** The library item's changes since this plan item took its copy, or none to show. */
function pendingChange(
  ctx: CoreContext,
  itemId: string,
  itemContent: Parameters<typeof contentChanges>[0],
  source: LibrarySourceItem | null,
): LibraryChange['changes'] {
  if (!source || source.archived) return [];
  const seenAt = librarySeenAt(ctx.db, itemId);
  if (seenAt !== null && source.updatedAt <= seenAt) return [];
  return contentChanges(itemContent, source.content);
}

export function libraryChanges(ctx: CoreContext, planId: string): LibraryChange[] {
  const plan = getPlan(ctx, planId);
  const out: LibraryChange[] = [];
  for (const phase of plan.phases) {
    for (const item of phase.items) {
      if (item.sourceItemId === null) continue;
      const source = libraryItemById(ctx.db, item.sourceItemId);
      const changes = pendingChange(ctx, item.id, item, source);
      if (changes.length > 0) out.push({ itemId: item.id, title: item.title, changes });
    }
  }
  return out;
}

function sourceOf(ctx: CoreContext, planId: string, itemId: string) {
  const row = readItemRow(ctx.db, itemId);
  if (!row || row.planId !== planId || row.removedAt !== null) throw notFound('The plan item');
  const source = row.sourceItemId === null ? null : libraryItemById(ctx.db, row.sourceItemId);
  if (!source) {
    throw new AppError(
      'VALIDATION',
      'This item is no longer in the library, so there is nothing to update it from.',
    );
  }
  return { row, source };
}

/** Takes the library item's current content; the plan's dose, side and patient note stay. */
export function updateItemFromLibrary(ctx: CoreContext, input: PlanRef & { itemId: string }): Plan {
  writePlan(ctx, { ...input, fields: ['items.content'] }, (plan) => {
    const { row, source } = sourceOf(ctx, plan.id, input.itemId);
    const current = itemContentSchema.parse(JSON.parse(row.content));
    const { kind: _kind, parameters: _parameters, ...libraryText } = source.content;
    const next = itemContentSchema.parse({ ...current, ...libraryText });
    updateItemRow(ctx.db, row.id, { content: next, patientNote: row.patientNote });
    setLibrarySeenAt(ctx.db, row.id, source.updatedAt);
  });
  return getPlan(ctx, input.planId);
}

/** Keeps the plan item as it is; offered again only when the library item changes again. */
export function keepItemContent(ctx: CoreContext, input: PlanRef & { itemId: string }): Plan {
  writePlan(ctx, { ...input, fields: ['items.librarySync'] }, (plan) => {
    const { row, source } = sourceOf(ctx, plan.id, input.itemId);
    setLibrarySeenAt(ctx.db, row.id, source.updatedAt);
  });
  return getPlan(ctx, input.planId);
}
