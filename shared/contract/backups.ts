// Backups, the whole-record export, and the recovery pair the core answers even when it
// could not open the database.
import { z } from 'zod';
import { method } from './define';
import { clinicPassphraseSchema } from '../domain/access';

/** Chosen at export time; the same rules as the clinic passphrase. */
const exportPassphraseSchema = clinicPassphraseSchema;
import {
  backupFolderSchema,
  backupInfoSchema,
  backupOverviewSchema,
  backupRefSchema,
  coreStatusSchema,
  exportSummarySchema,
  folderPathSchema,
  restoreResultSchema,
} from '../domain/backups';

export const backupsMethods = {
  'backups.list': method(z.object({}), backupOverviewSchema),
  'backups.create': method(z.object({}), backupInfoSchema),
  /** Makes a safety backup, checks the chosen one, then switches to it. */
  'backups.restore': method(backupRefSchema, restoreResultSchema),
  /** null goes back to the data folder's own backups folder. */
  'backups.setFolder': method(z.object({ path: folderPathSchema.nullable() }), backupFolderSchema),
  /** Writes one portable file with the whole clinic record into `folder` (default: the backup folder). */
  'backups.exportRecord': method(
    z.object({ folder: folderPathSchema.optional(), passphrase: exportPassphraseSchema }),
    exportSummarySchema,
  ),
  /** Replaces the clinic record with the one in an export file, after a safety backup. */
  'backups.importRecord': method(
    z.object({
      path: folderPathSchema,
      passphrase: z
        .string()
        .min(1, 'Enter the passphrase chosen when the export was made.')
        .max(200),
    }),
    restoreResultSchema,
  ),
  'recovery.status': method(z.object({}), coreStatusSchema),
  'recovery.restoreBackup': method(backupRefSchema, coreStatusSchema),
};

/** Methods that switch the database: the core runs them with no other call in flight. */
export const databaseSwitchingMethods: ReadonlySet<string> = new Set([
  'backups.restore',
  'backups.importRecord',
  'recovery.restoreBackup',
]);

/** The only methods answered while the core is in recovery mode. */
export const recoveryMethods: ReadonlySet<string> = new Set([
  'recovery.status',
  'recovery.restoreBackup',
]);
