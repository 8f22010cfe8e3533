// Shown instead of the app when the clinic database cannot be used as it is: says why, and
// offers the newest backup that passed a full check. Nothing is deleted either way.
import { Alert, Button, Container, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { BackupInfo, CoreStatus, RecoveryReason } from '../../../../shared/domain/backups';
import { useApiMutation } from '../../app/api';
import { formatBytes, formatDateTime } from '../../app/format';

type RecoveryStatus = Extract<CoreStatus, { mode: 'recovery' }>;

const headings: Record<RecoveryReason, string> = {
  unreadable: 'The clinic record could not be read',
  corrupt: 'The clinic record is damaged',
  'newer-version': 'The clinic record is from a newer Physioplan',
  missing: 'The clinic record is missing',
  'startup-failed': 'Physioplan could not finish starting',
};

function advice(reason: RecoveryReason): string {
  switch (reason) {
    case 'unreadable':
    case 'corrupt':
      return 'Restore the newest good backup below. The damaged file is kept beside it under a new name, in case your IT support can recover more from it.';
    case 'newer-version':
      return 'The best fix is to update Physioplan. Restoring a backup instead loses what was recorded with the newer version since that backup; the newer record is kept aside, not deleted.';
    case 'missing':
      return 'If the data folder was moved or renamed, put it back and restart Physioplan. Otherwise restore the newest good backup below.';
    case 'startup-failed':
      return 'If this happens again after restarting, restore the newest good backup below or contact support with the message above.';
    default: {
      const unreachable: never = reason;
      return unreachable;
    }
  }
}

function RestoreChoice({ backup, primary }: { backup: BackupInfo; primary: boolean }) {
  const restore = useApiMutation('recovery.restoreBackup');
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text size="sm">
          {formatDateTime(backup.createdAt)} · {formatBytes(backup.sizeBytes)}
        </Text>
        <Button
          size={primary ? 'sm' : 'xs'}
          variant={primary ? 'filled' : 'light'}
          loading={restore.isPending}
          onClick={() => restore.mutate({ fileName: backup.fileName, location: backup.location })}
          aria-label={`Restore the backup from ${formatDateTime(backup.createdAt)}`}
        >
          {primary ? 'Restore this backup' : 'Restore'}
        </Button>
      </Group>
      {restore.error && (
        <Text size="sm" c="red" role="alert">
          {restore.error.message}
        </Text>
      )}
    </Stack>
  );
}

export function RecoveryScreen({ status }: { status: RecoveryStatus }) {
  const good = status.newestGoodBackup;
  const others = status.backups.filter(
    (b) => b.fileName !== good?.fileName || b.location !== good.location,
  );
  return (
    <Container size="sm" py="xl">
      <Stack gap="lg">
        <Title order={1} size="h2">
          {headings[status.reason]}
        </Title>
        <Alert color="orange" title="What happened">
          <Text size="sm">{status.message}</Text>
          {!status.message.includes(status.databasePath) && (
            <Text size="xs" c="dimmed" mt="xs">
              Database file: {status.databasePath}
            </Text>
          )}
        </Alert>
        <Text size="sm">{advice(status.reason)}</Text>
        <Paper withBorder p="md" role="region" aria-label="Newest good backup">
          <Stack gap="sm">
            <Text fw={500}>Newest good backup</Text>
            {good ? (
              <RestoreChoice backup={good} primary />
            ) : (
              <Text size="sm">
                No backup passed the check. Do not use Physioplan on this computer until your IT
                support has looked at the data folder; nothing in it has been changed.
              </Text>
            )}
          </Stack>
        </Paper>
        {others.length > 0 && (
          <Paper withBorder p="md" role="region" aria-label="Older backups">
            <Text fw={500} mb="xs">
              Other backups
            </Text>
            <List listStyleType="none" spacing="xs">
              {others.map((backup) => (
                <List.Item key={`${backup.location}/${backup.fileName}`}>
                  <RestoreChoice backup={backup} primary={false} />
                </List.Item>
              ))}
            </List>
          </Paper>
        )}
      </Stack>
    </Container>
  );
}
