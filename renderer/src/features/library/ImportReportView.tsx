// What an import did: counts, then each error with its item and field (nothing is changed when
// there is any), and the items that were skipped and why.
import { Alert, List, Stack, Text } from '@mantine/core';
import type { ImportReport } from '../../../../shared/domain/library-pack';
import { DataTable, type Column } from '../../app/DataTable';
import { useT } from '../../app/i18n';

/** An error and its place in the report (two errors may read the same). */
type ImportError = ImportReport['errors'][number] & { position: number };

export function ImportReportView({ report }: { report: ImportReport }) {
  const t = useT();
  const skipped = report.items.filter((i) => i.outcome === 'skipped');
  const problems = report.errors.length + report.moreErrors;
  const counts = { added: report.added, updated: report.updated, skipped: report.skipped };
  const columns: Column<ImportError>[] = [
    {
      key: 'item',
      header: t('library:report.item'),
      cell: (error) =>
        error.itemIndex === null
          ? t('library:report.theFile')
          : error.itemTitle
            ? t('library:report.itemNumberTitled', {
                number: error.itemIndex + 1,
                title: error.itemTitle,
              })
            : String(error.itemIndex + 1),
    },
    { key: 'field', header: t('library:report.field'), cell: (error) => error.field ?? '—' },
    { key: 'problem', header: t('library:report.problem'), cell: (error) => error.message },
  ];
  return (
    <Stack gap="sm" aria-label={t('library:report.region')} role="region">
      {report.applied ? (
        <Alert color="teal" title={t('library:report.imported', { source: report.source })}>
          {report.imagesStored > 0
            ? t('library:report.countsWithPhotos', { ...counts, photos: report.imagesStored })
            : t('library:report.counts', counts)}
        </Alert>
      ) : (
        <Alert color="red" title={t('library:report.nothing')}>
          {t('library:report.problems', { count: problems, source: report.source })}
        </Alert>
      )}
      {report.errors.length > 0 && (
        <DataTable
          label={t('library:report.errors')}
          rows={report.errors.map((error, position) => ({ ...error, position }))}
          rowKey={(error) => String(error.position)}
          columns={columns}
        />
      )}
      {report.moreErrors > 0 && (
        <Text size="sm" c="dimmed">
          {t('library:report.more', { count: report.moreErrors })}
        </Text>
      )}
      {report.applied && skipped.length > 0 && skipped.length <= 50 && (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('library:report.skipped')}
          </Text>
          <List size="sm" spacing={2}>
            {skipped.map((item) => (
              <List.Item key={item.index}>
                {t('library:report.skippedItem', { title: item.title, reason: item.reason })}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Stack>
  );
}
