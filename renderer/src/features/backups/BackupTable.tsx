// The backups, newest first, with what a clinician needs to pick one.
import { Badge, Paper, Text, VisuallyHidden } from '@mantine/core';
import type { BackupInfo } from '../../../../shared/domain/backups';
import { DataTable } from '../../app/DataTable';
import { formatBytes, formatDateTime } from '../../app/format';
import { useT } from '../../app/i18n';
import { reasonLabelKeys } from './labels';
import { RestoreBackupButton } from './RestoreBackupButton';

export function BackupTable({ backups }: { backups: BackupInfo[] }) {
  const t = useT();
  if (backups.length === 0) {
    return (
      <Paper withBorder p="md">
        <Text size="sm" c="dimmed">
          {t('backups:table.empty')}
        </Text>
      </Paper>
    );
  }
  return (
    <Paper withBorder>
      <DataTable
        label={t('backups:page.title')}
        rows={backups}
        rowKey={(backup) => `${backup.location}/${backup.fileName}`}
        highlightOnHover
        columns={[
          {
            key: 'date',
            header: t('backups:table.date'),
            cell: (b) => formatDateTime(b.createdAt),
          },
          {
            key: 'kind',
            header: t('backups:table.kind'),
            cell: (b) => t(reasonLabelKeys[b.reason]),
          },
          { key: 'size', header: t('backups:table.size'), cell: (b) => formatBytes(b.sizeBytes) },
          {
            key: 'schema',
            header: t('backups:table.schema'),
            cell: (b) =>
              b.restorable ? (
                (b.schemaVersion ?? '?')
              ) : (
                <Badge color="orange" variant="light">
                  {b.schemaVersion === null
                    ? t('backups:table.unreadable')
                    : t('backups:table.newer', { version: b.schemaVersion })}
                </Badge>
              ),
          },
          {
            key: 'folder',
            header: t('backups:table.folder'),
            cell: (b) => (
              <Text size="xs" c="dimmed" title={b.path}>
                {b.location === 'chosen'
                  ? t('backups:table.chosenFolder')
                  : t('backups:table.dataFolder')}
              </Text>
            ),
          },
          {
            key: 'actions',
            header: <VisuallyHidden>{t('backups:table.actions')}</VisuallyHidden>,
            cell: (b) => <RestoreBackupButton backup={b} />,
          },
        ]}
      />
    </Paper>
  );
}
