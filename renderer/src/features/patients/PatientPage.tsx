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
import { useApiMutation, useApiQuery } from '../../app/api';
import { DataTable } from '../../app/DataTable';
import { formatDate, localIsoDate } from '../../app/format';
import { useT } from '../../app/i18n';
import { QueryState } from '../../app/QueryState';
import { monthsOld } from '../../../../shared/patients/age';
import type { Translate } from '../../../../shared/i18n';
import { AuditTrail } from '../audit/AuditTrail';
import { NewPlanModal } from '../plans/NewPlanModal';
import { PlanStatusBadge } from '../plans/PlanStatusBadge';
import { handoutLanguageLabel } from './handout-language-options';

/** "12 Mar 1988 (38 y)": the age is what a clinician reads first. */
function dateOfBirthWithAge(dateOfBirth: string | null, t: Translate): string {
  const months = dateOfBirth === null ? null : monthsOld(dateOfBirth, localIsoDate());
  if (months === null) return formatDate(dateOfBirth);
  const age =
    months < 12
      ? t('patients:age.months', { count: months })
      : t('patients:age.years', { count: Math.floor(months / 12) });
  return t('patients:age.withAge', { date: formatDate(dateOfBirth), age });
}

function Details({ patient }: { patient: Patient }) {
  const t = useT();
  const rows: [string, string][] = [
    [t('patients:fields.dateOfBirth'), dateOfBirthWithAge(patient.dateOfBirth, t)],
    [t('patients:fields.conditions'), patient.conditions.join(', ') || '—'],
    [t('patients:fields.diagnosis'), patient.diagnosis || '—'],
    [t('patients:fields.phone'), patient.phone || '—'],
    [t('patients:fields.email'), patient.email || '—'],
    [t('patients:fields.handoutLanguage'), handoutLanguageLabel(patient.preferredLanguage, t)],
  ];
  return (
    <Paper withBorder p="md">
      <Table variant="vertical" aria-label={t('patients:form.label')}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={210}>{label}</Table.Th>
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
  const t = useT();
  const plans = useApiQuery('plans.listForPatient', { patientId });
  const [creating, setCreating] = useState(false);
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3}>{t('patients:plans.title')}</Title>
        <Button
          leftSection={<IconPlus size={18} />}
          onClick={() => setCreating(true)}
          disabled={archivedPatient}
        >
          {t('patients:plans.new')}
        </Button>
      </Group>
      <QueryState
        query={plans}
        loadingLabel={t('patients:plans.loading')}
        errorTitle={t('patients:plans.loadError')}
        skeletonRows={2}
        unreadable={(list) => list.unreadable}
        isEmpty={(list) => list.plans.length === 0}
        empty={<Text c="dimmed">{t('patients:plans.empty')}</Text>}
      >
        {(list) => (
          <DataTable
            label={t('patients:plans.title')}
            rows={list.plans}
            rowKey={(plan) => plan.id}
            columns={[
              {
                key: 'plan',
                header: t('patients:plans.plan'),
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
                header: t('patients:plans.status'),
                cell: (plan) => <PlanStatusBadge status={plan.status} />,
              },
              { key: 'items', header: t('patients:plans.items'), cell: (plan) => plan.itemCount },
              {
                key: 'version',
                header: t('patients:plans.latestVersion'),
                cell: (plan) =>
                  plan.latestVersion
                    ? t('patients:plans.version', {
                        number: plan.latestVersion.versionNumber,
                        date: formatDate(plan.latestVersion.issuedAt),
                      })
                    : t('patients:plans.notIssued'),
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
  const t = useT();
  const { patientId = '' } = useParams();
  const navigate = useNavigate();
  const patient = useApiQuery('patients.get', { id: patientId });
  const archive = useApiMutation('patients.archive');
  const restore = useApiMutation('patients.restore');
  if (patient.isPending) return <Loader aria-label={t('patients:page.loading')} />;
  if (patient.error) {
    return (
      <Alert color="red" title={t('patients:page.openError')}>
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
              {t('patients:status.archived')}
            </Badge>
          )}
        </div>
        <Group>
          <Button
            component={Link}
            to={`/visits/patient/${p.id}`}
            leftSection={<IconStethoscope size={18} />}
          >
            {t('patients:page.visits')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconEdit size={18} />}
            onClick={() => void navigate(`/patients/${p.id}/edit`)}
          >
            {t('common:edit')}
          </Button>
          {p.archived ? (
            <Button
              variant="default"
              leftSection={<IconArrowBackUp size={18} />}
              loading={restore.isPending}
              onClick={() => restore.mutate({ id: p.id }, { onError })}
            >
              {t('patients:page.restore')}
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
                        message: t('patients:page.archivedNotice', {
                          name: `${p.firstName} ${p.lastName}`,
                        }),
                      }),
                  },
                )
              }
            >
              {t('patients:page.archive')}
            </Button>
          )}
        </Group>
      </Group>
      <Details patient={p} />
      <PlanList patientId={p.id} archivedPatient={p.archived} />
      <AuditTrail patientId={p.id} />
    </Stack>
  );
}
