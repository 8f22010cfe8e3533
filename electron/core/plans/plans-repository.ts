// SQL for plans and templates (plans, plan_red_flags; migrations 0003, 0005), and the whole plan read
// in one go (`readPlan`). Phases and items have their own repositories.
import type Database from 'better-sqlite3';
import { z } from 'zod';
import {
  planSchema,
  redFlagSchema,
  type Goal,
  type Plan,
  type PlanStatus,
  type RedFlag,
} from '../../../shared/domain/plan';
import { readPhaseDecisions } from './plan-progression-repository';
import { readVersionHistory } from './plan-versions-repository';
import { UnreadableRows } from '../read-around';

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
  current_phase_id: z.string().nullable(),
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

export function readPlanRow(db: Database.Database, id: string): PlanRow | null {
  const row: unknown = db.prepare('SELECT * FROM plans WHERE id = @id').get({ id });
  return row === undefined ? null : planRowSchema.parse(row);
}

/** The whole plan as the editor shows it: phases in order, items in order inside them. */
export function readPlan(db: Database.Database, id: string): Plan | null {
  const plan = readPlanRow(db, id);
  if (!plan) return null;
  const phases = (
    db
      .prepare(
        `SELECT id, title, description, entry_criteria FROM plan_phases WHERE plan_id = @id
         ORDER BY position`,
      )
      .all({ id }) as { id: string; title: string; description: string; entry_criteria: string }[]
  ).map(({ entry_criteria, ...phase }) => ({
    ...phase,
    entryCriteria: JSON.parse(entry_criteria) as unknown,
  }));
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
  const redFlags = readRedFlagRows(db, id);
  const { versions, issuedRevision } = readVersionHistory(db, id);
  return planSchema.parse({
    id: plan.id,
    patientId: plan.patient_id,
    title: plan.title,
    condition: plan.condition,
    description: plan.description,
    status: plan.status,
    goals: JSON.parse(plan.goals) as unknown,
    phases: phases.map((p) => ({ ...p, items: itemsByPhase.get(p.id) ?? [] })),
    // A current phase that was removed (or never set) falls back to the first.
    currentPhaseId: phases.some((p) => p.id === plan.current_phase_id)
      ? plan.current_phase_id
      : phases[0]?.id,
    phaseDecisions: readPhaseDecisions(db, id),
    redFlags,
    revision: plan.revision,
    builtInKey: plan.built_in_key,
    archived: plan.archived === 1,
    versions,
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

const planListRowSchema = planRowSchema
  .pick({ id: true, title: true, condition: true, status: true, archived: true, updated_at: true })
  .extend({ patient_id: z.string(), item_count: z.number() });

/** A patient's plans for their list: active first, then drafts, then the rest, newest first. */
export function listPatientPlanRows(
  db: Database.Database,
  patientId: string,
  includeArchived: boolean,
  unreadable = new UnreadableRows(['plan record', 'plan records']),
): z.infer<typeof planListRowSchema>[] {
  return db
    .prepare(
      `SELECT p.id, p.patient_id, p.title, p.condition, p.status, p.archived, p.updated_at,
         (SELECT count(*) FROM plan_items i WHERE i.plan_id = p.id AND i.removed_at IS NULL)
           AS item_count
       FROM plans p WHERE p.patient_id = @patientId AND (@includeArchived OR p.archived = 0)
       ORDER BY CASE p.status WHEN 'active' THEN 0 WHEN 'draft' THEN 1 ELSE 2 END,
         p.updated_at DESC`,
    )
    .all({ patientId, includeArchived: includeArchived ? 1 : 0 })
    .flatMap(unreadable.keep((raw) => planListRowSchema.parse(raw)));
}

export function activePlanOf(db: Database.Database, patientId: string): PlanRow | null {
  const row: unknown = db
    .prepare(`SELECT * FROM plans WHERE patient_id = @patientId AND status = 'active'`)
    .get({ patientId });
  return row === undefined ? null : planRowSchema.parse(row);
}

/** A plan's red flags as they stand now, oldest first (rows, parsed by the caller's schema). */
function readRedFlagRows(db: Database.Database, planId: string): unknown[] {
  return db
    .prepare(
      `SELECT id, type, note, recorded_at AS recordedAt, acknowledged_at AS acknowledgedAt,
         acknowledgement, decision, visit_id AS visitId
       FROM plan_red_flags WHERE plan_id = @planId ORDER BY recorded_at, id`,
    )
    .all({ planId });
}

/** The red flags of a plan now (not as frozen in a version): what the print gate asks. */
export function readRedFlags(db: Database.Database, planId: string): RedFlag[] {
  return readRedFlagRows(db, planId).map((row) => redFlagSchema.parse(row));
}

export function insertRedFlag(
  db: Database.Database,
  flag: {
    id: string;
    planId: string;
    type: string;
    note: string;
    recordedAt: string;
    visitId: string | null;
  },
): void {
  db.prepare(
    `INSERT INTO plan_red_flags (id, plan_id, type, note, recorded_at, visit_id)
     VALUES (@id, @planId, @type, @note, @recordedAt, @visitId)`,
  ).run(flag);
}

/** Records (or changes) the clinician's decision on a flag. */
export function decideRedFlagRow(
  db: Database.Database,
  flag: { id: string; decision: string; acknowledgement: string; at: string },
): void {
  db.prepare(
    `UPDATE plan_red_flags SET acknowledged_at = @at, acknowledgement = @acknowledgement,
       decision = @decision
     WHERE id = @id`,
  ).run(flag);
}

/** The types of flag already raised from one visit on one plan (so a re-save raises none twice). */
export function redFlagTypesFromVisit(
  db: Database.Database,
  planId: string,
  visitId: string,
): Set<string> {
  const rows = db
    .prepare('SELECT type FROM plan_red_flags WHERE plan_id = @planId AND visit_id = @visitId')
    .all({ planId, visitId }) as { type: string }[];
  return new Set(rows.map((row) => row.type));
}
