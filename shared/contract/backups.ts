// Backups and the whole-record export.
import { z } from 'zod';
import { method } from './define';

/** Chosen at export time; the same rules as the clinic passphrase, in the export's words. */
const exportPassphraseSchema = z
  .string()
  .min(10, 'Use at least 10 characters for the export passphrase.')
  .max(200, 'Use at most 200 characters for the export passphrase.')
  .refine((value) => value.trim().length === value.length, {
    message: 'The export passphrase cannot start or end with a space.',
  });
import {
  backupFolderSchema,
  backupInfoSchema,
  backupOverviewSchema,
  backupRefSchema,
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
};

/** Methods that switch the database: the core runs them with no other call in flight. */
export const databaseSwitchingMethods: ReadonlySet<string> = new Set([
  'backups.restore',
  'backups.importRecord',
  'recovery.restoreBackup',
]);
