// Backups: list, back up now, restore, where they go, and moving the whole record.
import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { BackupOverview } from '../../../../shared/domain/backups';
import { useApiMutation, useApiQuery } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { BackupFolderForm } from './BackupFolderForm';
import { BackupTable } from './BackupTable';
import { RecordTransfer } from './RecordTransfer';

const DAY_MS = 24 * 60 * 60 * 1000;

function BackUpNow({ overview }: { overview: BackupOverview }) {
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
                    message: `Backup made and checked: ${backup.fileName}`,
                  }),
              },
            )
          }
        >
          Back up now
        </Button>
        <Text size="sm" c="dimmed">
          {newest ? `Newest backup: ${formatDateTime(newest.createdAt)}` : 'No backup yet.'}
        </Text>
      </Group>
      {create.error && (
        <Alert color="red" title="The backup was not made" role="alert">
          {create.error.message}
        </Alert>
      )}
      {stale && newest && (
        <Alert color="orange" title="The newest backup is more than two days old">
          Back up now, and check that the backup folder is available.
        </Alert>
      )}
    </Stack>
  );
}

export function BackupsPage() {
  const overview = useApiQuery('backups.list', {});
  return (
    <Stack maw={980} gap="lg">
      <div>
        <Title order={2}>Backups</Title>
        <Text c="dimmed" size="sm">
          Physioplan backs up the clinic record each day it is opened, before every update and
          before every restore. Each backup is checked after it is written. It keeps the last 7 days
          and 4 weeks.
        </Text>
      </div>
      {overview.isPending && <Loader aria-label="Loading backups" />}
      {overview.error && (
        <Alert color="red" title="Could not list the backups">
          {overview.error.message}
        </Alert>
      )}
      {overview.data && (
        <>
          <BackUpNow overview={overview.data} />
          <BackupTable backups={overview.data.backups} />
          <BackupFolderForm
            key={overview.data.folder.path}
            folder={overview.data.folder}
            defaultFolder={overview.data.defaultFolder}
          />
          <RecordTransfer backupFolder={overview.data.folder.path} />
        </>
      )}
    </Stack>
  );
}
