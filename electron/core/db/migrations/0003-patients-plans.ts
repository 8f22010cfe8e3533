// Patients (with a full-text index over name, date of birth and conditions), plans and
// templates (a template is a plan without a patient), their ordered phases and items,
// red flags, and issued plan versions (frozen snapshots).
import type { Migration } from '../migrate';

/** What the patient search index holds for one row (`row` is new or old in a trigger). */
const patientFtsValues = (row: 'new' | 'old') => `${row}.seq,
  ${row}.first_name || ' ' || ${row}.last_name,
  -- The date both as written (1988-04-02) and without leading zeros, so "2/4/1988" finds it.
  coalesce(${row}.date_of_birth || ' ' || CAST(substr(${row}.date_of_birth, 6, 2) AS INTEGER)
    || ' ' || CAST(substr(${row}.date_of_birth, 9, 2) AS INTEGER), ''),
  (SELECT coalesce(group_concat(value, char(10)), '') FROM json_each(${row}.conditions))
    || char(10) || ${row}.diagnosis`;

export const migration0003: Migration = {
  version: 3,
  name: 'patients-plans',
  up(db) {
    db.exec(`
      CREATE TABLE patients (
        -- An explicit rowid alias for the search index (VACUUM may renumber an implicit one).
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        first_name TEXT NOT NULL,
        last_name TEXT NOT NULL,
        date_of_birth TEXT,
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        conditions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(conditions)),
        diagnosis TEXT NOT NULL DEFAULT '',
        preferred_language TEXT NOT NULL DEFAULT 'en',
        notes TEXT NOT NULL DEFAULT '',
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX patients_name ON patients (archived, last_name, first_name);
      CREATE INDEX patients_date_of_birth ON patients (date_of_birth);

      CREATE VIRTUAL TABLE patients_fts USING fts5(
        name, date_of_birth, conditions,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3'
      );
      CREATE TRIGGER patients_after_insert AFTER INSERT ON patients BEGIN
        INSERT INTO patients_fts (rowid, name, date_of_birth, conditions)
          VALUES (${patientFtsValues('new')});
      END;
      CREATE TRIGGER patients_after_update AFTER UPDATE OF first_name, last_name, date_of_birth,
        conditions, diagnosis ON patients
      BEGIN
        DELETE FROM patients_fts WHERE rowid = old.seq;
        INSERT INTO patients_fts (rowid, name, date_of_birth, conditions)
          VALUES (${patientFtsValues('new')});
      END;
      CREATE TRIGGER patients_after_delete AFTER DELETE ON patients BEGIN
        DELETE FROM patients_fts WHERE rowid = old.seq;
      END;

      CREATE TABLE plans (
        id TEXT PRIMARY KEY,
        -- Null for a template (protocol).
        patient_id TEXT REFERENCES patients(id),
        title TEXT NOT NULL,
        condition TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('draft', 'active', 'completed')),
        goals TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(goals)),
        -- Optimistic concurrency: raised by every write; a write based on an older one is refused.
        revision INTEGER NOT NULL DEFAULT 1 CHECK (revision > 0),
        -- Built-in protocols shipped in resources/protocols (templates only).
        built_in_key TEXT UNIQUE,
        content_version INTEGER NOT NULL DEFAULT 0,
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (built_in_key IS NULL OR patient_id IS NULL)
      ) STRICT;
      CREATE INDEX plans_patient ON plans (patient_id, status);
      -- One active plan per patient.
      CREATE UNIQUE INDEX plans_one_active ON plans (patient_id)
        WHERE status = 'active' AND patient_id IS NOT NULL;

      CREATE TABLE plan_phases (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans(id),
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX plan_phases_plan ON plan_phases (plan_id, position);

      CREATE TABLE plan_items (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans(id),
        phase_id TEXT NOT NULL REFERENCES plan_phases(id),
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('assessment', 'manual_therapy', 'exercise', 'taping',
          'orthosis', 'modality', 'education')),
        -- A copy of the library item's content and this patient's parameters (ItemContent).
        content TEXT NOT NULL CHECK (json_valid(content)),
        source_item_id TEXT,
        source_built_in_key TEXT,
        patient_note TEXT NOT NULL DEFAULT '',
        -- Removed items stay (so "undo" can put them back where they were).
        removed_at TEXT
      ) STRICT;
      CREATE INDEX plan_items_plan ON plan_items (plan_id, phase_id, position);

      CREATE TABLE plan_red_flags (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans(id),
        type TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL,
        acknowledged_at TEXT,
        acknowledgement TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX plan_red_flags_plan ON plan_red_flags (plan_id);

      CREATE TABLE plan_versions (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans(id),
        version_number INTEGER NOT NULL CHECK (version_number > 0),
        issued_at TEXT NOT NULL,
        -- A PlanVersionSnapshot (shared/domain/plan.ts); never changed once written.
        snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
        item_count INTEGER NOT NULL DEFAULT 0,
        -- The plan revision that was issued.
        plan_revision INTEGER NOT NULL DEFAULT 0,
        UNIQUE (plan_id, version_number)
      ) STRICT;
      CREATE TRIGGER plan_versions_no_update BEFORE UPDATE ON plan_versions
        BEGIN SELECT RAISE(ABORT, 'An issued plan version cannot be changed.'); END;
      CREATE TRIGGER plan_versions_no_delete BEFORE DELETE ON plan_versions
        BEGIN SELECT RAISE(ABORT, 'An issued plan version cannot be deleted.'); END;
    `);
  },
};
