// Every migration, in order. A shipped migration is never edited: add a new file instead.
import type { Migration } from '../migrate';
import { migration0001 } from './0001-clinic-settings';
import { migration0002 } from './0002-library';
import { migration0003 } from './0003-patients-plans';
import { migration0004 } from './0004-visits';
import { migration0005 } from './0005-red-flag-decisions';
import { migration0006 } from './0006-library-review';
import { migrationPlanProgression } from './0007-plan-progression';
import { migrationPainRunning } from './0008-pain-running';
import { migrationClinicians } from './0009-clinicians-keyed-audit';
import { migrationLibrarySyncDrafts } from './0010-library-sync-drafts';
import { migrationSearchFold } from './0011-search-fold';
import { migrationUiLanguage } from './0012-ui-language';

export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migrationPlanProgression,
  migrationPainRunning,
  migrationClinicians,
  migrationLibrarySyncDrafts,
  migrationSearchFold,
  migrationUiLanguage,
];
