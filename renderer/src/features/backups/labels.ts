// Words for backups as a clinician reads them.
import type { BackupInfo, BackupReason } from '../../../../shared/domain/backups';
import { formatDateTime } from '../../app/format';

export const reasonLabels: Record<BackupReason, string> = {
  daily: 'Daily (automatic)',
  manual: 'Made by hand',
  'pre-migration': 'Before an update',
  'pre-restore': 'Before a restore',
  'pre-import': 'Before an import',
};

export function backupTitle(backup: BackupInfo): string {
  return `the backup from ${formatDateTime(backup.createdAt)}`;
}
