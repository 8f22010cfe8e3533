// Templates (protocols): a plan without a patient. A plan can be saved as one, and a plan can
// be started from one; the items then take the library's current wording with the
// template's dose, and a template whose items were archived in the library is refused.
import { itemContentSchema, type ItemContent } from '../../../shared/domain/library';
import {
  templateSummarySchema,
  type Plan,
  type PlanItem,
  type PlanStatus,
  type TemplateSummary,
} from '../../../shared/domain/plan';
import { recordAudit } from '../audit/audit-log';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import { libraryItemById } from './library-source';
import { getPlan } from './plan-write';
import { bumpRevision, insertPlan, readPlan, setPlanArchived } from './plans-repository';
import { contentOf, insertItem } from './plan-items-repository';
import { insertPhase } from './plan-phases-repository';
import { setEntryCriteriaRow } from './plan-progression-repository';

export interface NewPlanBase {
  id: string;
  patientId: string | null;
  title?: string;
  condition?: string;
  description: string;
  status: PlanStatus;
  builtInKey: string | null;
  contentVersion: number;
  now: string;
}

/** The content a plan item starts with: the library's current text, the template's dose. */
function freshContent(ctx: CoreContext, item: PlanItem): ItemContent {
  const copy = contentOf(item);
  const source = item.sourceItemId === null ? null : libraryItemById(ctx.db, item.sourceItemId);
  if (!source || source.content.kind !== item.kind) return copy;
  return itemContentSchema.parse({
    ...source.content,
    kind: item.kind,
    parameters: item.parameters,
  });
}

/** Copies goals, phases and items of `from` into a new plan (inside the caller's transaction). */
function copyPlanInto(
  ctx: CoreContext,
  from: Plan,
  base: NewPlanBase,
  options: { freshFromLibrary: boolean; keepNotes: boolean },
): void {
  insertPlan(ctx.db, {
    ...base,
    title: base.title ?? from.title,
    condition: base.condition ?? from.condition,
    goals: from.goals.map((g) => ({ ...g, id: ctx.newId(), targetDate: null })),
  });
  from.phases.forEach((phase, position) => {
    const phaseId = ctx.newId();
    insertPhase(ctx.db, {
      id: phaseId,
      planId: base.id,
      position,
      title: phase.title,
      description: phase.description,
    });
    // Criteria keep their ids: they are the same criteria in a new plan.
    setEntryCriteriaRow(ctx.db, phaseId, phase.entryCriteria);
    phase.items.forEach((item, itemPosition) => {
      insertItem(ctx.db, {
        id: ctx.newId(),
        planId: base.id,
        phaseId,
        position: itemPosition,
        content: options.freshFromLibrary ? freshContent(ctx, item) : contentOf(item),
        sourceItemId: item.sourceItemId,
        sourceBuiltInKey: item.sourceBuiltInKey,
        patientNote: options.keepNotes ? item.patientNote : '',
      });
    });
  });
}

/** Starts a patient's plan from a template (inside the caller's transaction). */
export function copyTemplateInto(ctx: CoreContext, templateId: string, base: NewPlanBase): void {
  const template = readPlan(ctx.db, templateId);
  if (!template || template.patientId !== null) throw notFound('The template');
  if (template.archived) {
    throw new AppError(
      'VALIDATION',
      `The template “${template.title}” is archived. Restore it to start a plan from it.`,
    );
  }
  const archived = template.phases
    .flatMap((p) => p.items)
    .filter(
      (item) =>
        item.sourceItemId !== null && libraryItemById(ctx.db, item.sourceItemId)?.archived === true,
    )
    .map((item) => `“${item.title}”`);
  if (archived.length > 0) {
    throw new AppError(
      'VALIDATION',
      `The template “${template.title}” uses ${archived.length === 1 ? 'an item' : 'items'} archived in the library: ${archived.join(', ')}. Restore ${archived.length === 1 ? 'it' : 'them'} in the library, or remove ${archived.length === 1 ? 'it' : 'them'} from the template, then start the plan again.`,
    );
  }
  copyPlanInto(ctx, template, base, { freshFromLibrary: true, keepNotes: true });
}

export function saveAsTemplate(
  ctx: CoreContext,
  input: { planId: string; title: string; description: string },
): TemplateSummary {
  const plan = getPlan(ctx, input.planId);
  const id = ctx.newId();
  ctx.db.transaction(() => {
    copyPlanInto(
      ctx,
      plan,
      {
        id,
        patientId: null,
        title: input.title,
        condition: plan.condition,
        description: input.description,
        status: 'draft',
        builtInKey: null,
        contentVersion: 0,
        now: ctx.clock().toISOString(),
      },
      // This patient's notes stay with this patient.
      { freshFromLibrary: false, keepNotes: false },
    );
    recordAudit(ctx.db, ctx.clock, {
      entity: 'plan',
      entityId: id,
      action: 'create',
      fields: ['template'],
    });
  })();
  return templateSummary(ctx, id);
}

const summarySql = `SELECT p.id, p.title, p.condition, p.description, p.built_in_key, p.archived,
    p.updated_at,
    (SELECT count(*) FROM plan_phases f WHERE f.plan_id = p.id) AS phase_count,
    (SELECT count(*) FROM plan_items i WHERE i.plan_id = p.id AND i.removed_at IS NULL) AS item_count
  FROM plans p WHERE p.patient_id IS NULL`;

interface SummaryRow {
  id: string;
  title: string;
  condition: string;
  description: string;
  built_in_key: string | null;
  archived: number;
  updated_at: string;
  phase_count: number;
  item_count: number;
}

const toTemplateSummary = (r: SummaryRow): TemplateSummary =>
  templateSummarySchema.parse({
    id: r.id,
    title: r.title,
    condition: r.condition,
    description: r.description,
    builtInKey: r.built_in_key,
    phaseCount: r.phase_count,
    itemCount: r.item_count,
    archived: r.archived === 1,
    updatedAt: r.updated_at,
  });

export function templateSummary(ctx: CoreContext, id: string): TemplateSummary {
  const row = ctx.db.prepare(`${summarySql} AND p.id = @id`).get({ id }) as SummaryRow | undefined;
  if (!row) throw notFound('The template');
  return toTemplateSummary(row);
}

export function listTemplates(ctx: CoreContext, includeArchived: boolean): TemplateSummary[] {
  return (
    ctx.db
      .prepare(
        `${summarySql} AND (@includeArchived OR p.archived = 0)
         ORDER BY p.built_in_key IS NULL, p.title COLLATE NOCASE`,
      )
      .all({ includeArchived: includeArchived ? 1 : 0 }) as SummaryRow[]
  ).map(toTemplateSummary);
}

export function setTemplateArchived(
  ctx: CoreContext,
  templateId: string,
  archived: boolean,
): TemplateSummary {
  const before = templateSummary(ctx, templateId);
  if (before.archived !== archived) {
    ctx.db.transaction(() => {
      const revision = readPlan(ctx.db, templateId)?.revision ?? 1;
      bumpRevision(ctx.db, templateId, revision, ctx.clock().toISOString());
      setPlanArchived(ctx.db, templateId, archived);
      recordAudit(ctx.db, ctx.clock, {
        entity: 'plan',
        entityId: templateId,
        action: archived ? 'archive' : 'restore',
        fields: ['template'],
      });
    })();
  }
  return templateSummary(ctx, templateId);
}
