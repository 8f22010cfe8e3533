// Library actions above the search: new items of each kind, packs (export and import), and the
// free-exercise-db import.
import { Button, Group, Menu, Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import {
  IconChevronDown,
  IconDatabaseImport,
  IconFileExport,
  IconFileImport,
  IconPackage,
  IconPlus,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ImportReport } from '../../../../shared/domain/library-pack';
import { itemKinds } from '../../../../shared/domain/parameters';
import { invoke } from '../../app/api';
import { FreeExerciseDbImport } from './FreeExerciseDbImport';
import { ImportReportView } from './ImportReportView';
import { useT } from '../../app/i18n';
import { KindIcon, kindLabelKeys } from './library-labels';
import { exportPackToFile, pickPackFile, usePackDialogWords } from './pack-files';
import type { LibraryFilters } from './use-library-search';

/** Every id the current search finds (the list loads them a page at a time). */
async function idsOfSearch(query: string, filters: LibraryFilters): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await invoke('library.search', { query, ...filters, limit: 200, offset });
    ids.push(...page.items.map((i) => i.id));
    if (ids.length >= page.total || page.items.length === 0) return ids;
  }
}

export function LibraryToolbar(props: { query: string; filters: LibraryFilters }) {
  const t = useT();
  const words = usePackDialogWords();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [report, setReport] = useState<ImportReport | null>(null);
  const [freeExerciseDb, setFreeExerciseDb] = useState(false);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      notifications.show({
        color: 'red',
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setBusy(false);
    }
  };
  const exportPack = (ids?: string[]) =>
    run(async () => {
      const result = await exportPackToFile(words, ids);
      if (result.saved)
        notifications.show({
          message: t('library:toolbar.exported', { count: result.itemCount }),
        });
    });
  const importPack = () =>
    run(async () => {
      const file = await pickPackFile(words);
      if (!file) return;
      const result = await invoke('library.importPack', file);
      setReport(result);
      await queryClient.invalidateQueries();
    });

  return (
    <Group gap="xs">
      <Menu position="bottom-start">
        <Menu.Target>
          <Button
            size="xs"
            leftSection={<IconPlus size={14} />}
            rightSection={<IconChevronDown size={14} />}
          >
            {t('library:toolbar.newItem')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {itemKinds.map((kind) => (
            <Menu.Item
              key={kind}
              leftSection={<KindIcon kind={kind} size={16} />}
              onClick={() => navigate(`/library/new/${kind}`)}
            >
              {t(kindLabelKeys[kind])}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Menu position="bottom-start">
        <Menu.Target>
          <Button
            size="xs"
            variant="default"
            loading={busy}
            leftSection={<IconPackage size={14} />}
            rightSection={<IconChevronDown size={14} />}
          >
            {t('library:toolbar.importExport')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('library:toolbar.packs')}</Menu.Label>
          <Menu.Item
            leftSection={<IconFileExport size={16} />}
            onClick={() =>
              void run(async () => exportPack(await idsOfSearch(props.query, props.filters)))
            }
          >
            {t('library:toolbar.exportList')}
          </Menu.Item>
          <Menu.Item leftSection={<IconFileExport size={16} />} onClick={() => void exportPack()}>
            {t('library:toolbar.exportAll')}
          </Menu.Item>
          <Menu.Item leftSection={<IconFileImport size={16} />} onClick={() => void importPack()}>
            {t('library:toolbar.importPack')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Label>{t('library:toolbar.otherSources')}</Menu.Label>
          <Menu.Item
            leftSection={<IconDatabaseImport size={16} />}
            onClick={() => setFreeExerciseDb(true)}
          >
            {t('library:toolbar.importFreeExerciseDb')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={report !== null}
        onClose={() => setReport(null)}
        title={t('library:toolbar.packImport')}
        size="lg"
      >
        {report && <ImportReportView report={report} />}
      </Modal>
      <FreeExerciseDbImport opened={freeExerciseDb} onClose={() => setFreeExerciseDb(false)} />
    </Group>
  );
}
