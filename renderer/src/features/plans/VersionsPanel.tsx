// Issued versions of the plan, and what changed between any two of them.
import { Alert, Badge, Group, List, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { PlanVersionSummary } from '../../../../shared/domain/plan';
import { isEmptyDiff, type PlanDiff } from '../../../../shared/plans/plan-diff';
import { useApiQuery } from '../../app/api';
import { formatDateTime } from '../../app/format';
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
  if (isEmptyDiff(diff)) {
    return (
      <Text c="dimmed">
        No differences between v{diff.fromVersion} and v{diff.toVersion}.
      </Text>
    );
  }
  return (
    <Stack
      component="section"
      gap="md"
      aria-label={`Changes from v${diff.fromVersion} to v${diff.toVersion}`}
    >
      <DiffSection title="Changed items" color="blue" lines={diff.changed.map((c) => c.summary)} />
      <DiffSection
        title="Added"
        color="teal"
        lines={diff.added.map((a) => `${a.title} (${a.phaseTitle})${a.dose ? ` — ${a.dose}` : ''}`)}
      />
      <DiffSection
        title="Removed"
        color="red"
        lines={diff.removed.map((r) => `${r.title} (${r.phaseTitle})`)}
      />
      <DiffSection
        title="Moved"
        color="grape"
        lines={diff.moved.map((m) => m.summary.replace(/^Moved: /, ''))}
      />
      <DiffSection title="Plan" color="gray" lines={diff.planChanges} />
    </Stack>
  );
}

function Compare({ planId, versions }: { planId: string; versions: PlanVersionSummary[] }) {
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
    label: `v${v.versionNumber} — ${formatDateTime(v.issuedAt)}`,
  }));
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="sm">
        Compare versions
      </Title>
      <Group mb="md">
        <Select
          label="From"
          data={options}
          value={from}
          onChange={(v) => v && setFrom(v)}
          allowDeselect={false}
        />
        <Select
          label="To"
          data={options}
          value={to}
          onChange={(v) => v && setTo(v)}
          allowDeselect={false}
        />
      </Group>
      {diff.error && <Alert color="red">{diff.error.message}</Alert>}
      {diff.data && <DiffView diff={diff.data} />}
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
  if (versions.length === 0) {
    return <Text c="dimmed">Not issued yet. “Issue plan” freezes the plan as version 1.</Text>;
  }
  return (
    <Stack gap="md" maw={900}>
      <Table aria-label="Issued versions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Version</Table.Th>
            <Table.Th>Issued</Table.Th>
            <Table.Th>Items</Table.Th>
            <Table.Th>Print</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...versions].reverse().map((v) => (
            <Table.Tr key={v.id}>
              <Table.Td>v{v.versionNumber}</Table.Td>
              <Table.Td>{formatDateTime(v.issuedAt)}</Table.Td>
              <Table.Td>{v.itemCount}</Table.Td>
              <Table.Td>
                <PrintVersionButton
                  planVersionId={v.id}
                  versionNumber={v.versionNumber}
                  size="xs"
                  variant="subtle"
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {versions.length > 1 && <Compare planId={planId} versions={versions} />}
    </Stack>
  );
}
