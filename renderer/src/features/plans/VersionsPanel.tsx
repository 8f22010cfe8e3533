// Issued versions of the plan, and what changed between any two of them.
import { Badge, Group, List, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { PlanVersionSummary } from '../../../../shared/domain/plan';
import { isEmptyDiff, type PlanDiff } from '../../../../shared/plans/plan-diff';
import { useApiQuery } from '../../app/api';
import { DataTable, type Column } from '../../app/DataTable';
import { formatDateTime } from '../../app/format';
import { useT } from '../../app/i18n';
import { QueryState } from '../../app/QueryState';
import { PrintVersionButton } from '../pdf/PrintVersionButton';

function DiffSection(props: { title: string; color: string; lines: string[] }) {
  if (props.lines.length === 0) return null;
  return (
    <section aria-label={props.title}>
      <Group gap="xs" mb={4}>
        <Title order={4} size="h6">
          {props.title}
        </Title>
        <Badge color={props.color} variant="light" size="sm">
          {props.lines.length}
        </Badge>
      </Group>
      <List size="sm" spacing={2}>
        {props.lines.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
    </section>
  );
}

export function DiffView({ diff }: { diff: PlanDiff }) {
  const t = useT();
  const versions = { from: diff.fromVersion, to: diff.toVersion };
  if (isEmptyDiff(diff)) {
    return <Text c="dimmed">{t('plans:versions.noDiff', versions)}</Text>;
  }
  return (
    <Stack component="section" gap="md" aria-label={t('plans:versions.changesFrom', versions)}>
      <DiffSection
        title={t('plans:versions.changed')}
        color="blue"
        lines={diff.changed.map((c) => c.summary)}
      />
      <DiffSection
        title={t('plans:versions.added')}
        color="teal"
        lines={diff.added.map((a) =>
          a.dose
            ? t('plans:versions.itemInWithDose', {
                title: a.title,
                phase: a.phaseTitle,
                dose: a.dose,
              })
            : t('plans:versions.itemIn', { title: a.title, phase: a.phaseTitle }),
        )}
      />
      <DiffSection
        title={t('plans:versions.removed')}
        color="red"
        lines={diff.removed.map((r) =>
          t('plans:versions.itemIn', { title: r.title, phase: r.phaseTitle }),
        )}
      />
      <DiffSection
        title={t('plans:versions.moved')}
        color="grape"
        lines={diff.moved.map((m) => m.summary.replace(/^Moved: /, ''))}
      />
      <DiffSection title={t('plans:versions.plan')} color="gray" lines={diff.planChanges} />
    </Stack>
  );
}

function Compare({ planId, versions }: { planId: string; versions: PlanVersionSummary[] }) {
  const t = useT();
  const last = versions.at(-1)?.versionNumber ?? 1;
  const [from, setFrom] = useState(String(Math.max(1, last - 1)));
  const [to, setTo] = useState(String(last));
  const diff = useApiQuery('plans.diffVersions', {
    planId,
    fromVersion: Number(from),
    toVersion: Number(to),
  });
  const options = versions.map((v) => ({
    value: String(v.versionNumber),
    label: t('plans:versions.option', {
      version: v.versionNumber,
      date: formatDateTime(v.issuedAt),
    }),
  }));
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="sm">
        {t('plans:versions.compare')}
      </Title>
      <Group mb="md">
        <Select
          label={t('plans:versions.from')}
          data={options}
          value={from}
          onChange={(v) => v && setFrom(v)}
          allowDeselect={false}
        />
        <Select
          label={t('plans:versions.to')}
          data={options}
          value={to}
          onChange={(v) => v && setTo(v)}
          allowDeselect={false}
        />
      </Group>
      <QueryState
        query={diff}
        loadingLabel={t('plans:versions.comparing')}
        errorTitle={t('plans:versions.compareFailed')}
        skeletonRows={3}
      >
        {(data) => <DiffView diff={data} />}
      </QueryState>
    </Paper>
  );
}

export function VersionsPanel({
  planId,
  versions,
}: {
  planId: string;
  versions: PlanVersionSummary[];
}) {
  const t = useT();
  if (versions.length === 0) {
    return <Text c="dimmed">{t('plans:versions.none')}</Text>;
  }
  const columns: Column<PlanVersionSummary>[] = [
    {
      key: 'version',
      header: t('plans:versions.columnVersion'),
      cell: (v) => t('plans:versions.version', { version: v.versionNumber }),
    },
    {
      key: 'issued',
      header: t('plans:versions.columnIssued'),
      cell: (v) => formatDateTime(v.issuedAt),
    },
    { key: 'items', header: t('plans:versions.columnItems'), cell: (v) => v.itemCount },
    {
      key: 'print',
      header: t('plans:versions.columnPrint'),
      cell: (v) => (
        <PrintVersionButton
          planVersionId={v.id}
          versionNumber={v.versionNumber}
          size="xs"
          variant="subtle"
        />
      ),
    },
  ];
  return (
    <Stack gap="md" maw={900}>
      <DataTable
        label={t('plans:versions.table')}
        rows={[...versions].reverse()}
        rowKey={(v) => v.id}
        columns={columns}
      />
      {versions.length > 1 && <Compare planId={planId} versions={versions} />}
    </Stack>
  );
}
