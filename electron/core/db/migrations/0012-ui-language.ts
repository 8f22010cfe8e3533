// The language of the screens: the clinic's choice for everyone, and each clinician's own
// (NULL: follow the clinic). Documents pick their language per print; this is the screens only.
import type { Migration } from '../migrate';

export const migrationUiLanguage: Migration = {
  version: 12,
  name: 'ui-language',
  up(db) {
    db.exec(`
      ALTER TABLE clinic_settings ADD COLUMN ui_language TEXT NOT NULL DEFAULT 'en'
        CHECK (ui_language IN ('en', 'es', 'de', 'fr', 'pt'));
      ALTER TABLE clinicians ADD COLUMN ui_language TEXT
        CHECK (ui_language IS NULL OR ui_language IN ('en', 'es', 'de', 'fr', 'pt'));
    `);
  },
};
