// Items in a plan: added as a copy of library content, dosed, noted, reordered, moved between
// phases, removed (and put back by undo).
import { itemContentSchema } from '../../../shared/domain/library';
import type { ItemParameters } from '../../../shared/domain/parameters';
import { itemKindLabels } from '../../../shared/domain/parameters';
import type { Plan } from '../../../shared/domain/plan';
import type { CoreContext } from '../context';
import { AppError, fieldError, notFound } from '../errors';
import { copyContent, libraryItemById } from './library-source';
import { getPlan, writePlan, type PlanRef } from './plan-write';
import {
  insertItem,
  itemIdsInPhase,
  placeItems,
  readItemRow,
  setItemRemoved,
  updateItemRow,
  type ItemRow,
} from './plan-items-repository';
import { phaseIds } from './plan-phases-repository';

/** Enough for any real plan, and a guard against runaway clicks. */
export const MAX_PLAN_ITEMS = 300;

function requirePhaseOf(ctx: CoreContext, planId: string, phaseId: string): void {
  if (!phaseIds(ctx.db, planId).includes(phaseId)) throw notFound('The phase');
}

function requireItem(ctx: CoreContext, planId: string, itemId: string): ItemRow {
  const item = readItemRow(ctx.db, itemId);
  if (!item || item.planId !== planId) throw notFound('The plan item');
  return item;
}

function countItems(ctx: CoreContext, planId: string): number {
  return (
    ctx.db
      .prepare(
        'SELECT count(*) AS n FROM plan_items WHERE plan_id = @planId AND removed_at IS NULL',
      )
      .get({ planId }) as { n: number }
  ).n;
}

export function addItem(
  ctx: CoreContext,
  input: PlanRef & { phaseId: string; libraryItemId: string; index?: number },
): { plan: Plan; itemId: string } {
  const itemId = ctx.newId();
  writePlan(ctx, { ...input, fields: ['items'] }, (row) => {
    requirePhaseOf(ctx, row.id, input.phaseId);
    const source = libraryItemById(ctx.db, input.libraryItemId);
    if (!source) throw notFound('The library item');
    if (source.archived) {
      throw new AppError(
        'VALIDATION',
        `“${source.content.title}” is archived in the library. Restore it there before adding it to a plan.`,
      );
    }
    if (countItems(ctx, row.id) >= MAX_PLAN_ITEMS) {
      throw new AppError('VALIDATION', `A plan can hold at most ${MAX_PLAN_ITEMS} items.`);
    }
    const ids = itemIdsInPhase(ctx.db, input.phaseId);
    insertItem(ctx.db, {
      id: itemId,
      planId: row.id,
      phaseId: input.phaseId,
      position: ids.length,
      content: copyContent(source.content),
      sourceItemId: source.id,
      sourceBuiltInKey: source.builtInKey,
      patientNote: '',
      librarySeenAt: source.updatedAt,
    });
    ids.splice(Math.min(input.index ?? ids.length, ids.length), 0, itemId);
    placeItems(ctx.db, input.phaseId, ids);
  });
  return { plan: getPlan(ctx, input.planId), itemId };
}

export function updateItem(
  ctx: CoreContext,
  input: PlanRef & { itemId: string; dose?: ItemParameters; patientNote?: string },
): Plan {
  const fields = [
    ...(input.dose !== undefined ? ['items.parameters'] : []),
    ...(input.patientNote !== undefined ? ['items.patientNote'] : []),
  ];
  writePlan(ctx, { ...input, fields }, (row) => {
    const item = requireItem(ctx, row.id, input.itemId);
    if (item.removedAt !== null) throw notFound('The plan item');
    const content = itemContentSchema.parse(JSON.parse(item.content));
    if (input.dose !== undefined && input.dose.kind !== content.kind) {
      throw fieldError(
        ['dose', 'kind'],
        `“${content.title}” is ${itemKindLabels[content.kind].toLowerCase()}; it takes ${itemKindLabels[content.kind].toLowerCase()} settings, not ${itemKindLabels[input.dose.kind].toLowerCase()} ones.`,
      );
    }
    const next =
      input.dose === undefined ? content : itemContentSchema.parse({ ...content, ...input.dose });
    updateItemRow(ctx.db, item.id, {
      content: next,
      patientNote: input.patientNote ?? item.patientNote,
    });
  });
  return getPlan(ctx, input.planId);
}

export function moveItem(
  ctx: CoreContext,
  input: PlanRef & { itemId: string; phaseId: string; index: number },
): Plan {
  writePlan(ctx, { ...input, fields: ['items.order'] }, (row) => {
    const item = requireItem(ctx, row.id, input.itemId);
    if (item.removedAt !== null) throw notFound('The plan item');
    requirePhaseOf(ctx, row.id, input.phaseId);
    if (item.phaseId !== input.phaseId) {
      placeItems(
        ctx.db,
        item.phaseId,
        itemIdsInPhase(ctx.db, item.phaseId).filter((id) => id !== item.id),
      );
    }
    const target = itemIdsInPhase(ctx.db, input.phaseId).filter((id) => id !== item.id);
    target.splice(Math.min(input.index, target.length), 0, item.id);
    placeItems(ctx.db, input.phaseId, target);
  });
  return getPlan(ctx, input.planId);
}

export function removeItem(ctx: CoreContext, input: PlanRef & { itemId: string }): Plan {
  writePlan(ctx, { ...input, fields: ['items'] }, (row, now) => {
    const item = requireItem(ctx, row.id, input.itemId);
    if (item.removedAt !== null) return;
    // Keep the removed item's own position: that is where undo puts it back.
    setItemRemoved(ctx.db, item.id, now);
    placeItems(ctx.db, item.phaseId, itemIdsInPhase(ctx.db, item.phaseId));
  });
  return getPlan(ctx, input.planId);
}

export function restoreItem(ctx: CoreContext, input: PlanRef & { itemId: string }): Plan {
  writePlan(ctx, { ...input, fields: ['items'] }, (row) => {
    const item = requireItem(ctx, row.id, input.itemId);
    if (item.removedAt === null) return;
    const phases = phaseIds(ctx.db, row.id);
    // The phase may have been removed since; the item then goes to the first phase.
    const phaseId = phases.includes(item.phaseId) ? item.phaseId : phases[0];
    if (phaseId === undefined) throw notFound('The phase');
    setItemRemoved(ctx.db, item.id, null);
    const ids = itemIdsInPhase(ctx.db, phaseId).filter((id) => id !== item.id);
    ids.splice(Math.min(item.position, ids.length), 0, item.id);
    placeItems(ctx.db, phaseId, ids);
  });
  return getPlan(ctx, input.planId);
}
