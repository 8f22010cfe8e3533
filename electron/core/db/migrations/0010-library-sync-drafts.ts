// Plan items remember which library edit they last took or kept (so "Library item changed
// since added" shows until the clinician updates or keeps it), and visit SOAP notes get
// autosaved drafts: one per visit being edited, or per patient for a visit not yet recorded.
// Drafts are not part of the clinical record: no audit entries, and saving the visit removes them.
import type { Migration } from '../migrate';

export const migrationLibrarySyncDrafts: Migration = {
  version: 10,
  name: 'library-sync-drafts',
  up(db) {
    db.exec(`
      -- The library item's updated_at when this plan item last took its content or kept its own;
      -- NULL for items added before this column, which are compared by content alone.
      ALTER TABLE plan_items ADD COLUMN library_seen_at TEXT;

      CREATE TABLE visit_note_drafts (
        -- 'visit:<visit id>' while editing a recorded visit, 'new:<patient id>' for a new one.
        draft_key TEXT PRIMARY KEY,
        patient_id TEXT NOT NULL REFERENCES patients(id),
        visit_id TEXT REFERENCES visits(id),
        soap TEXT NOT NULL CHECK (json_valid(soap)),
        saved_at TEXT NOT NULL,
        CHECK (draft_key = CASE WHEN visit_id IS NULL THEN 'new:' || patient_id
                                ELSE 'visit:' || visit_id END)
      ) STRICT;
      CREATE INDEX visit_note_drafts_patient ON visit_note_drafts (patient_id);
    `);
  },
};
