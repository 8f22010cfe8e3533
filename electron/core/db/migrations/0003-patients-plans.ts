// Patients, plans (and templates: plans without a patient), their ordered phases and items,
// red flags, and issued plan versions (frozen snapshots).
import type { Migration } from '../migrate';

export const migration0003: Migration = {
  version: 3,
  name: 'patients-plans',
  up(db) {
    db.exec(`
      CREATE TABLE patients (
        id TEXT PRIMARY KEY,
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
      CREATE INDEX patients_name ON patients (last_name, first_name);

      CREATE TABLE plans (
        id TEXT PRIMARY KEY,
        patient_id TEXT REFERENCES patients(id),
        title TEXT NOT NULL,
        condition TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('draft', 'active', 'completed')),
        goals TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(goals)),
        revision INTEGER NOT NULL DEFAULT 1,
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX plans_patient ON plans (patient_id, status);

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
        kind TEXT NOT NULL,
        content TEXT NOT NULL CHECK (json_valid(content)),
        source_item_id TEXT,
        source_built_in_key TEXT,
        patient_note TEXT NOT NULL DEFAULT ''
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
        version_number INTEGER NOT NULL,
        issued_at TEXT NOT NULL,
        snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
        UNIQUE (plan_id, version_number)
      ) STRICT;
    `);
  },
};
