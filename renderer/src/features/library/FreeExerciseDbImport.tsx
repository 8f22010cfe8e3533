// Importing free-exercise-db (a public-domain exercise collection): choose its folder, watch
// the progress, cancel if needed, then read the report.
import { Button, Group, Modal, Progress, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ImportProgress, ImportReport } from '../../../../shared/domain/library-pack';
import { useApiMutation, useApiQuery } from '../../app/api';
import { hostApi } from '../../app/host';
import { FolderBrowserDialog } from './FolderBrowserDialog';
import { ImportReportView } from './ImportReportView';

const phaseLabels: Record<ImportProgress['phase'], string> = {
  idle: 'Starting…',
  reading: 'Reading exercises.json…',
  checking: 'Checking the exercises…',
  photos: 'Reading photos…',
  saving: 'Saving to the library…',
  done: 'Done',
  cancelled: 'Cancelled',
};

function ImportProgressBar() {
  const progress = useApiQuery(
    'library.importProgress',
    {},
    { refetchInterval: 150, staleTime: 0 },
  );
  const p = progress.data;
  const value = p && p.total > 0 ? (p.done / p.total) * 100 : 0;
  return (
    <Stack gap={4}>
      <Progress
        value={p?.phase === 'photos' ? value : 100}
        animated
        striped
        aria-label="Import progress"
      />
      <Text size="sm" c="dimmed">
        {p ? phaseLabels[p.phase] : 'Starting…'}
        {p?.phase === 'photos' && p.total > 0 ? ` ${p.done} of ${p.total}` : ''}
      </Text>
    </Stack>
  );
}

export function FreeExerciseDbImport(props: { opened: boolean; onClose(): void }) {
  const [folder, setFolder] = useState('');
  const [report, setReport] = useState<ImportReport | null>(null);
  const run = useApiMutation('library.importFreeExerciseDb');
  const cancel = useApiMutation('library.cancelImport');
  const native = hostApi.capabilities.chooseFolder;
  // Without a native dialog (browser host) the folders come from the core.
  const [browsing, setBrowsing] = useState(false);

  const choose = async () => {
    if (!native) {
      setBrowsing(true);
      return;
    }
    const chosen = await hostApi.invoke('host.chooseFolder', {
      title: 'The free-exercise-db folder',
    });
    if (chosen.path) setFolder(chosen.path);
  };
  const close = () => {
    if (run.isPending) return;
    setReport(null);
    run.reset();
    props.onClose();
  };

  return (
    <Modal opened={props.opened} onClose={close} title="Import free-exercise-db" size="lg">
      <Stack>
        <Text size="sm">
          free-exercise-db is a public-domain collection of about 870 exercises with photos. Choose
          the folder that holds its <code>exercises.json</code> and images. Importing again updates
          what changed and never duplicates; exercises you edited here are kept as they are.
        </Text>
        <Group align="flex-end">
          <TextInput
            label="Folder"
            placeholder="/path/to/free-exercise-db"
            style={{ flex: 1 }}
            value={folder}
            error={
              run.error?.issueFor('folder') ??
              (run.error && !run.error.issues.length ? run.error.message : undefined)
            }
            onChange={(e) => setFolder(e.currentTarget.value)}
            disabled={run.isPending}
          />
          <Button variant="default" onClick={() => void choose()} disabled={run.isPending}>
            Choose folder…
          </Button>
        </Group>
        <FolderBrowserDialog
          opened={browsing}
          title="Choose the free-exercise-db folder"
          onClose={() => setBrowsing(false)}
          onChoose={(path) => {
            setFolder(path);
            setBrowsing(false);
          }}
        />
        {run.isPending && <ImportProgressBar />}
        {report && <ImportReportView report={report} />}
        <Group justify="flex-end">
          {run.isPending ? (
            <Button color="red" variant="light" onClick={() => cancel.mutate({})}>
              Cancel import
            </Button>
          ) : (
            <Button variant="default" onClick={close}>
              Close
            </Button>
          )}
          <Button
            loading={run.isPending}
            disabled={folder.trim() === ''}
            onClick={() => {
              setReport(null);
              run.mutate({ folder }, { onSuccess: setReport });
            }}
          >
            Import
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
