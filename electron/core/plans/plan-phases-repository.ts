// SQL for a plan's phases (plan_phases, migration 0003): their order and their titles.
import type Database from 'better-sqlite3';

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
