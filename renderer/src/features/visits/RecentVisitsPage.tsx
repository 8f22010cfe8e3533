// Start page of the Visits section: the latest visits across patients.
import { Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { IconStethoscope } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useApiQuery } from '../../app/api';
import { DataTable } from '../../app/DataTable';
import { EmptyState } from '../../app/EmptyState';
import { formatDate } from '../../app/format';
import { useT } from '../../app/i18n';
import { QueryState } from '../../app/QueryState';

export function RecentVisitsPage() {
  const t = useT();
  const recent = useApiQuery('visits.recent', {});
  return (
    <Stack maw={900} gap="md">
      <div>
        <Title order={2}>{t('visits:recent.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('visits:recent.intro')}
        </Text>
      </div>
      <QueryState
        query={recent}
        loadingLabel={t('visits:recent.loading')}
        errorTitle={t('visits:recent.loadError')}
        isEmpty={(visits) => visits.length === 0}
        empty={
          <EmptyState
            icon={IconStethoscope}
            title={t('visits:recent.emptyTitle')}
            action={
              <Button component={Link} to="/patients" variant="light">
                {t('visits:recent.openPatients')}
              </Button>
            }
          >
            {t('visits:recent.emptyHelp')}
          </EmptyState>
        }
      >
        {(visits) => (
          <DataTable
            label={t('visits:recent.table')}
            rows={visits}
            rowKey={(visit) => visit.id}
            columns={[
              {
                key: 'when',
                header: t('visits:list.date'),
                width: 180,
                cell: (visit) => (
                  <Anchor component={Link} to={`/visits/${visit.id}`}>
                    {formatDate(visit.date)} {visit.time}
                  </Anchor>
                ),
              },
              {
                key: 'patient',
                header: t('visits:recent.patient'),
                cell: (visit) => (
                  <Anchor component={Link} to={`/visits/patient/${visit.patientId}`}>
                    {visit.patientName}
                  </Anchor>
                ),
              },
              {
                key: 'headline',
                header: t('visits:list.notes'),
                cell: (visit) => (
                  <Text size="sm" c="dimmed" lineClamp={1}>
                    {visit.headline}
                  </Text>
                ),
              },
            ]}
          />
        )}
      </QueryState>
    </Stack>
  );
}
