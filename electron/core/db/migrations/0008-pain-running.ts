// Pain monitoring and running load per visit (one row per visit), the pain diary's two new
// daily rows (during exercise, next morning), and FFI records re-scored under the
// minimum-answers rule so a form with too few answers no longer carries a score.
import type { Migration } from '../migrate';
import { ffiAnswersSchema, scoreFfi } from '../../../../shared/outcomes';

const BLANK_WEEK = JSON.stringify(Array<null>(7).fill(null));
const rating = (column: string) =>
  `${column} INTEGER CHECK (${column} IS NULL OR ${column} BETWEEN 0 AND 10)`;

export const migrationPainRunning: Migration = {
  version: 8,
  name: 'pain-running',
  up(db) {
    db.exec(`
      CREATE TABLE visit_load_monitoring (
        visit_id TEXT PRIMARY KEY REFERENCES visits(id),
        ${rating('first_step_pain')},
        ${rating('pain_during')},
        ${rating('pain_next_morning')},
        running_minutes INTEGER CHECK (running_minutes IS NULL OR running_minutes >= 0),
        running_km REAL CHECK (running_km IS NULL OR running_km >= 0),
        walk_run_stage INTEGER CHECK (walk_run_stage IS NULL OR walk_run_stage >= 1),
        running_note TEXT NOT NULL DEFAULT ''
      ) STRICT;

      ALTER TABLE adherence_weeks ADD COLUMN pain_during TEXT NOT NULL
        DEFAULT '${BLANK_WEEK}' CHECK (json_valid(pain_during));
      ALTER TABLE adherence_weeks ADD COLUMN next_morning_pain TEXT NOT NULL
        DEFAULT '${BLANK_WEEK}' CHECK (json_valid(next_morning_pain));
    `);

    // The score is derived from the answers, so stored FFI results follow the rule now in force.
    const rows = db
      .prepare("SELECT id, answers FROM outcome_records WHERE measure = 'ffi'")
      .all() as { id: string; answers: string }[];
    const update = db.prepare(
      'UPDATE outcome_records SET status = @status, score = @score, result = @result WHERE id = @id',
    );
    for (const row of rows) {
      const answers = ffiAnswersSchema.safeParse(JSON.parse(row.answers));
      if (!answers.success) continue; // left as stored; the integrity check reports such rows
      const result = scoreFfi(answers.data);
      update.run({
        id: row.id,
        status: result.status,
        score: result.status === 'scored' ? result.score : null,
        result: JSON.stringify(result),
      });
    }
  },
};
