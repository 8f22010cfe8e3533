// Restore with a confirmation that says what happens to the current record.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { BackupInfo } from '../../../../shared/domain/backups';
import { useApiMutation } from '../../app/api';
import { useT } from '../../app/i18n';
import { backupTitle } from './labels';

export function RestoreBackupButton({ backup }: { backup: BackupInfo }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const restore = useApiMutation('backups.restore');
  const title = backupTitle(backup, t);

  const confirm = () => {
    restore.mutate(
      { fileName: backup.fileName, location: backup.location },
      {
        onSuccess: (result) => {
          setOpen(false);
          notifications.show({
            color: 'teal',
            message: result.safetyBackup
              ? t('backups:restore.done', { backup: title, file: result.safetyBackup.fileName })
              : t('backups:restore.doneNoFile', { backup: title }),
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
        aria-label={t('backups:restore.labelFor', { backup: title })}
      >
        {t('backups:restore.button')}
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('backups:restore.confirmTitle')}
        centered
      >
        <Stack>
          <Text size="sm">{t('backups:restore.replaced', { backup: title })}</Text>
          <Text size="sm">{t('backups:restore.safety')}</Text>
          {restore.error && (
            <Text size="sm" c="red" role="alert">
              {restore.error.message}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('common:cancel')}
            </Button>
            <Button color="orange" onClick={confirm} loading={restore.isPending}>
              {t('backups:restore.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
