// One patient: details, archive/restore, and their plans (later, their visits).
import {
  Alert,
  Anchor,
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
import { notifications } from '@mantine/notifications';
import {
  IconArchive,
  IconArrowBackUp,
  IconEdit,
  IconPlus,
  IconStethoscope,
} from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Patient } from '../../../../shared/domain/patient';
import { handoutLanguages } from '../../../../shared/domain/common';
import { useApiMutation, useApiQuery } from '../../app/api';
import { DataTable } from '../../app/DataTable';
import { formatDate, localIsoDate } from '../../app/format';
import { QueryState } from '../../app/QueryState';
import { ageLabel } from '../../../../shared/patients/age';
import { AuditTrail } from '../audit/AuditTrail';
import { NewPlanModal } from '../plans/NewPlanModal';
import { PlanStatusBadge } from '../plans/PlanStatusBadge';

/** "12 Mar 1988 (38 y)": the age is what a clinician reads first. */
function dateOfBirthWithAge(dateOfBirth: string | null): string {
  const age = ageLabel(dateOfBirth, localIsoDate());
  return age === null ? formatDate(dateOfBirth) : `${formatDate(dateOfBirth)} (${age})`;
}

function Details({ patient }: { patient: Patient }) {
  const rows: [string, string][] = [
    ['Date of birth', dateOfBirthWithAge(patient.dateOfBirth)],
    ['Conditions', patient.conditions.join(', ') || '—'],
    ['Diagnosis', patient.diagnosis || '—'],
    ['Phone', patient.phone || '—'],
    ['Email', patient.email || '—'],
    ['Handout language', handoutLanguages[patient.preferredLanguage]],
  ];
  return (
    <Paper withBorder p="md">
      <Table variant="vertical" aria-label="Patient details">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={180}>{label}</Table.Th>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {patient.notes && (
        <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {patient.notes}
        </Text>
      )}
    </Paper>
  );
}

function PlanList({ patientId, archivedPatient }: { patientId: string; archivedPatient: boolean }) {
  const plans = useApiQuery('plans.listForPatient', { patientId });
  const [creating, setCreating] = useState(false);
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3}>Plans</Title>
        <Button
          leftSection={<IconPlus size={18} />}
          onClick={() => setCreating(true)}
          disabled={archivedPatient}
        >
          New plan
        </Button>
      </Group>
      <QueryState
        query={plans}
        loadingLabel="Loading plans"
        errorTitle="Could not load the plans"
        skeletonRows={2}
        unreadable={(list) => list.unreadable}
        isEmpty={(list) => list.plans.length === 0}
        empty={
          <Text c="dimmed">
            No plans yet. “New plan” starts one, empty or from a protocol such as plantar heel pain.
          </Text>
        }
      >
        {(list) => (
          <DataTable
            label="Plans"
            rows={list.plans}
            rowKey={(plan) => plan.id}
            columns={[
              {
                key: 'plan',
                header: 'Plan',
                cell: (plan) => (
                  <>
                    <Anchor
                      component={Link}
                      to={`/patients/${patientId}/plans/${plan.id}`}
                      fw={500}
                    >
                      {plan.title}
                    </Anchor>
                    {plan.condition && (
                      <Text size="xs" c="dimmed">
                        {plan.condition}
                      </Text>
                    )}
                  </>
                ),
              },
              {
                key: 'status',
                header: 'Status',
                cell: (plan) => <PlanStatusBadge status={plan.status} />,
              },
              { key: 'items', header: 'Items', cell: (plan) => plan.itemCount },
              {
                key: 'version',
                header: 'Latest version',
                cell: (plan) =>
                  plan.latestVersion
                    ? `v${plan.latestVersion.versionNumber}, ${formatDate(plan.latestVersion.issuedAt)}`
                    : 'Not issued',
              },
            ]}
          />
        )}
      </QueryState>
      <NewPlanModal patientId={patientId} opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}

export function PatientPage() {
  const { patientId = '' } = useParams();
  const navigate = useNavigate();
  const patient = useApiQuery('patients.get', { id: patientId });
  const archive = useApiMutation('patients.archive');
  const restore = useApiMutation('patients.restore');
  if (patient.isPending) return <Loader aria-label="Loading patient" />;
  if (patient.error) {
    return (
      <Alert color="red" title="Could not open the patient">
        {patient.error.message}
      </Alert>
    );
  }
  const p = patient.data;
  const onError = (error: Error) => notifications.show({ color: 'red', message: error.message });
  return (
    <Stack gap="lg" maw={1000}>
      <Group justify="space-between" align="start">
        <div>
          <Title order={2}>
            {p.firstName} {p.lastName}
          </Title>
          {p.archived && (
            <Badge color="gray" variant="light">
              Archived
            </Badge>
          )}
        </div>
        <Group>
          <Button
            component={Link}
            to={`/visits/patient/${p.id}`}
            leftSection={<IconStethoscope size={18} />}
          >
            Visits & progress
          </Button>
          <Button
            variant="default"
            leftSection={<IconEdit size={18} />}
            onClick={() => void navigate(`/patients/${p.id}/edit`)}
          >
            Edit
          </Button>
          {p.archived ? (
            <Button
              variant="default"
              leftSection={<IconArrowBackUp size={18} />}
              loading={restore.isPending}
              onClick={() => restore.mutate({ id: p.id }, { onError })}
            >
              Restore
            </Button>
          ) : (
            <Button
              variant="default"
              color="gray"
              leftSection={<IconArchive size={18} />}
              loading={archive.isPending}
              onClick={() =>
                archive.mutate(
                  { id: p.id },
                  {
                    onError,
                    onSuccess: () =>
                      notifications.show({
                        message: `${p.firstName} ${p.lastName} archived. Restore them from the archived list at any time.`,
                      }),
                  },
                )
              }
            >
              Archive
            </Button>
          )}
        </Group>
      </Group>
      <Details patient={p} />
      <PlanList patientId={p.id} archivedPatient={p.archived} />
      <AuditTrail patientId={p.id} title="History" />
    </Stack>
  );
}
