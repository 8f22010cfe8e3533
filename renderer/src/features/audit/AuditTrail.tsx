// The audit trail of one patient (or of the whole clinic): what changed and when, never the
// clinical text. Reusable: <AuditTrail patientId={patient.id} /> on the patient page. The CSV
// export keeps English column names and codes: it is read by other tools, not on screen.
import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { NamedAuditEntry } from '../../../../shared/domain/audit';
import { invoke, useApiQuery } from '../../app/api';
import { DataTable, type Column } from '../../app/DataTable';
import { formatDateTime } from '../../app/format';
import { hostApi } from '../../app/host';
import { useT } from '../../app/i18n';
import { QueryState } from '../../app/QueryState';
import { describeAuditEntry, fieldLabel } from './labels';

const PAGE = 50;

function ChainCheck() {
  const t = useT();
  const verify = useApiQuery('audit.verify', {});
  if (!verify.data) return null;
  return verify.data.ok ? (
    <Badge color="teal" variant="light" title={verify.data.message}>
      {t('audit:chain.intact')}
    </Badge>
  ) : (
    <Alert color="red" title={t('audit:chain.broken')} role="alert">
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

export function AuditTrail({ patientId, title }: { patientId?: string; title?: string }) {
  const t = useT();
  const heading = title ?? t('audit:trail.history');
  const [limit, setLimit] = useState(PAGE);
  const [exportError, setExportError] = useState<string | null>(null);
  const input = patientId === undefined ? { limit } : { patientId, limit };
  const page = useApiQuery('audit.list', input, { placeholderData: (previous) => previous });

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

  const columns: Column<NamedAuditEntry>[] = [
    {
      key: 'when',
      header: t('audit:trail.when'),
      cell: (entry) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at)}</span>,
    },
    ...(patientId === undefined
      ? [
          {
            key: 'patient',
            header: t('audit:trail.patient'),
            cell: (entry: NamedAuditEntry) => (
              <span style={{ whiteSpace: 'nowrap' }}>{entry.patientName ?? '—'}</span>
            ),
          },
        ]
      : []),
    {
      key: 'what',
      header: t('audit:trail.what'),
      cell: (entry) => (
        <>
          {describeAuditEntry(entry.entity, entry.action, t)}
          <Subject entity={entry.entity} id={entry.entityId} name={entry.subject} />
        </>
      ),
    },
    {
      key: 'by',
      header: t('audit:trail.by'),
      cell: (entry) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {/* Entries from before sign-in existed, or made by Physioplan itself. */}
          {entry.clinicianName ?? (
            <Text span size="sm" c="dimmed">
              {t('audit:trail.bySystem')}
            </Text>
          )}
        </span>
      ),
    },
    {
      key: 'fields',
      header: t('audit:trail.fields'),
      cell: (entry) => (
        <Text size="sm" c="dimmed">
          {entry.fields.map((field) => fieldLabel(field, t)).join(', ')}
        </Text>
      ),
    },
  ];

  return (
    <Paper withBorder p="md" role="region" aria-label={heading}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3}>{heading}</Title>
          <Group gap="xs">
            <ChainCheck />
            <Button size="xs" variant="light" onClick={() => void exportCsv()}>
              {t('audit:trail.exportCsv')}
            </Button>
          </Group>
        </Group>
        {exportError && (
          <Text size="sm" c="red" role="alert">
            {exportError}
          </Text>
        )}
        <QueryState
          query={page}
          loadingLabel={t('audit:trail.loading')}
          errorTitle={t('audit:trail.loadError')}
          skeletonRows={3}
          unreadable={(data) => data.unreadable}
          isEmpty={(data) => data.entries.length === 0}
          empty={
            <Text size="sm" c="dimmed">
              {t('audit:trail.empty')}
            </Text>
          }
        >
          {(data) => (
            <DataTable
              label={t('audit:trail.entries', { title: heading })}
              rows={data.entries}
              rowKey={(entry) => String(entry.seq)}
              columns={columns}
            />
          )}
        </QueryState>
        {page.data?.nextBeforeSeq !== null && page.data !== undefined && limit < 500 && (
          <Button
            variant="subtle"
            size="xs"
            onClick={() => setLimit((n) => Math.min(n + PAGE, 500))}
          >
            {t('audit:trail.older')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
