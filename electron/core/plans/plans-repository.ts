// SQL for plans and templates, their phases, items and red flags. Rows leaving here are
// parsed into domain types (a whole plan by `readPlan`).
import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { ItemContent } from '../../../shared/domain/library';
import {
  planSchema,
  planVersionSummarySchema,
  type Goal,
  type Plan,
  type PlanItem,
  type PlanStatus,
  type PlanVersionSummary,
} from '../../../shared/domain/plan';

export const planRowSchema = z.object({
  id: z.string(),
  patient_id: z.string().nullable(),
  title: z.string(),
  condition: z.string(),
  description: z.string(),
  status: z.enum(['draft', 'active', 'completed']),
  goals: z.string(),
  revision: z.number(),
  built_in_key: z.string().nullable(),
  content_version: z.number(),
  archived: z.number(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type PlanRow = z.infer<typeof planRowSchema>;

const itemRowSchema = z.object({
  id: z.string(),
  phase_id: z.string(),
  content: z.string(),
  source_item_id: z.string().nullable(),
  source_built_in_key: z.string().nullable(),
  patient_note: z.string(),
});

const versionRowSchema = z.object({
  id: z.string(),
  plan_id: z.string(),
  version_number: z.number(),
  issued_at: z.string(),
  item_count: z.number(),
  plan_revision: z.number(),
});

export function toVersionSummary(raw: unknown): PlanVersionSummary {
  const row = versionRowSchema.parse(raw);
  return planVersionSummarySchema.parse({
    id: row.id,
    planId: row.plan_id,
    versionNumber: row.version_number,
    issuedAt: row.issued_at,
    itemCount: row.item_count,
  });
}

export function readPlanRow(db: Database.Database, id: string): PlanRow | null {
  const row: unknown = db.prepare('SELECT * FROM plans WHERE id = @id').get({ id });
  return row === undefined ? null : planRowSchema.parse(row);
}

/** The whole plan as the editor shows it: phases in order, items in order inside them. */
export function readPlan(db: Database.Database, id: string): Plan | null {
  const plan = readPlanRow(db, id);
  if (!plan) return null;
  const phases = db
    .prepare('SELECT id, title, description FROM plan_phases WHERE plan_id = @id ORDER BY position')
    .all({ id }) as { id: string; title: string; description: string }[];
  const itemsByPhase = new Map<string, unknown[]>(phases.map((p) => [p.id, []]));
  for (const raw of db
    .prepare(
      `SELECT id, phase_id, content, source_item_id, source_built_in_key, patient_note
       FROM plan_items WHERE plan_id = @id AND removed_at IS NULL ORDER BY position`,
    )
    .all({ id })) {
    const row = itemRowSchema.parse(raw);
    itemsByPhase.get(row.phase_id)?.push({
      ...(JSON.parse(row.content) as object),
      id: row.id,
      phaseId: row.phase_id,
      sourceItemId: row.source_item_id,
      sourceBuiltInKey: row.source_built_in_key,
      patientNote: row.patient_note,
    });
  }
  const redFlags = db
    .prepare(
      `SELECT id, type, note, recorded_at AS recordedAt, acknowledged_at AS acknowledgedAt,
         acknowledgement FROM plan_red_flags WHERE plan_id = @id ORDER BY recorded_at, id`,
    )
    .all({ id });
  const versionRows = db
    .prepare(
      `SELECT id, plan_id, version_number, issued_at, item_count, plan_revision
       FROM plan_versions WHERE plan_id = @id ORDER BY version_number`,
    )
    .all({ id });
  const latest = versionRows.at(-1);
  const issuedRevision = latest === undefined ? 0 : versionRowSchema.parse(latest).plan_revision;
  return planSchema.parse({
    id: plan.id,
    patientId: plan.patient_id,
    title: plan.title,
    condition: plan.condition,
    description: plan.description,
    status: plan.status,
    goals: JSON.parse(plan.goals) as unknown,
    phases: phases.map((p) => ({ ...p, items: itemsByPhase.get(p.id) ?? [] })),
    redFlags,
    revision: plan.revision,
    builtInKey: plan.built_in_key,
    archived: plan.archived === 1,
    versions: versionRows.map(toVersionSummary),
    changedSinceIssue: plan.revision > issuedRevision,
    createdAt: plan.created_at,
    updatedAt: plan.updated_at,
  });
}

export interface NewPlanRow {
  id: string;
  patientId: string | null;
  title: string;
  condition: string;
  description: string;
  status: PlanStatus;
  goals: readonly Goal[];
  builtInKey: string | null;
  contentVersion: number;
  now: string;
}

export function insertPlan(db: Database.Database, row: NewPlanRow): void {
  db.prepare(
    `INSERT INTO plans (id, patient_id, title, condition, description, status, goals, revision,
       built_in_key, content_version, archived, created_at, updated_at)
     VALUES (@id, @patientId, @title, @condition, @description, @status, @goals, 1,
       @builtInKey, @contentVersion, 0, @now, @now)`,
  ).run({ ...row, goals: JSON.stringify(row.goals) });
}

/** Raises the revision if it is still the one the writer saw; false when it moved on. */
export function bumpRevision(
  db: Database.Database,
  id: string,
  expected: number,
  now: string,
): boolean {
  return (
    db
      .prepare(
        `UPDATE plans SET revision = revision + 1, updated_at = @now
         WHERE id = @id AND revision = @expected`,
      )
      .run({ id, expected, now }).changes === 1
  );
}

export function updatePlanFields(
  db: Database.Database,
  id: string,
  fields: { title: string; condition: string; description: string },
): void {
  db.prepare(
    `UPDATE plans SET title = @title, condition = @condition, description = @description
     WHERE id = @id`,
  ).run({ id, ...fields });
}

export function setPlanGoals(db: Database.Database, id: string, goals: readonly Goal[]): void {
  db.prepare('UPDATE plans SET goals = @goals WHERE id = @id').run({
    id,
    goals: JSON.stringify(goals),
  });
}

export function setPlanStatus(db: Database.Database, id: string, status: PlanStatus): void {
  db.prepare('UPDATE plans SET status = @status WHERE id = @id').run({ id, status });
}

export function setPlanArchived(db: Database.Database, id: string, archived: boolean): void {
  db.prepare('UPDATE plans SET archived = @archived WHERE id = @id').run({
    id,
    archived: archived ? 1 : 0,
  });
}

export function activePlanOf(db: Database.Database, patientId: string): PlanRow | null {
  const row: unknown = db
    .prepare(`SELECT * FROM plans WHERE patient_id = @patientId AND status = 'active'`)
    .get({ patientId });
  return row === undefined ? null : planRowSchema.parse(row);
}

// ---------- phases ----------

export function phaseIds(db: Database.Database, planId: string): string[] {
  return (
    db
      .prepare('SELECT id FROM plan_phases WHERE plan_id = @planId ORDER BY position')
      .all({ planId }) as { id: string }[]
  ).map((r) => r.id);
}

export function insertPhase(
  db: Database.Database,
  phase: { id: string; planId: string; position: number; title: string; description: string },
): void {
  db.prepare(
    `INSERT INTO plan_phases (id, plan_id, position, title, description)
     VALUES (@id, @planId, @position, @title, @description)`,
  ).run(phase);
}

export function updatePhaseRow(
  db: Database.Database,
  id: string,
  fields: { title: string; description: string },
): void {
  db.prepare(
    'UPDATE plan_phases SET title = @title, description = @description WHERE id = @id',
  ).run({ id, ...fields });
}

export function renumberPhases(db: Database.Database, ids: readonly string[]): void {
  const update = db.prepare('UPDATE plan_phases SET position = @position WHERE id = @id');
  ids.forEach((id, position) => update.run({ id, position }));
}

export function deletePhase(db: Database.Database, id: string): void {
  // Removed items keep pointing at their phase (for undo); they go with it.
  db.prepare('DELETE FROM plan_items WHERE phase_id = @id AND removed_at IS NOT NULL').run({ id });
  db.prepare('DELETE FROM plan_phases WHERE id = @id').run({ id });
}

// ---------- items ----------

/** The library part of a plan item (what was copied, plus its dose). */
export function contentOf(item: PlanItem): ItemContent {
  const {
    id: _id,
    phaseId: _phaseId,
    sourceItemId: _sourceItemId,
    sourceBuiltInKey: _sourceBuiltInKey,
    patientNote: _patientNote,
    ...content
  } = item;
  return content;
}

export function itemIdsInPhase(db: Database.Database, phaseId: string): string[] {
  return (
    db
      .prepare(
        `SELECT id FROM plan_items WHERE phase_id = @phaseId AND removed_at IS NULL
         ORDER BY position`,
      )
      .all({ phaseId }) as { id: string }[]
  ).map((r) => r.id);
}

export interface ItemRow {
  id: string;
  planId: string;
  phaseId: string;
  position: number;
  kind: string;
  content: string;
  sourceItemId: string | null;
  sourceBuiltInKey: string | null;
  patientNote: string;
  removedAt: string | null;
}

export function readItemRow(db: Database.Database, id: string): ItemRow | null {
  const row = db
    .prepare(
      `SELECT id, plan_id AS planId, phase_id AS phaseId, position, kind, content,
         source_item_id AS sourceItemId, source_built_in_key AS sourceBuiltInKey,
         patient_note AS patientNote, removed_at AS removedAt
       FROM plan_items WHERE id = @id`,
    )
    .get({ id }) as ItemRow | undefined;
  return row ?? null;
}

export function insertItem(
  db: Database.Database,
  item: {
    id: string;
    planId: string;
    phaseId: string;
    position: number;
    content: ItemContent;
    sourceItemId: string | null;
    sourceBuiltInKey: string | null;
    patientNote: string;
  },
): void {
  db.prepare(
    `INSERT INTO plan_items (id, plan_id, phase_id, position, kind, content, source_item_id,
       source_built_in_key, patient_note)
     VALUES (@id, @planId, @phaseId, @position, @kind, @content, @sourceItemId,
       @sourceBuiltInKey, @patientNote)`,
  ).run({ ...item, kind: item.content.kind, content: JSON.stringify(item.content) });
}

export function updateItemRow(
  db: Database.Database,
  id: string,
  fields: { content: ItemContent; patientNote: string },
): void {
  db.prepare(
    'UPDATE plan_items SET content = @content, patient_note = @patientNote WHERE id = @id',
  ).run({ id, content: JSON.stringify(fields.content), patientNote: fields.patientNote });
}

/** Puts the listed items in this phase, in this order. */
export function placeItems(db: Database.Database, phaseId: string, ids: readonly string[]): void {
  const update = db.prepare(
    'UPDATE plan_items SET phase_id = @phaseId, position = @position WHERE id = @id',
  );
  ids.forEach((id, position) => update.run({ id, phaseId, position }));
}

export function setItemRemoved(db: Database.Database, id: string, removedAt: string | null): void {
  db.prepare('UPDATE plan_items SET removed_at = @removedAt WHERE id = @id').run({ id, removedAt });
}

// ---------- red flags ----------

export function insertRedFlag(
  db: Database.Database,
  flag: { id: string; planId: string; type: string; note: string; recordedAt: string },
): void {
  db.prepare(
    `INSERT INTO plan_red_flags (id, plan_id, type, note, recorded_at)
     VALUES (@id, @planId, @type, @note, @recordedAt)`,
  ).run(flag);
}

export function acknowledgeRedFlagRow(
  db: Database.Database,
  id: string,
  acknowledgement: string,
  at: string,
): void {
  db.prepare(
    `UPDATE plan_red_flags SET acknowledged_at = @at, acknowledgement = @acknowledgement
     WHERE id = @id`,
  ).run({ id, acknowledgement, at });
}
