// What the recovery screen shows: why the database could not be used, and the backups that
// could replace it, with the newest one that passes a full integrity check.
import type { BackupInfo, CoreStatus } from '../../../shared/domain/backups';
import { listBackups, type BackupEnv } from '../backups/backup-service';
import { checkDatabaseFile } from '../db/backup';
import type { StartupProblem } from '../db/open-checked';

export function newestGoodBackup(
  backups: readonly BackupInfo[],
  env: BackupEnv,
): BackupInfo | null {
  for (const backup of backups) {
    try {
      checkDatabaseFile(backup.path, {
        migrations: env.migrations,
        label: 'This backup',
        key: env.key,
      });
      return backup;
    } catch {
      // Try the next older one.
    }
  }
  return null;
}

export function recoveryStatus(
  problem: StartupProblem,
  env: BackupEnv,
  databasePath: string,
): CoreStatus {
  const backups = listBackups(env).filter((b) => b.restorable);
  return {
    mode: 'recovery',
    reason: problem.reason,
    message: problem.message,
    databasePath,
    backups,
    newestGoodBackup: newestGoodBackup(backups, env),
  };
}
