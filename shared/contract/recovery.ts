// The recovery pair: what state the core is in, and restoring a backup. The core answers them
// even when it could not open the database.
import { z } from 'zod';
import { method } from './define';
import { backupRefSchema, coreStatusSchema } from '../domain/backups';

export const recoveryMethods = {
  'recovery.status': method(z.object({}), coreStatusSchema),
  'recovery.restoreBackup': method(backupRefSchema, coreStatusSchema),
};

/** The only methods answered while the core is in recovery mode. */
export const recoveryModeMethods: ReadonlySet<string> = new Set(Object.keys(recoveryMethods));
