// Restore with a confirmation that says what happens to the current record.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { BackupInfo } from '../../../../shared/domain/backups';
import { useApiMutation } from '../../app/api';
import { backupTitle } from './labels';

export function RestoreBackupButton({ backup }: { backup: BackupInfo }) {
  const [open, setOpen] = useState(false);
  const restore = useApiMutation('backups.restore');
  const title = backupTitle(backup);

  const confirm = () => {
    restore.mutate(
      { fileName: backup.fileName, location: backup.location },
      {
        onSuccess: (result) => {
          setOpen(false);
          notifications.show({
            color: 'teal',
            message: `Restored ${title}. The record as it was before is kept in ${result.safetyBackup?.fileName ?? 'a safety backup'}.`,
          });
        },
      },
    );
  };

  return (
    <>
      <Button
        size="xs"
        variant="light"
        disabled={!backup.restorable}
        onClick={() => setOpen(true)}
        aria-label={`Restore ${title}`}
      >
        Restore…
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title="Restore this backup?" centered>
        <Stack>
          <Text size="sm">
            The clinic record will be replaced by {title}. Anything recorded after it will no longer
            show.
          </Text>
          <Text size="sm">
            First, Physioplan backs up the record as it is now, so you can go back to it.
          </Text>
          {restore.error && (
            <Text size="sm" c="red" role="alert">
              {restore.error.message}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button color="orange" onClick={confirm} loading={restore.isPending}>
              Restore this backup
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
