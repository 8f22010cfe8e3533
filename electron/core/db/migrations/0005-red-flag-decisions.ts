// Red flags get the clinician's decision as data (what it allows a patient to take home) and
// the visit whose findings raised them. Flags acknowledged before this keep their words but no
// decision: the clinician records one before a home sheet prints again.
import type { Migration } from '../migrate';

export const migration0005: Migration = {
  version: 5,
  name: 'red-flag-decisions',
  up(db) {
    db.exec(`
      ALTER TABLE plan_red_flags ADD COLUMN decision TEXT;
      ALTER TABLE plan_red_flags ADD COLUMN visit_id TEXT REFERENCES visits(id);
      CREATE INDEX plan_red_flags_visit ON plan_red_flags (visit_id) WHERE visit_id IS NOT NULL;
    `);
  },
};
