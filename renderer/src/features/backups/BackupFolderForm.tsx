// Where backups go: the data folder's own, or a folder the clinic chooses (an external drive).
import { Alert, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { BackupFolder } from '../../../../shared/domain/backups';
import { useApiMutation } from '../../app/api';
import { hostApi } from '../../app/host';

export function BackupFolderForm({
  folder,
  defaultFolder,
}: {
  folder: BackupFolder;
  defaultFolder: string;
}) {
  const [path, setPath] = useState(folder.isDefault ? '' : folder.path);
  const setFolder = useApiMutation('backups.setFolder');

  const save = (value: string | null) => {
    setFolder.mutate(
      { path: value },
      {
        onSuccess: (saved) => {
          setPath(saved.isDefault ? '' : saved.path);
          notifications.show({ color: 'teal', message: `Backups now go to ${saved.path}.` });
        },
      },
    );
  };

  return (
    <Paper
      withBorder
      p="md"
      component="form"
      aria-label="Backup folder"
      onSubmit={(event) => {
        event.preventDefault();
        save(path.trim() === '' ? null : path);
      }}
    >
      <Stack gap="sm">
        <Text fw={500} size="sm">
          Backup folder
        </Text>
        <Text size="sm">
          Backups are written to <strong>{folder.path}</strong>.
        </Text>
        {!folder.available && (
          <Alert color="orange" title="The backup folder is not available">
            Connect the drive it is on, or choose another folder. Until then, daily backups go to
            the data folder ({defaultFolder}).
          </Alert>
        )}
        <TextInput
          label="Folder for backups"
          description="For example a folder on an external drive. Leave empty to use the data folder."
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
                  .invoke('host.chooseFolder', { title: 'Folder for Physioplan backups' })
                  .then(({ path: chosen }) => {
                    if (chosen !== null) save(chosen);
                  });
              }}
            >
              Choose folder…
            </Button>
          )}
          <Button type="submit" variant="light" loading={setFolder.isPending}>
            Use this folder
          </Button>
          {!folder.isDefault && (
            <Button variant="subtle" onClick={() => save(null)}>
              Back to the data folder
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
