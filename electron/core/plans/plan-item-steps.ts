// Regression and progression of a plan exercise: set in the plan editor, applied from a visit
// when the patient's pain says step back or step on (swap in another library item, or a dose).
import { itemContentSchema, type ItemContent } from '../../../shared/domain/library';
import type {
  ExerciseParameters,
  ExerciseStep,
  StepDirection,
} from '../../../shared/domain/parameters';
import type { Plan } from '../../../shared/domain/plan';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import { patientVisitDate } from '../visits/visit-lookup';
import { copyContent, libraryItemById, libraryItemByKey } from './library-source';
import {
  insertItem,
  itemIdsInPhase,
  placeItems,
  readItemRow,
  setItemRemoved,
  updateItemRow,
  type ItemRow,
} from './plan-items-repository';
import { getPlan, writePlan, type PlanRef } from './plan-write';

const directionWords: Record<StepDirection, { noun: string; verb: string }> = {
  regression: { noun: 'regression', verb: 'regress' },
  progression: { noun: 'progression', verb: 'progress' },
};

function exerciseOf(ctx: CoreContext, planId: string, itemId: string) {
  const row: ItemRow | null = readItemRow(ctx.db, itemId);
  if (!row || row.planId !== planId || row.removedAt !== null) throw notFound('The plan item');
  const content = itemContentSchema.parse(JSON.parse(row.content));
  if (content.kind !== 'exercise') {
    throw new AppError(
      'VALIDATION',
      `“${content.title}” is not an exercise; only exercises have a regression and a progression.`,
    );
  }
  return { row, content, parameters: content.parameters };
}

function withSteps(
  content: ItemContent,
  parameters: ExerciseParameters,
  steps: ExerciseParameters['steps'],
): ItemContent {
  const { steps: _old, ...dose } = parameters;
  const next = steps && (steps.regression || steps.progression) ? { ...dose, steps } : dose;
  return itemContentSchema.parse({ ...content, kind: 'exercise', parameters: next });
}

export function setItemStep(
  ctx: CoreContext,
  input: PlanRef & { itemId: string; direction: StepDirection; step: ExerciseStep | null },
): Plan {
  writePlan(ctx, { ...input, fields: [`items.${input.direction}`] }, (row) => {
    const { row: item, content, parameters } = exerciseOf(ctx, row.id, input.itemId);
    if (input.step?.type === 'item') requireLibraryExercise(ctx, input.step, content.title);
    const steps = { ...parameters.steps, [input.direction]: input.step ?? undefined };
    updateItemRow(ctx.db, item.id, {
      content: withSteps(content, parameters, steps),
      patientNote: item.patientNote,
    });
  });
  return getPlan(ctx, input.planId);
}

function requireLibraryExercise(
  ctx: CoreContext,
  step: Extract<ExerciseStep, { type: 'item' }>,
  fromTitle: string,
) {
  const source =
    (step.libraryItemId !== undefined ? libraryItemById(ctx.db, step.libraryItemId) : null) ??
    (step.builtInKey !== undefined ? libraryItemByKey(ctx.db, step.builtInKey) : null);
  if (!source || source.archived) {
    throw new AppError(
      'VALIDATION',
      `“${step.title}” (linked from “${fromTitle}”) is no longer in the library. Choose another exercise in the plan editor.`,
    );
  }
  if (source.content.kind !== 'exercise') {
    throw new AppError(
      'VALIDATION',
      `“${source.content.title}” is not an exercise; an exercise can only change to another exercise.`,
    );
  }
  return source;
}

export function applyItemStep(
  ctx: CoreContext,
  input: PlanRef & { itemId: string; direction: StepDirection; visitId?: string },
): { plan: Plan; itemId: string } {
  const fields = [
    `items.${input.direction}`,
    ...(input.visitId !== undefined ? [`visit:${input.visitId}`] : []),
  ];
  const itemId = writePlan(ctx, { ...input, fields }, (row, now) => {
    if (input.visitId !== undefined) {
      patientVisitDate(ctx, input.visitId, row.patient_id);
    }
    const { row: item, content, parameters } = exerciseOf(ctx, row.id, input.itemId);
    const step = parameters.steps?.[input.direction];
    const words = directionWords[input.direction];
    if (!step) {
      throw new AppError(
        'VALIDATION',
        `“${content.title}” has no ${words.noun} set. Set one in the plan editor before you ${words.verb} it.`,
      );
    }
    switch (step.type) {
      case 'dose': {
        // The step's dose replaces the current one; the links stay so it can step again.
        const next = { ...step.parameters, steps: parameters.steps };
        updateItemRow(ctx.db, item.id, {
          content: withSteps(content, next, parameters.steps),
          patientNote: item.patientNote,
        });
        return item.id;
      }
      case 'item': {
        const source = requireLibraryExercise(ctx, step, content.title);
        const newId = ctx.newId();
        // The old item is removed (kept, as every removal is) and the new one takes its place.
        const ids = itemIdsInPhase(ctx.db, item.phaseId);
        setItemRemoved(ctx.db, item.id, now);
        insertItem(ctx.db, {
          id: newId,
          planId: row.id,
          phaseId: item.phaseId,
          position: item.position,
          content: copyContent(source.content),
          sourceItemId: source.id,
          sourceBuiltInKey: source.builtInKey,
          patientNote: item.patientNote,
        });
        placeItems(
          ctx.db,
          item.phaseId,
          ids.map((id) => (id === item.id ? newId : id)),
        );
        return newId;
      }
      default: {
        const unreachable: never = step;
        return unreachable;
      }
    }
  });
  return { plan: getPlan(ctx, input.planId), itemId };
}
