// Words for backups as a clinician reads them.
import type { BackupInfo, BackupReason } from '../../../../shared/domain/backups';
import type { Translate } from '../../../../shared/i18n';
import { formatDateTime } from '../../app/format';

export const reasonLabelKeys = {
  daily: 'backups:reason.daily',
  manual: 'backups:reason.manual',
  'pre-migration': 'backups:reason.preMigration',
  'pre-restore': 'backups:reason.preRestore',
  'pre-import': 'backups:reason.preImport',
} as const satisfies Record<BackupReason, string>;

/** "the backup from 4 Dec 2026, 14:05", to go inside a sentence. */
export function backupTitle(backup: BackupInfo, t: Translate): string {
  return t('backups:backupFrom', { at: formatDateTime(backup.createdAt) });
}
