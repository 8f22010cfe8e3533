// Templates (protocols): the built-in ones and the clinic's own. Open one to read or edit it,
// or start a plan from one for a patient (here, or on the patient's page).
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { Link, Route, Routes } from 'react-router';
import { useApiMutation, useApiQuery } from '../../app/api';
import { StartPlanFromTemplateButton } from './NewPlanModal';
import { PlanEditorPage } from './PlanEditorPage';

function TemplateList() {
  const [showArchived, setShowArchived] = useState(false);
  const templates = useApiQuery('plans.listTemplates', { includeArchived: showArchived });
  const archive = useApiMutation('plans.archiveTemplate');
  const restore = useApiMutation('plans.restoreTemplate');
  return (
    <Stack gap="md" maw={1000}>
      <Group justify="space-between">
        <div>
          <Title order={2}>Templates</Title>
          <Text size="sm" c="dimmed">
            Start a plan from a template for a patient here or on the patient’s page. Save any plan
            as a template from the plan editor.
          </Text>
        </div>
        <SegmentedControl
          aria-label="Which templates"
          value={showArchived ? 'all' : 'current'}
          onChange={(v) => setShowArchived(v === 'all')}
          data={[
            { value: 'current', label: 'Current' },
            { value: 'all', label: 'Include archived' },
          ]}
        />
      </Group>
      {templates.isPending && <Loader aria-label="Loading templates" />}
      {templates.error && <Alert color="red">{templates.error.message}</Alert>}
      {templates.data && templates.data.length === 0 && <Text c="dimmed">No templates yet.</Text>}
      {templates.data && templates.data.length > 0 && (
        <Table aria-label="Templates">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Template</Table.Th>
              <Table.Th>Phases</Table.Th>
              <Table.Th>Items</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {templates.data.map((t) => (
              <Table.Tr key={t.id}>
                <Table.Td>
                  <Group gap="xs">
                    <Anchor component={Link} to={`/templates/${t.id}`} fw={500}>
                      {t.title}
                    </Anchor>
                    {t.builtInKey && (
                      <Badge size="xs" variant="light" color="indigo">
                        Built-in
                      </Badge>
                    )}
                    {t.archived && (
                      <Badge size="xs" variant="light" color="gray">
                        Archived
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {t.description || t.condition}
                  </Text>
                </Table.Td>
                <Table.Td>{t.phaseCount}</Table.Td>
                <Table.Td>{t.itemCount}</Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    {!t.archived && (
                      <StartPlanFromTemplateButton template={t} size="xs" variant="light" inRow />
                    )}
                    {t.archived ? (
                      <Button
                        size="xs"
                        variant="subtle"
                        onClick={() => restore.mutate({ templateId: t.id })}
                        aria-label={`Restore ${t.title}`}
                      >
                        Restore
                      </Button>
                    ) : (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="gray"
                        onClick={() => archive.mutate({ templateId: t.id })}
                        aria-label={`Archive ${t.title}`}
                      >
                        Archive
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

export function TemplatesPage() {
  return (
    <Routes>
      <Route index element={<TemplateList />} />
      <Route path=":planId" element={<PlanEditorPage />} />
    </Routes>
  );
}
