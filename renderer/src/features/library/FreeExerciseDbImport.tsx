// Importing free-exercise-db (a public-domain exercise collection): choose its folder, watch
// the progress, cancel if needed, then read the report.
import { Button, Group, Modal, Progress, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ImportProgress, ImportReport } from '../../../../shared/domain/library-pack';
import { useApiMutation, useApiQuery } from '../../app/api';
import { formatNumber } from '../../app/format';
import { hostApi } from '../../app/host';
import { useT } from '../../app/i18n';
import { FolderBrowserDialog } from './FolderBrowserDialog';
import { ImportReportView } from './ImportReportView';

const phaseKeys = {
  idle: 'library:freeDb.phases.idle',
  reading: 'library:freeDb.phases.reading',
  checking: 'library:freeDb.phases.checking',
  photos: 'library:freeDb.phases.photos',
  saving: 'library:freeDb.phases.saving',
  done: 'library:freeDb.phases.done',
  cancelled: 'library:freeDb.phases.cancelled',
} as const satisfies Record<ImportProgress['phase'], string>;

function ImportProgressBar() {
  const t = useT();
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
        aria-label={t('library:freeDb.progress')}
      />
      <Text size="sm" c="dimmed">
        {t(phaseKeys[p?.phase ?? 'idle'])}
        {p?.phase === 'photos' && p.total > 0
          ? ` ${t('library:freeDb.ofTotal', { done: formatNumber(p.done), total: formatNumber(p.total) })}`
          : ''}
      </Text>
    </Stack>
  );
}

export function FreeExerciseDbImport(props: { opened: boolean; onClose(): void }) {
  const t = useT();
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
      title: t('library:freeDb.nativeTitle'),
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
    <Modal opened={props.opened} onClose={close} title={t('library:freeDb.title')} size="lg">
      <Stack>
        <Text size="sm">{t('library:freeDb.intro')}</Text>
        <Group align="flex-end">
          <TextInput
            label={t('library:freeDb.folder')}
            placeholder={t('library:freeDb.folderPlaceholder')}
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
            {t('library:freeDb.chooseFolder')}
          </Button>
        </Group>
        <FolderBrowserDialog
          opened={browsing}
          title={t('library:freeDb.browseTitle')}
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
              {t('library:freeDb.cancelImport')}
            </Button>
          ) : (
            <Button variant="default" onClick={close}>
              {t('common:close')}
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
            {t('library:freeDb.import')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
