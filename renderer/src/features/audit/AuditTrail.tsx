// The audit trail of one patient (or of the whole clinic): what changed and when, never the
// clinical text. Reusable: <AuditTrail patientId={patient.id} /> on the patient page.
import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { invoke, useApiQuery } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { hostApi } from '../../app/host';
import { describeAuditEntry, fieldLabel } from './labels';
import { UnreadableNotice } from '../../app/QueryState';

const PAGE = 50;

function ChainCheck() {
  const verify = useApiQuery('audit.verify', {});
  if (!verify.data) return null;
  return verify.data.ok ? (
    <Badge color="teal" variant="light" title={verify.data.message}>
      Audit log intact
    </Badge>
  ) : (
    <Alert color="red" title="The audit log has been tampered with" role="alert">
      {verify.data.message}
    </Alert>
  );
}

// Entities whose id tells entries apart; settings and backups are one of a kind, and a
// patient entry is named in the Patient column (or is the page's own patient).
const identified = new Set(['plan', 'plan_version', 'visit', 'library_item']);

/** The last characters of an id, for a record that no longer exists to be named. */
function shortId(id: string): string {
  return id.replace(/-/g, '').slice(-6);
}

function Subject({ entity, id, name }: { entity: string; id: string; name: string | null }) {
  if (name !== null) return <Text size="xs">{name}</Text>;
  if (!identified.has(entity)) return null;
  return (
    <Text size="xs" c="dimmed" title={id}>
      #{shortId(id)}
    </Text>
  );
}

export function AuditTrail({
  patientId,
  title = 'History',
}: {
  patientId?: string;
  title?: string;
}) {
  const [limit, setLimit] = useState(PAGE);
  const [exportError, setExportError] = useState<string | null>(null);
  const input = patientId === undefined ? { limit } : { patientId, limit };
  const page = useApiQuery('audit.list', input);

  const exportCsv = async () => {
    setExportError(null);
    try {
      const file = await invoke('audit.exportCsv', patientId === undefined ? {} : { patientId });
      const bytes = new TextEncoder().encode(file.csv);
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      }
      await hostApi.invoke('host.saveFile', {
        fileName: file.fileName,
        mimeType: 'text/csv',
        dataBase64: btoa(binary),
      });
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <Paper withBorder p="md" role="region" aria-label={title}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3}>{title}</Title>
          <Group gap="xs">
            <ChainCheck />
            <Button size="xs" variant="light" onClick={() => void exportCsv()}>
              Export as CSV
            </Button>
          </Group>
        </Group>
        {exportError && (
          <Text size="sm" c="red" role="alert">
            {exportError}
          </Text>
        )}
        {page.isPending && <Loader size="sm" aria-label="Loading the history" />}
        {page.error && <Alert color="red">{page.error.message}</Alert>}
        {page.data && page.data.unreadable > 0 && <UnreadableNotice count={page.data.unreadable} />}
        {page.data && page.data.entries.length === 0 && (
          <Text size="sm" c="dimmed">
            Nothing recorded yet.
          </Text>
        )}
        {page.data && page.data.entries.length > 0 && (
          <Table aria-label={`${title} entries`} verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                {patientId === undefined && <Table.Th>Patient</Table.Th>}
                <Table.Th>What</Table.Th>
                <Table.Th>By</Table.Th>
                <Table.Th>Details changed</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page.data.entries.map((entry) => (
                <Table.Tr key={entry.seq}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at)}</Table.Td>
                  {patientId === undefined && (
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{entry.patientName ?? '—'}</Table.Td>
                  )}
                  <Table.Td>
                    {describeAuditEntry(entry.entity, entry.action)}
                    <Subject entity={entry.entity} id={entry.entityId} name={entry.subject} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {/* Entries from before sign-in existed, or made by Physioplan itself. */}
                    {entry.clinicianName ?? (
                      <Text span size="sm" c="dimmed">
                        Physioplan
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {entry.fields.map(fieldLabel).join(', ')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {page.data?.nextBeforeSeq !== null && page.data !== undefined && limit < 500 && (
          <Button
            variant="subtle"
            size="xs"
            onClick={() => setLimit((n) => Math.min(n + PAGE, 500))}
          >
            Show older entries
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
