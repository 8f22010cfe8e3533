// Where backups go: the data folder's own, or a folder the clinic chooses (an external drive).
import { Alert, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Trans } from 'react-i18next';
import type { BackupFolder } from '../../../../shared/domain/backups';
import { useApiMutation } from '../../app/api';
import { hostApi } from '../../app/host';
import { useT } from '../../app/i18n';

export function BackupFolderForm({
  folder,
  defaultFolder,
}: {
  folder: BackupFolder;
  defaultFolder: string;
}) {
  const t = useT();
  const [path, setPath] = useState(folder.isDefault ? '' : folder.path);
  const setFolder = useApiMutation('backups.setFolder');

  const save = (value: string | null) => {
    setFolder.mutate(
      { path: value },
      {
        onSuccess: (saved) => {
          setPath(saved.isDefault ? '' : saved.path);
          notifications.show({
            color: 'teal',
            message: t('backups:folder.saved', { path: saved.path }),
          });
        },
      },
    );
  };

  return (
    <Paper
      withBorder
      p="md"
      component="form"
      aria-label={t('backups:folder.title')}
      onSubmit={(event) => {
        event.preventDefault();
        save(path.trim() === '' ? null : path);
      }}
    >
      <Stack gap="sm">
        <Text fw={500} size="sm">
          {t('backups:folder.title')}
        </Text>
        <Text size="sm">
          <Trans
            t={t}
            i18nKey="backups:folder.writtenTo"
            values={{ path: folder.path }}
            components={{ strong: <strong /> }}
          />
        </Text>
        {!folder.available && (
          <Alert color="orange" title={t('backups:folder.unavailableTitle')}>
            {t('backups:folder.unavailable', { folder: defaultFolder })}
          </Alert>
        )}
        <TextInput
          label={t('backups:folder.input')}
          description={t('backups:folder.inputHint')}
          placeholder={defaultFolder}
          value={path}
          onChange={(event) => setPath(event.currentTarget.value)}
          error={setFolder.error?.issueFor('path') ?? setFolder.error?.message}
        />
        <Group>
          {hostApi.capabilities.chooseFolder && (
            <Button
              variant="default"
              onClick={() => {
                void hostApi
                  .invoke('host.chooseFolder', { title: t('backups:folder.dialogTitle') })
                  .then(({ path: chosen }) => {
                    if (chosen !== null) save(chosen);
                  });
              }}
            >
              {t('backups:chooseFolder')}
            </Button>
          )}
          <Button type="submit" variant="light" loading={setFolder.isPending}>
            {t('backups:folder.use')}
          </Button>
          {!folder.isDefault && (
            <Button variant="subtle" onClick={() => save(null)}>
              {t('backups:folder.useDefault')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
