// Visits and what happens at them: treatments delivered, outcome measure records, the
// adherence grids entered from paper, and amendments made after the visit day. Rows are
// archived, never deleted.
import type { Migration } from '../migrate';

export const migration0004: Migration = {
  version: 4,
  name: 'visits',
  up(db) {
    db.exec(`
      CREATE TABLE visits (
        id TEXT PRIMARY KEY,
        patient_id TEXT NOT NULL REFERENCES patients(id),
        plan_id TEXT REFERENCES plans(id),
        plan_version_id TEXT REFERENCES plan_versions(id),
        visit_date TEXT NOT NULL CHECK (visit_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        visit_time TEXT NOT NULL CHECK (visit_time GLOB '[0-9][0-9]:[0-9][0-9]'),
        subjective TEXT NOT NULL DEFAULT '',
        objective TEXT NOT NULL DEFAULT '',
        assessment TEXT NOT NULL DEFAULT '',
        plan TEXT NOT NULL DEFAULT '',
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        archived_reason TEXT NOT NULL DEFAULT '',
        revision INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX visits_patient_date ON visits (patient_id, visit_date, visit_time);

      CREATE TABLE visit_treatments (
        id TEXT PRIMARY KEY,
        visit_id TEXT NOT NULL REFERENCES visits(id),
        position INTEGER NOT NULL,
        plan_item_id TEXT,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        parameters TEXT NOT NULL CHECK (json_valid(parameters)),
        findings TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(findings)),
        notes TEXT NOT NULL DEFAULT '',
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
      ) STRICT;
      CREATE INDEX visit_treatments_visit ON visit_treatments (visit_id, archived, position);

      CREATE TABLE outcome_records (
        id TEXT PRIMARY KEY,
        visit_id TEXT NOT NULL REFERENCES visits(id),
        patient_id TEXT NOT NULL REFERENCES patients(id),
        measure TEXT NOT NULL,
        answers TEXT NOT NULL CHECK (json_valid(answers)),
        note TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('scored', 'incomplete')),
        score REAL,
        result TEXT NOT NULL CHECK (json_valid(result)),
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((status = 'scored') = (score IS NOT NULL))
      ) STRICT;
      CREATE INDEX outcome_records_visit ON outcome_records (visit_id, archived);
      CREATE INDEX outcome_records_patient ON outcome_records (patient_id, measure, archived);

      CREATE TABLE adherence_weeks (
        id TEXT PRIMARY KEY,
        visit_id TEXT NOT NULL REFERENCES visits(id),
        week_start TEXT NOT NULL,
        first_step_pain TEXT NOT NULL CHECK (json_valid(first_step_pain)),
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
      ) STRICT;
      CREATE INDEX adherence_weeks_visit ON adherence_weeks (visit_id, archived);

      CREATE TABLE adherence_entries (
        id TEXT PRIMARY KEY,
        week_id TEXT NOT NULL REFERENCES adherence_weeks(id),
        position INTEGER NOT NULL,
        plan_item_id TEXT,
        title TEXT NOT NULL,
        target_days INTEGER NOT NULL CHECK (target_days BETWEEN 1 AND 7),
        days TEXT NOT NULL CHECK (json_valid(days))
      ) STRICT;
      CREATE INDEX adherence_entries_week ON adherence_entries (week_id, position);

      CREATE TABLE visit_amendments (
        id TEXT PRIMARY KEY,
        visit_id TEXT NOT NULL REFERENCES visits(id),
        field TEXT NOT NULL,
        previous TEXT NOT NULL CHECK (json_valid(previous)),
        next TEXT NOT NULL CHECK (json_valid(next)),
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        amended_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX visit_amendments_visit ON visit_amendments (visit_id, amended_at);

      -- The clinical record is append-only at the row level: archive instead of delete.
      CREATE TRIGGER visits_no_delete BEFORE DELETE ON visits
        BEGIN SELECT RAISE(ABORT, 'Visits are archived, not deleted.'); END;
      CREATE TRIGGER visit_amendments_no_update BEFORE UPDATE ON visit_amendments
        BEGIN SELECT RAISE(ABORT, 'Amendments cannot be changed.'); END;
      CREATE TRIGGER visit_amendments_no_delete BEFORE DELETE ON visit_amendments
        BEGIN SELECT RAISE(ABORT, 'Amendments cannot be deleted.'); END;
    `);
  },
};
