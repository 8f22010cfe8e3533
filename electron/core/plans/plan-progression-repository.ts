// SQL for progression by phase (migration plan-progression): the plan's current phase, each
// phase's entry criteria, and the append-only phase decisions.
import type Database from 'better-sqlite3';
import type { PhaseCriterion } from '../../../shared/domain/phase-criteria';
import type { CriterionEvaluation } from '../../../shared/domain/phase-criteria';
import type { PhaseDecisionKind } from '../../../shared/domain/plan';

export function setCurrentPhaseRow(db: Database.Database, planId: string, phaseId: string): void {
  db.prepare('UPDATE plans SET current_phase_id = @phaseId WHERE id = @planId').run({
    planId,
    phaseId,
  });
}

export function setEntryCriteriaRow(
  db: Database.Database,
  phaseId: string,
  criteria: readonly PhaseCriterion[],
): void {
  db.prepare('UPDATE plan_phases SET entry_criteria = @criteria WHERE id = @phaseId').run({
    phaseId,
    criteria: JSON.stringify(criteria),
  });
}

export interface NewPhaseDecision {
  id: string;
  planId: string;
  visitId: string | null;
  decision: PhaseDecisionKind;
  fromPhaseId: string;
  fromPhaseTitle: string;
  toPhaseId: string;
  toPhaseTitle: string;
  reason: string;
  criteria: readonly CriterionEvaluation[];
  decidedAt: string;
}

export function insertPhaseDecision(db: Database.Database, row: NewPhaseDecision): void {
  db.prepare(
    `INSERT INTO phase_decisions (id, plan_id, visit_id, decision, from_phase_id, from_phase_title,
       to_phase_id, to_phase_title, reason, criteria, decided_at)
     VALUES (@id, @planId, @visitId, @decision, @fromPhaseId, @fromPhaseTitle, @toPhaseId,
       @toPhaseTitle, @reason, @criteria, @decidedAt)`,
  ).run({ ...row, criteria: JSON.stringify(row.criteria) });
}

/** Decisions oldest first, as plain objects for the plan schema to parse. */
export function readPhaseDecisions(db: Database.Database, planId: string): unknown[] {
  return (
    db
      .prepare(
        `SELECT id, decision, from_phase_id AS fromPhaseId, from_phase_title AS fromPhaseTitle,
           to_phase_id AS toPhaseId, to_phase_title AS toPhaseTitle, reason,
           visit_id AS visitId, criteria, decided_at AS decidedAt
         FROM phase_decisions WHERE plan_id = @planId ORDER BY decided_at, rowid`,
      )
      .all({ planId }) as { criteria: string }[]
  ).map((row) => ({ ...row, criteria: JSON.parse(row.criteria) as unknown }));
}
