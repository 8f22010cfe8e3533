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
import { useT } from '../../app/i18n';

function ExportPanel({ backupFolder }: { backupFolder: string }) {
  const t = useT();
  const [folder, setFolder] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const exportRecord = useApiMutation('backups.exportRecord');
  return (
    <Stack gap="sm">
      <TextInput
        label={t('backups:export.folder')}
        description={t('backups:export.folderHint')}
        placeholder={backupFolder}
        value={folder}
        onChange={(event) => setFolder(event.currentTarget.value)}
        error={
          exportRecord.error?.issueFor('folder') ??
          (exportRecord.error?.issueFor('passphrase') ? undefined : exportRecord.error?.message)
        }
      />
      <PasswordInput
        label={t('backups:export.passphrase')}
        description={t('backups:export.passphraseHint')}
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
                .invoke('host.chooseFolder', { title: t('backups:export.dialogTitle') })
                .then(({ path }) => {
                  if (path !== null) setFolder(path);
                });
            }}
          >
            {t('backups:chooseFolder')}
          </Button>
        )}
        <Button
          variant="light"
          loading={exportRecord.isPending}
          onClick={() =>
            exportRecord.mutate(folder.trim() === '' ? { passphrase } : { folder, passphrase })
          }
        >
          {t('backups:export.button')}
        </Button>
      </Group>
      {exportRecord.data && (
        <Alert color="teal" title={t('backups:export.done')}>
          <Text size="sm">{exportRecord.data.path}</Text>
          <Text size="xs" c="dimmed">
            {t('backups:export.checksum', {
              size: formatBytes(exportRecord.data.sizeBytes),
              sha: exportRecord.data.sha256.slice(0, 16),
            })}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}

function ImportPanel() {
  const t = useT();
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
            message: result.safetyBackup
              ? t('backups:import.done', {
                  from: result.restoredFrom,
                  file: result.safetyBackup.fileName,
                })
              : t('backups:import.doneNoFile', { from: result.restoredFrom }),
          });
        },
      },
    );
  };
  return (
    <Stack gap="sm">
      <TextInput
        label={t('backups:import.file')}
        description={t('backups:import.fileHint')}
        value={file}
        onChange={(event) => setFile(event.currentTarget.value)}
        error={!confirming ? importRecord.error?.message : undefined}
      />
      <PasswordInput
        label={t('backups:import.passphrase')}
        description={t('backups:import.passphraseHint')}
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
          {t('backups:import.button')}
        </Button>
      </Group>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('backups:import.confirmTitle')}
        centered
      >
        <Stack>
          <Text size="sm">{t('backups:import.confirmText')}</Text>
          {importRecord.error && (
            <Text size="sm" c="red" role="alert">
              {importRecord.error.message}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common:cancel')}
            </Button>
            <Button color="orange" loading={importRecord.isPending} onClick={start}>
              {t('backups:import.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

export function RecordTransfer({ backupFolder }: { backupFolder: string }) {
  const t = useT();
  return (
    <Paper withBorder p="md" role="group" aria-labelledby="transfer-label">
      <Stack gap="md">
        <div>
          <Text id="transfer-label" fw={500} size="sm">
            {t('backups:transfer.title')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('backups:transfer.intro')}
          </Text>
        </div>
        <ExportPanel backupFolder={backupFolder} />
        <ImportPanel />
      </Stack>
    </Paper>
  );
}
