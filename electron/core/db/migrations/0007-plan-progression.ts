// Progression by phase: the phase a patient's plan is in now, each phase's entry criteria, and
// the clinician's decisions to move on (or not), kept as an append-only timeline.
import type { Migration } from '../migrate';

export const migrationPlanProgression: Migration = {
  version: 7,
  name: 'plan-progression',
  up(db) {
    db.exec(`
      -- Null means the first phase (plans made before phases had a current one).
      ALTER TABLE plans ADD COLUMN current_phase_id TEXT;
      -- PhaseCriterion[] (shared/domain/phase-criteria.ts).
      ALTER TABLE plan_phases ADD COLUMN entry_criteria TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(entry_criteria));

      CREATE TABLE phase_decisions (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans(id),
        visit_id TEXT REFERENCES visits(id),
        decision TEXT NOT NULL CHECK (decision IN ('move_on', 'stay', 'step_back')),
        -- Ids and titles as they were: a phase may be renamed or removed later.
        from_phase_id TEXT NOT NULL,
        from_phase_title TEXT NOT NULL,
        to_phase_id TEXT NOT NULL,
        to_phase_title TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        -- CriterionEvaluation[]: what the criteria showed when the decision was made.
        criteria TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(criteria)),
        decided_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX phase_decisions_plan ON phase_decisions (plan_id, decided_at);
      CREATE TRIGGER phase_decisions_no_update BEFORE UPDATE ON phase_decisions
        BEGIN SELECT RAISE(ABORT, 'A recorded phase decision cannot be changed.'); END;
      CREATE TRIGGER phase_decisions_no_delete BEFORE DELETE ON phase_decisions
        BEGIN SELECT RAISE(ABORT, 'A recorded phase decision cannot be deleted.'); END;
    `);
  },
};
