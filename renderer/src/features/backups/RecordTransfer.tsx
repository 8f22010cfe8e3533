// Moving the whole clinic record: one export file out, or an export file in (replacing the
// record here after a safety backup).
import {
  Alert,
  Button,
  Group,
  Modal,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useApiMutation } from '../../app/api';
import { hostApi } from '../../app/host';
import { formatBytes } from '../../app/format';

function ExportPanel({ backupFolder }: { backupFolder: string }) {
  const [folder, setFolder] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const exportRecord = useApiMutation('backups.exportRecord');
  return (
    <Stack gap="sm">
      <TextInput
        label="Export to folder"
        description="Leave empty to use the backup folder."
        placeholder={backupFolder}
        value={folder}
        onChange={(event) => setFolder(event.currentTarget.value)}
        error={
          exportRecord.error?.issueFor('folder') ??
          (exportRecord.error?.issueFor('passphrase') ? undefined : exportRecord.error?.message)
        }
      />
      <PasswordInput
        label="Passphrase for the export"
        description="At least 10 characters. Whoever imports the file needs it; tell them by another way than the file."
        value={passphrase}
        onChange={(event) => setPassphrase(event.currentTarget.value)}
        error={exportRecord.error?.issueFor('passphrase')}
      />
      <Group>
        {hostApi.capabilities.chooseFolder && (
          <Button
            variant="default"
            onClick={() => {
              void hostApi
                .invoke('host.chooseFolder', { title: 'Folder for the export' })
                .then(({ path }) => {
                  if (path !== null) setFolder(path);
                });
            }}
          >
            Choose folder…
          </Button>
        )}
        <Button
          variant="light"
          loading={exportRecord.isPending}
          onClick={() =>
            exportRecord.mutate(folder.trim() === '' ? { passphrase } : { folder, passphrase })
          }
        >
          Export whole record
        </Button>
      </Group>
      {exportRecord.data && (
        <Alert color="teal" title="Export written">
          <Text size="sm">{exportRecord.data.path}</Text>
          <Text size="xs" c="dimmed">
            {formatBytes(exportRecord.data.sizeBytes)} · checksum{' '}
            {exportRecord.data.sha256.slice(0, 16)}…
          </Text>
        </Alert>
      )}
    </Stack>
  );
}

function ImportPanel() {
  const [file, setFile] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirming, setConfirming] = useState(false);
  const importRecord = useApiMutation('backups.importRecord');
  const start = () => {
    importRecord.mutate(
      { path: file, passphrase },
      {
        onSuccess: (result) => {
          setConfirming(false);
          setFile('');
          setPassphrase('');
          notifications.show({
            color: 'teal',
            message: `Imported ${result.restoredFrom}. The record as it was before is kept in ${result.safetyBackup?.fileName ?? 'a safety backup'}.`,
          });
        },
      },
    );
  };
  return (
    <Stack gap="sm">
      <TextInput
        label="Export file to import"
        description="The full path of a .physioplan-export file."
        value={file}
        onChange={(event) => setFile(event.currentTarget.value)}
        error={!confirming ? importRecord.error?.message : undefined}
      />
      <PasswordInput
        label="Passphrase of the export"
        description="The passphrase chosen when the export was made."
        value={passphrase}
        onChange={(event) => setPassphrase(event.currentTarget.value)}
      />
      <Group>
        <Button
          variant="light"
          color="orange"
          disabled={file.trim() === '' || passphrase === ''}
          onClick={() => setConfirming(true)}
        >
          Import…
        </Button>
      </Group>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title="Replace the clinic record?"
        centered
      >
        <Stack>
          <Text size="sm">
            The clinic record on this computer will be replaced by the one in the export file.
            First, Physioplan backs up the record as it is now.
          </Text>
          {importRecord.error && (
            <Text size="sm" c="red" role="alert">
              {importRecord.error.message}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button color="orange" loading={importRecord.isPending} onClick={start}>
              Replace with the export
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

export function RecordTransfer({ backupFolder }: { backupFolder: string }) {
  return (
    <Paper withBorder p="md" role="group" aria-labelledby="transfer-label">
      <Stack gap="md">
        <div>
          <Text id="transfer-label" fw={500} size="sm">
            Move the clinic record
          </Text>
          <Text size="sm" c="dimmed">
            An export is one encrypted file with the whole record, for another computer. It opens
            only with the passphrase chosen here; keep that passphrase apart from the file.
          </Text>
        </div>
        <ExportPanel backupFolder={backupFolder} />
        <ImportPanel />
      </Stack>
    </Paper>
  );
}
