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
import { useT } from '../../app/i18n';

type ArchivedFilter = 'exclude' | 'only';

export function PatientList() {
  const t = useT();
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
        <Title order={2}>{t('patients:list.title')}</Title>
        <Button component={Link} to="/patients/new" leftSection={<IconUserPlus size={18} />}>
          {t('patients:list.new')}
        </Button>
      </Group>
      <Group align="end">
        <TextInput
          label={t('patients:list.search')}
          placeholder={t('patients:list.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          style={{ flex: 1 }}
          autoFocus
        />
        <SegmentedControl
          aria-label={t('patients:list.which')}
          value={archived}
          onChange={(value) => setArchived(value === 'only' ? 'only' : 'exclude')}
          data={[
            { value: 'exclude', label: t('patients:list.current') },
            { value: 'only', label: t('patients:list.archived') },
          ]}
        />
      </Group>
      <QueryState
        query={patients}
        loadingLabel={t('patients:list.loading')}
        errorTitle={t('patients:list.loadError')}
        unreadable={(found) => found.unreadable}
        isEmpty={(found) => found.patients.length === 0}
        empty={
          !debounced.trim() && archived !== 'only' ? (
            <EmptyState
              icon={IconUsers}
              title={t('patients:list.emptyTitle')}
              action={
                <Button
                  component={Link}
                  to="/patients/new"
                  leftSection={<IconUserPlus size={16} />}
                >
                  {t('patients:list.addFirst')}
                </Button>
              }
            >
              {t('patients:list.emptyText')}
            </EmptyState>
          ) : (
            <Text c="dimmed">
              {debounced.trim()
                ? t(
                    archived === 'only' ? 'patients:list.noArchivedMatch' : 'patients:list.noMatch',
                    { query: debounced.trim() },
                  )
                : t('patients:list.noArchived')}
            </Text>
          )
        }
      >
        {(found) => (
          <DataTable
            label={t('patients:list.title')}
            rows={found.patients}
            rowKey={(p) => p.id}
            onRowClick={(p) => void navigate(`/patients/${p.id}`)}
            columns={[
              {
                key: 'name',
                header: t('patients:fields.name'),
                cell: (p) => (
                  <>
                    <Anchor component={Link} to={`/patients/${p.id}`} fw={500}>
                      {p.lastName}, {p.firstName}
                    </Anchor>
                    {p.archived && (
                      <Badge ml="xs" color="gray" variant="light">
                        {t('patients:status.archived')}
                      </Badge>
                    )}
                  </>
                ),
              },
              {
                key: 'born',
                header: t('patients:fields.dateOfBirth'),
                cell: (p) => formatDate(p.dateOfBirth),
              },
              {
                key: 'conditions',
                header: t('patients:fields.conditions'),
                cell: (p) => p.conditions.join(', '),
              },
            ]}
          />
        )}
      </QueryState>
    </Stack>
  );
}
