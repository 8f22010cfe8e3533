// Backups, portable exports and the core's recovery mode, as the renderer sees them.
import { z } from 'zod';
import { timestampSchema } from './common';

export const backupReasons = [
  'daily',
  'manual',
  'pre-migration',
  'pre-restore',
  'pre-import',
] as const;
export const backupReasonSchema = z.enum(backupReasons);
export type BackupReason = z.infer<typeof backupReasonSchema>;

/** Which folder a backup sits in: the folder the clinic chose, or the data folder's own. */
export const backupLocations = ['chosen', 'default'] as const;
export const backupLocationSchema = z.enum(backupLocations);
export type BackupLocation = z.infer<typeof backupLocationSchema>;

/** Backup files are always named by Physioplan; a name is never a path. */
export const backupFileNameSchema = z
  .string()
  .max(120)
  .regex(/^physioplan-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-[a-z-]+(-\d+)?\.sqlite$/, {
    message: 'This is not the name of a Physioplan backup.',
  });

export const backupInfoSchema = z.object({
  fileName: backupFileNameSchema,
  location: backupLocationSchema,
  path: z.string(),
  createdAt: timestampSchema,
  reason: backupReasonSchema,
  sizeBytes: z.int().nonnegative(),
  /** Read from the file itself; null when the file is not a readable database. */
  schemaVersion: z.int().nonnegative().nullable(),
  /** False when the backup comes from a newer version of Physioplan or is unreadable. */
  restorable: z.boolean(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

export const backupFolderSchema = z.object({
  path: z.string(),
  isDefault: z.boolean(),
  /** False when the chosen folder is missing (e.g. an unplugged drive). */
  available: z.boolean(),
});
export type BackupFolder = z.infer<typeof backupFolderSchema>;

export const backupOverviewSchema = z.object({
  folder: backupFolderSchema,
  defaultFolder: z.string(),
  backups: z.array(backupInfoSchema),
  supportedSchemaVersion: z.int(),
  /** When the core made this list (its clock), to judge how old the newest backup is. */
  checkedAt: timestampSchema,
});
export type BackupOverview = z.infer<typeof backupOverviewSchema>;

/** A folder the clinic types or picks. Must be absolute; checked for write access by the core. */
export const folderPathSchema = z
  .string()
  .trim()
  .min(1, { message: 'Enter a folder.' })
  .max(1024, { message: 'This folder path is too long.' })
  .refine((value) => !value.includes('\0'), {
    message: 'This folder path contains invalid characters.',
  });

export const backupRefSchema = z.object({
  fileName: backupFileNameSchema,
  location: backupLocationSchema,
});
export type BackupRef = z.infer<typeof backupRefSchema>;

export const recordCountsSchema = z.record(z.string().max(64), z.int().nonnegative());

export const exportSummarySchema = z.object({
  path: z.string(),
  createdAt: timestampSchema,
  appVersion: z.string(),
  schemaVersion: z.int(),
  sizeBytes: z.int().nonnegative(),
  sha256: z.string(),
  counts: recordCountsSchema,
});
export type ExportSummary = z.infer<typeof exportSummarySchema>;

export const restoreResultSchema = z.object({
  restoredFrom: z.string(),
  /** The backup of the record as it was just before the switch, if it could be read. */
  safetyBackup: backupInfoSchema.nullable(),
});
export type RestoreResult = z.infer<typeof restoreResultSchema>;

export const recoveryReasons = [
  'unreadable',
  'corrupt',
  'newer-version',
  /** No database file, but backups exist: never start an empty record over them silently. */
  'missing',
  'startup-failed',
] as const;
export const recoveryReasonSchema = z.enum(recoveryReasons);
export type RecoveryReason = z.infer<typeof recoveryReasonSchema>;

export const coreStatusSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('normal') }),
  z.object({
    mode: z.literal('recovery'),
    reason: recoveryReasonSchema,
    message: z.string(),
    databasePath: z.string(),
    /** Restorable backups, newest first. */
    backups: z.array(backupInfoSchema),
    /** The newest backup that passed a full integrity check, if any. */
    newestGoodBackup: backupInfoSchema.nullable(),
  }),
]);
export type CoreStatus = z.infer<typeof coreStatusSchema>;
