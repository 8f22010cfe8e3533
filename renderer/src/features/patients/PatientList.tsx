// The patient list: search by name, date of birth or condition; archived patients on request.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  SegmentedControl,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useApiQuery } from '../../app/api';
import { EmptyState } from '../../app/EmptyState';
import { formatDate } from '../../app/format';

type ArchivedFilter = 'exclude' | 'only';

export function PatientList() {
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [archived, setArchived] = useState<ArchivedFilter>('exclude');
  const [debounced] = useDebouncedValue(query, 150);
  const patients = useApiQuery(
    'patients.search',
    { query: debounced, archived },
    { placeholderData: (previous) => previous },
  );

  return (
    <Stack gap="md" maw={1000}>
      <Group justify="space-between">
        <Title order={2}>Patients</Title>
        <Button component={Link} to="/patients/new" leftSection={<IconUserPlus size={18} />}>
          New patient
        </Button>
      </Group>
      <Group align="end">
        <TextInput
          label="Search patients"
          placeholder="Name, date of birth or condition"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          style={{ flex: 1 }}
          autoFocus
        />
        <SegmentedControl
          aria-label="Which patients"
          value={archived}
          onChange={(value) => setArchived(value === 'only' ? 'only' : 'exclude')}
          data={[
            { value: 'exclude', label: 'Current' },
            { value: 'only', label: 'Archived' },
          ]}
        />
      </Group>
      {patients.isPending && (
        // The rows' shape while the list loads, so the screen does not jump when it arrives.
        <Stack gap="sm" role="status" aria-label="Loading patients" aria-busy>
          {[0, 1, 2, 3, 4].map((row) => (
            <Skeleton key={row} height={22} radius="sm" />
          ))}
        </Stack>
      )}
      {patients.error && (
        <Alert color="red" title="Could not load patients">
          {patients.error.message}
        </Alert>
      )}
      {patients.data &&
        patients.data.length === 0 &&
        (!debounced.trim() && archived !== 'only' ? (
          <EmptyState
            icon={IconUsers}
            title="No patients yet."
            action={
              <Button component={Link} to="/patients/new" leftSection={<IconUserPlus size={16} />}>
                Add the first patient
              </Button>
            }
          >
            Each patient holds their plans, printed home programmes and visits. Start a plan from
            one of the built-in heel-pain protocols or from the library.
          </EmptyState>
        ) : (
          <Text c="dimmed">
            {debounced.trim()
              ? `No ${archived === 'only' ? 'archived ' : ''}patients match “${debounced.trim()}”.`
              : 'No archived patients.'}
          </Text>
        ))}
      {patients.data && patients.data.length > 0 && (
        <Table highlightOnHover aria-label="Patients">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Date of birth</Table.Th>
              <Table.Th>Conditions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {patients.data.map((p) => (
              <Table.Tr
                key={p.id}
                style={{ cursor: 'pointer' }}
                onClick={() => void navigate(`/patients/${p.id}`)}
              >
                <Table.Td>
                  <Anchor component={Link} to={`/patients/${p.id}`} fw={500}>
                    {p.lastName}, {p.firstName}
                  </Anchor>
                  {p.archived && (
                    <Badge ml="xs" color="gray" variant="light">
                      Archived
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{formatDate(p.dateOfBirth)}</Table.Td>
                <Table.Td>{p.conditions.join(', ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
