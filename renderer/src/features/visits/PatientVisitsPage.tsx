// The patient's visits and progress: charts with MCID lines, the timeline of plan changes,
// and the visit list.
import {
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import type { PatientVisitsOverview } from '../../../../shared/domain/visit-progress';
import { outcomeMeasures } from '../../../../shared/outcomes';
import { useApiQuery } from '../../app/api';
import { DataTable } from '../../app/DataTable';
import { formatDate, formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import { QueryState } from '../../app/QueryState';
import { scoreText } from './outcome-labels';
import { ProgressCharts } from './ProgressCharts';
import { VisitTimeline } from './VisitTimeline';

type VisitRow = PatientVisitsOverview['visits'][number];

function VisitsTable({ visits }: { visits: readonly VisitRow[] }) {
  const t = useT();
  return (
    <DataTable
      label={t('visits:list.title')}
      rows={visits}
      rowKey={(visit) => visit.id}
      highlightOnHover
      columns={[
        {
          key: 'date',
          header: t('visits:list.date'),
          cell: (visit) => (
            <>
              <Anchor component={Link} to={`/visits/${visit.id}`}>
                {formatDate(visit.date)}
              </Anchor>{' '}
              <Text span size="xs" c="dimmed">
                {visit.time}
              </Text>
            </>
          ),
        },
        {
          key: 'notes',
          header: t('visits:list.notes'),
          cell: (visit) => (
            <>
              <Text size="sm" lineClamp={1}>
                {visit.headline || '—'}
              </Text>
              <Text size="xs" c="dimmed">
                {visit.planVersionNumber
                  ? t('visits:list.treatmentsWithPlan', {
                      count: visit.treatmentCount,
                      version: visit.planVersionNumber,
                    })
                  : t('visits:list.treatments', { count: visit.treatmentCount })}
              </Text>
            </>
          ),
        },
        {
          key: 'scores',
          header: t('visits:list.scores'),
          cell: (visit) => (
            <Group gap={4}>
              {visit.scores.map((s) => (
                <Badge
                  key={s.measure}
                  variant={s.reachesMcid ? 'filled' : 'light'}
                  color="teal"
                  title={s.reachesMcid ? t('outcomes:score.mcidReached') : undefined}
                >
                  {outcomeMeasures[s.measure].shortName}{' '}
                  {s.score === null ? '–' : scoreText(s.measure, s.score)}
                </Badge>
              ))}
            </Group>
          ),
        },
        {
          key: 'adherence',
          header: t('visits:list.adherence'),
          cell: (visit) =>
            visit.adherencePercent === null
              ? '—'
              : `${formatNumber(Math.round(visit.adherencePercent))} %`,
        },
        {
          key: 'marks',
          header: <VisuallyHidden>{t('visits:list.marks')}</VisuallyHidden>,
          cell: (visit) => (
            <Group gap={4}>
              {visit.amended && (
                <Badge size="xs" color="yellow">
                  {t('visits:visit.amended')}
                </Badge>
              )}
              {visit.archived && (
                <Badge size="xs" color="red">
                  {t('visits:visit.archived')}
                </Badge>
              )}
            </Group>
          ),
        },
      ]}
    />
  );
}

export function PatientVisitsPage() {
  const t = useT();
  const { patientId = '' } = useParams();
  const overview = useApiQuery('visits.overview', { patientId });
  return (
    <Stack maw={1300} gap="md">
      <QueryState
        query={overview}
        loadingLabel={t('visits:patient.loading')}
        errorTitle={t('visits:patient.loadError')}
        unreadable={(data) => data.unreadable}
      >
        {(data) => (
          <>
            <Group justify="space-between">
              <div>
                <Title order={2}>
                  {data.patient.firstName} {data.patient.lastName}
                </Title>
                <Text size="sm" c="dimmed">
                  {data.patient.dateOfBirth
                    ? t('visits:patient.bornAndVisits', {
                        date: formatDate(data.patient.dateOfBirth),
                        count: data.visits.length,
                      })
                    : t('visits:patient.visits', { count: data.visits.length })}
                </Text>
              </div>
              {!data.patient.archived && (
                <Button
                  component={Link}
                  to={`/visits/patient/${patientId}/new`}
                  leftSection={<IconPlus size={16} />}
                >
                  {t('visits:patient.start')}
                </Button>
              )}
            </Group>
            <section aria-label={t('visits:patient.progress')}>
              <Title order={3} size="h4" mb="xs">
                {t('visits:patient.progress')}
              </Title>
              <ProgressCharts progress={data.progress} />
            </section>
            <Grid>
              <Grid.Col span={{ base: 12, lg: 8 }}>
                <Card withBorder padding="sm">
                  <Title order={3} size="h4" mb="xs">
                    {t('visits:list.title')}
                  </Title>
                  <VisitsTable visits={data.visits} />
                  {data.visits.length === 0 && (
                    <Text size="sm" c="dimmed">
                      {t('visits:list.empty')}
                    </Text>
                  )}
                </Card>
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 4 }}>
                <Card withBorder padding="sm">
                  <Title order={3} size="h4" mb="xs">
                    {t('visits:timeline.title')}
                  </Title>
                  <VisitTimeline entries={data.progress.timeline} />
                </Card>
              </Grid.Col>
            </Grid>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
