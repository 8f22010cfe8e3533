// Start page of the Visits section: the latest visits across patients.
import { Alert, Anchor, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useApiQuery } from '../../app/api';
import { formatDate } from '../../app/format';

export function RecentVisitsPage() {
  const recent = useApiQuery('visits.recent', {});
  return (
    <Stack maw={900} gap="md">
      <div>
        <Title order={2}>Visits</Title>
        <Text size="sm" c="dimmed">
          The latest visits. Open a patient to record a visit and see their progress.
        </Text>
      </div>
      {recent.isPending && <Loader aria-label="Loading visits" />}
      {recent.error && <Alert color="red">{recent.error.message}</Alert>}
      {recent.data && recent.data.length === 0 && <Text c="dimmed">No visits recorded yet.</Text>}
      {recent.data && recent.data.length > 0 && (
        <Table aria-label="Recent visits">
          <Table.Tbody>
            {recent.data.map((visit) => (
              <Table.Tr key={visit.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/visits/${visit.id}`}>
                    {formatDate(visit.date)} {visit.time}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/visits/patient/${visit.patientId}`}>
                    {visit.patientName}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed" lineClamp={1}>
                    {visit.headline}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
