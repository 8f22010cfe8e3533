// The patient list: search by name, date of birth or condition; archived patients on request.
import {
  Anchor,
  Badge,
  Button,
  Group,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useApiQuery } from '../../app/api';
import { DataTable } from '../../app/DataTable';
import { EmptyState } from '../../app/EmptyState';
import { QueryState } from '../../app/QueryState';
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
      <QueryState
        query={patients}
        loadingLabel="Loading patients"
        errorTitle="Could not load patients"
        unreadable={(found) => found.unreadable}
        isEmpty={(found) => found.patients.length === 0}
        empty={
          !debounced.trim() && archived !== 'only' ? (
            <EmptyState
              icon={IconUsers}
              title="No patients yet."
              action={
                <Button
                  component={Link}
                  to="/patients/new"
                  leftSection={<IconUserPlus size={16} />}
                >
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
          )
        }
      >
        {(found) => (
          <DataTable
            label="Patients"
            rows={found.patients}
            rowKey={(p) => p.id}
            onRowClick={(p) => void navigate(`/patients/${p.id}`)}
            columns={[
              {
                key: 'name',
                header: 'Name',
                cell: (p) => (
                  <>
                    <Anchor component={Link} to={`/patients/${p.id}`} fw={500}>
                      {p.lastName}, {p.firstName}
                    </Anchor>
                    {p.archived && (
                      <Badge ml="xs" color="gray" variant="light">
                        Archived
                      </Badge>
                    )}
                  </>
                ),
              },
              { key: 'born', header: 'Date of birth', cell: (p) => formatDate(p.dateOfBirth) },
              { key: 'conditions', header: 'Conditions', cell: (p) => p.conditions.join(', ') },
            ]}
          />
        )}
      </QueryState>
    </Stack>
  );
}
