// What an import did: counts, then each error with its item and field (nothing is changed when
// there is any), and the items that were skipped and why.
import { Alert, List, Stack, Table, Text } from '@mantine/core';
import type { ImportReport } from '../../../../shared/domain/library-pack';

export function ImportReportView({ report }: { report: ImportReport }) {
  const skipped = report.items.filter((i) => i.outcome === 'skipped');
  return (
    <Stack gap="sm" aria-label="Import report" role="region">
      {report.applied ? (
        <Alert color="teal" title={`Imported ${report.source}`}>
          {report.added} added, {report.updated} updated, {report.skipped} skipped
          {report.imagesStored > 0 ? `; ${report.imagesStored} photos stored` : ''}.
        </Alert>
      ) : (
        <Alert color="red" title="Nothing was imported">
          {report.source} has {report.errors.length + report.moreErrors}{' '}
          {report.errors.length + report.moreErrors === 1 ? 'problem' : 'problems'}. The library is
          unchanged; fix the file and import it again.
        </Alert>
      )}
      {report.errors.length > 0 && (
        <Table striped withTableBorder aria-label="Import errors">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Item</Table.Th>
              <Table.Th>Field</Table.Th>
              <Table.Th>Problem</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.errors.map((error, index) => (
              <Table.Tr key={index}>
                <Table.Td>
                  {error.itemIndex === null
                    ? 'The file'
                    : `${error.itemIndex + 1}${error.itemTitle ? ` (${error.itemTitle})` : ''}`}
                </Table.Td>
                <Table.Td>{error.field ?? '—'}</Table.Td>
                <Table.Td>{error.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {report.moreErrors > 0 && (
        <Text size="sm" c="dimmed">
          …and {report.moreErrors} more.
        </Text>
      )}
      {report.applied && skipped.length > 0 && skipped.length <= 50 && (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Skipped
          </Text>
          <List size="sm" spacing={2}>
            {skipped.map((item) => (
              <List.Item key={item.index}>
                {item.title}: {item.reason}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Stack>
  );
}
