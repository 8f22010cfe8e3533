// Backups: list, back up now, restore, where they go, and moving the whole record.
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { BackupOverview } from '../../../../shared/domain/backups';
import { useApiMutation, useApiQuery } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { useT } from '../../app/i18n';
import { QueryState } from '../../app/QueryState';
import { BackupFolderForm } from './BackupFolderForm';
import { BackupTable } from './BackupTable';
import { RecordTransfer } from './RecordTransfer';

const DAY_MS = 24 * 60 * 60 * 1000;

function BackUpNow({ overview }: { overview: BackupOverview }) {
  const t = useT();
  const create = useApiMutation('backups.create');
  const newest = overview.backups[0];
  const stale =
    !newest || Date.parse(overview.checkedAt) - Date.parse(newest.createdAt) > 2 * DAY_MS;
  return (
    <Stack gap="xs">
      <Group>
        <Button
          loading={create.isPending}
          onClick={() =>
            create.mutate(
              {},
              {
                onSuccess: (backup) =>
                  notifications.show({
                    color: 'teal',
                    message: t('backups:now.done', { file: backup.fileName }),
                  }),
              },
            )
          }
        >
          {t('backups:now.button')}
        </Button>
        <Text size="sm" c="dimmed">
          {newest
            ? t('backups:now.newest', { at: formatDateTime(newest.createdAt) })
            : t('backups:now.none')}
        </Text>
      </Group>
      {create.error && (
        <Alert color="red" title={t('backups:now.failed')} role="alert">
          {create.error.message}
        </Alert>
      )}
      {stale && newest && (
        <Alert color="orange" title={t('backups:now.staleTitle')}>
          {t('backups:now.stale')}
        </Alert>
      )}
    </Stack>
  );
}

export function BackupsPage() {
  const t = useT();
  const overview = useApiQuery('backups.list', {});
  return (
    <Stack maw={980} gap="lg">
      <div>
        <Title order={2}>{t('backups:page.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('backups:page.intro')}
        </Text>
      </div>
      <QueryState
        query={overview}
        loadingLabel={t('backups:page.loading')}
        errorTitle={t('backups:page.loadError')}
      >
        {(data) => (
          <>
            <BackUpNow overview={data} />
            <BackupTable backups={data.backups} />
            <BackupFolderForm
              key={data.folder.path}
              folder={data.folder}
              defaultFolder={data.defaultFolder}
            />
            <RecordTransfer backupFolder={data.folder.path} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
