// Clinic settings (one row), content-addressed images, and the append-only audit log.
import type { Migration } from '../migrate';

export const migration0001: Migration = {
  version: 1,
  name: 'clinic-settings',
  up(db) {
    db.exec(`
      CREATE TABLE images (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
        mime_type TEXT NOT NULL CHECK (mime_type IN ('image/png', 'image/jpeg')),
        width INTEGER NOT NULL CHECK (width > 0),
        height INTEGER NOT NULL CHECK (height > 0),
        byte_size INTEGER NOT NULL,
        data BLOB NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE clinic_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        clinic_name TEXT NOT NULL DEFAULT '',
        clinician_name TEXT NOT NULL DEFAULT '',
        credentials TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        website TEXT NOT NULL DEFAULT '',
        paper_size TEXT NOT NULL DEFAULT 'A4' CHECK (paper_size IN ('A4', 'Letter')),
        handout_language TEXT NOT NULL DEFAULT 'en',
        logo_sha256 TEXT REFERENCES images(sha256),
        updated_at TEXT
      ) STRICT;
      INSERT INTO clinic_settings (id) VALUES (1);

      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        patient_id TEXT,
        action TEXT NOT NULL,
        fields TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_log_patient ON audit_log (patient_id, seq);
      CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, seq);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'The audit log is append-only.'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'The audit log is append-only.'); END;

      -- The anchor: where the chain has reached. Without it, removing the newest entries
      -- would leave a chain that still verifies. Moved only by the trigger below.
      CREATE TABLE audit_head (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL,
        entries INTEGER NOT NULL
      ) STRICT;
      INSERT INTO audit_head (id, seq, hash, entries) VALUES (1, 0, '${'0'.repeat(64)}', 0);
      CREATE TRIGGER audit_log_advance_head AFTER INSERT ON audit_log
        BEGIN UPDATE audit_head SET seq = NEW.seq, hash = NEW.hash, entries = entries + 1 WHERE id = 1; END;
      CREATE TRIGGER audit_head_forward_only BEFORE UPDATE ON audit_head
        WHEN NEW.seq <= OLD.seq OR NEW.entries != OLD.entries + 1
        BEGIN SELECT RAISE(ABORT, 'The audit log head only moves forward.'); END;
      CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
        BEGIN SELECT RAISE(ABORT, 'The audit log head cannot be removed.'); END;
    `);
  },
};
