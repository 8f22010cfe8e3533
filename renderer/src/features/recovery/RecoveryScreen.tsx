// Shown instead of the app when the clinic database cannot be used as it is: says why, and
// offers the newest backup that passed a full check. Nothing is deleted either way.
import { Alert, Button, Container, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { BackupInfo, CoreStatus, RecoveryReason } from '../../../../shared/domain/backups';
import { useApiMutation } from '../../app/api';
import { formatBytes, formatDateTime } from '../../app/format';
import { useT } from '../../app/i18n';

type RecoveryStatus = Extract<CoreStatus, { mode: 'recovery' }>;

const headingKeys = {
  unreadable: 'recovery:heading.unreadable',
  corrupt: 'recovery:heading.corrupt',
  'newer-version': 'recovery:heading.newerVersion',
  missing: 'recovery:heading.missing',
  'startup-failed': 'recovery:heading.startupFailed',
} as const satisfies Record<RecoveryReason, string>;

const adviceKeys = {
  unreadable: 'recovery:advice.damaged',
  corrupt: 'recovery:advice.damaged',
  'newer-version': 'recovery:advice.newerVersion',
  missing: 'recovery:advice.missing',
  'startup-failed': 'recovery:advice.startupFailed',
} as const satisfies Record<RecoveryReason, string>;

function RestoreChoice({ backup, primary }: { backup: BackupInfo; primary: boolean }) {
  const t = useT();
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
          aria-label={t('recovery:restoreFrom', { at: formatDateTime(backup.createdAt) })}
        >
          {primary ? t('recovery:restoreThis') : t('recovery:restore')}
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
  const t = useT();
  const good = status.newestGoodBackup;
  const others = status.backups.filter(
    (b) => b.fileName !== good?.fileName || b.location !== good.location,
  );
  return (
    <Container size="sm" py="xl">
      <Stack gap="lg">
        <Title order={1} size="h2">
          {t(headingKeys[status.reason])}
        </Title>
        <Alert color="orange" title={t('recovery:whatHappened')}>
          <Text size="sm">{status.message}</Text>
          {!status.message.includes(status.databasePath) && (
            <Text size="xs" c="dimmed" mt="xs">
              {t('recovery:databaseFile', { path: status.databasePath })}
            </Text>
          )}
        </Alert>
        <Text size="sm">{t(adviceKeys[status.reason])}</Text>
        <Paper withBorder p="md" role="region" aria-label={t('recovery:newestGood')}>
          <Stack gap="sm">
            <Text fw={500}>{t('recovery:newestGood')}</Text>
            {good ? (
              <RestoreChoice backup={good} primary />
            ) : (
              <Text size="sm">{t('recovery:noneGood')}</Text>
            )}
          </Stack>
        </Paper>
        {others.length > 0 && (
          <Paper withBorder p="md" role="region" aria-label={t('recovery:older')}>
            <Text fw={500} mb="xs">
              {t('recovery:others')}
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
