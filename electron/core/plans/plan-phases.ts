// A plan's phases: add, rename, reorder and remove (only when empty; a plan keeps at least one).
import type { Plan } from '../../../shared/domain/plan';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import { itemIdsInPhase } from './plan-items-repository';
import {
  deletePhase,
  insertPhase,
  phaseIds,
  renumberPhases,
  updatePhaseRow,
} from './plan-phases-repository';
import { getPlan, writePlan, type PlanRef } from './plan-write';

function requirePhase(ctx: CoreContext, planId: string, phaseId: string): string[] {
  const ids = phaseIds(ctx.db, planId);
  if (!ids.includes(phaseId)) throw notFound('The phase');
  return ids;
}

export function addPhase(
  ctx: CoreContext,
  input: PlanRef & { title: string; description: string; index?: number },
): Plan {
  writePlan(ctx, { ...input, fields: ['phases'] }, (row) => {
    const ids = phaseIds(ctx.db, row.id);
    if (ids.length >= 12)
      throw new AppError(
        'VALIDATION',
        'A plan can have at most 12 phases. Put the new items in an existing phase, or remove one first.',
      );
    const id = ctx.newId();
    insertPhase(ctx.db, {
      id,
      planId: row.id,
      position: ids.length,
      title: input.title,
      description: input.description,
    });
    ids.splice(Math.min(input.index ?? ids.length, ids.length), 0, id);
    renumberPhases(ctx.db, ids);
  });
  return getPlan(ctx, input.planId);
}

export function updatePhase(
  ctx: CoreContext,
  input: PlanRef & { phaseId: string; title: string; description: string },
): Plan {
  writePlan(ctx, { ...input, fields: ['phases'] }, (row) => {
    requirePhase(ctx, row.id, input.phaseId);
    updatePhaseRow(ctx.db, input.phaseId, { title: input.title, description: input.description });
  });
  return getPlan(ctx, input.planId);
}

export function movePhase(
  ctx: CoreContext,
  input: PlanRef & { phaseId: string; index: number },
): Plan {
  writePlan(ctx, { ...input, fields: ['phases'] }, (row) => {
    const ids = requirePhase(ctx, row.id, input.phaseId).filter((id) => id !== input.phaseId);
    ids.splice(Math.min(input.index, ids.length), 0, input.phaseId);
    renumberPhases(ctx.db, ids);
  });
  return getPlan(ctx, input.planId);
}

export function removePhase(ctx: CoreContext, input: PlanRef & { phaseId: string }): Plan {
  writePlan(ctx, { ...input, fields: ['phases'] }, (row) => {
    const ids = requirePhase(ctx, row.id, input.phaseId);
    if (ids.length === 1) throw new AppError('VALIDATION', 'A plan needs at least one phase.');
    const items = itemIdsInPhase(ctx.db, input.phaseId).length;
    if (items > 0) {
      throw new AppError(
        'VALIDATION',
        `This phase still has ${items === 1 ? '1 item' : `${items} items`}. Move or remove them first.`,
      );
    }
    deletePhase(ctx.db, input.phaseId);
    renumberPhases(
      ctx.db,
      ids.filter((id) => id !== input.phaseId),
    );
  });
  return getPlan(ctx, input.planId);
}
