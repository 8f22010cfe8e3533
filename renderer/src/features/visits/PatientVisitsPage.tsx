// The patient's visits and progress: charts with MCID lines, the timeline of plan changes,
// and the visit list.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { formatScore, outcomeMeasures } from '../../../../shared/outcomes';
import { useApiQuery } from '../../app/api';
import { formatDate } from '../../app/format';
import { ProgressCharts } from './ProgressCharts';
import { VisitTimeline } from './VisitTimeline';
import { UnreadableNotice } from '../../app/QueryState';

export function PatientVisitsPage() {
  const { patientId = '' } = useParams();
  const overview = useApiQuery('visits.overview', { patientId });
  const data = overview.data;
  return (
    <Stack maw={1300} gap="md">
      {overview.isPending && <Loader aria-label="Loading visits" />}
      {overview.error && <Alert color="red">{overview.error.message}</Alert>}
      {data && (
        <>
          {data.unreadable > 0 && <UnreadableNotice count={data.unreadable} />}
          <Group justify="space-between">
            <div>
              <Title order={2}>
                {data.patient.firstName} {data.patient.lastName}
              </Title>
              <Text size="sm" c="dimmed">
                {data.patient.dateOfBirth ? `Born ${formatDate(data.patient.dateOfBirth)} · ` : ''}
                {data.visits.length} {data.visits.length === 1 ? 'visit' : 'visits'}
              </Text>
            </div>
            {!data.patient.archived && (
              <Button
                component={Link}
                to={`/visits/patient/${patientId}/new`}
                leftSection={<IconPlus size={16} />}
              >
                Start visit
              </Button>
            )}
          </Group>
          <section aria-label="Progress">
            <Title order={3} size="h4" mb="xs">
              Progress
            </Title>
            <ProgressCharts progress={data.progress} />
          </section>
          <Grid>
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Card withBorder padding="sm">
                <Title order={3} size="h4" mb="xs">
                  Visits
                </Title>
                <Table highlightOnHover aria-label="Visits">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Date</Table.Th>
                      <Table.Th>Notes</Table.Th>
                      <Table.Th>Scores</Table.Th>
                      <Table.Th>Adherence</Table.Th>
                      <Table.Th>
                        <VisuallyHidden>Actions</VisuallyHidden>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.visits.map((visit) => (
                      <Table.Tr key={visit.id} opacity={visit.archived ? 0.6 : 1}>
                        <Table.Td>
                          <Anchor component={Link} to={`/visits/${visit.id}`}>
                            {formatDate(visit.date)}
                          </Anchor>{' '}
                          <Text span size="xs" c="dimmed">
                            {visit.time}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" lineClamp={1}>
                            {visit.headline || '—'}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {visit.treatmentCount}{' '}
                            {visit.treatmentCount === 1 ? 'treatment' : 'treatments'}
                            {visit.planVersionNumber ? ` · plan v${visit.planVersionNumber}` : ''}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Group gap={4}>
                            {visit.scores.map((s) => (
                              <Badge
                                key={s.measure}
                                variant={s.reachesMcid ? 'filled' : 'light'}
                                color="teal"
                                title={s.reachesMcid ? 'MCID reached' : undefined}
                              >
                                {outcomeMeasures[s.measure].shortName}{' '}
                                {s.score === null ? '–' : formatScore(s.measure, s.score)}
                              </Badge>
                            ))}
                          </Group>
                        </Table.Td>
                        <Table.Td>
                          {visit.adherencePercent === null
                            ? '—'
                            : `${Math.round(visit.adherencePercent)} %`}
                        </Table.Td>
                        <Table.Td>
                          <Group gap={4}>
                            {visit.amended && (
                              <Badge size="xs" color="yellow">
                                Amended
                              </Badge>
                            )}
                            {visit.archived && (
                              <Badge size="xs" color="red">
                                Archived
                              </Badge>
                            )}
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
                {data.visits.length === 0 && (
                  <Text size="sm" c="dimmed">
                    No visits yet. “Start visit” records the SOAP note, treatments, scores and the
                    home grid.
                  </Text>
                )}
              </Card>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <Card withBorder padding="sm">
                <Title order={3} size="h4" mb="xs">
                  Timeline
                </Title>
                <VisitTimeline entries={data.progress.timeline} />
              </Card>
            </Grid.Col>
          </Grid>
        </>
      )}
    </Stack>
  );
}
