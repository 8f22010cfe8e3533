// Templates (protocols): the built-in ones and the clinic's own. Open one to read or edit it,
// or start a plan from one for a patient (here, or on the patient's page).
import {
  Anchor,
  Badge,
  Button,
  Group,
  SegmentedControl,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconTemplate } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, Route, Routes } from 'react-router';
import type { TemplateSummary } from '../../../../shared/domain/plan';
import { useApiMutation, useApiQuery } from '../../app/api';
import { DataTable, type Column } from '../../app/DataTable';
import { EmptyState } from '../../app/EmptyState';
import { useT } from '../../app/i18n';
import { QueryState } from '../../app/QueryState';
import { StartPlanFromTemplateButton } from './NewPlanModal';
import { PlanEditorPage } from './PlanEditorPage';

function TemplateActions({ template }: { template: TemplateSummary }) {
  const t = useT();
  const archive = useApiMutation('plans.archiveTemplate');
  const restore = useApiMutation('plans.restoreTemplate');
  return (
    <Group gap="xs" justify="flex-end" wrap="nowrap">
      {!template.archived && (
        <StartPlanFromTemplateButton template={template} size="xs" variant="light" inRow />
      )}
      {template.archived ? (
        <Button
          size="xs"
          variant="subtle"
          onClick={() => restore.mutate({ templateId: template.id })}
          aria-label={t('plans:templates.restoreOf', { title: template.title })}
        >
          {t('plans:templates.restore')}
        </Button>
      ) : (
        <Button
          size="xs"
          variant="subtle"
          color="gray"
          onClick={() => archive.mutate({ templateId: template.id })}
          aria-label={t('plans:templates.archiveOf', { title: template.title })}
        >
          {t('plans:templates.archive')}
        </Button>
      )}
    </Group>
  );
}

function TemplateList() {
  const t = useT();
  const [showArchived, setShowArchived] = useState(false);
  const templates = useApiQuery('plans.listTemplates', { includeArchived: showArchived });
  const columns: Column<TemplateSummary>[] = [
    {
      key: 'template',
      header: t('plans:templates.columnTemplate'),
      cell: (template) => (
        <>
          <Group gap="xs">
            <Anchor component={Link} to={`/templates/${template.id}`} fw={500}>
              {template.title}
            </Anchor>
            {template.builtInKey && (
              <Badge size="xs" variant="light" color="indigo">
                {t('plans:templates.builtIn')}
              </Badge>
            )}
            {template.archived && (
              <Badge size="xs" variant="light" color="gray">
                {t('plans:templates.archived')}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed" lineClamp={2}>
            {template.description || template.condition}
          </Text>
        </>
      ),
    },
    {
      key: 'phases',
      header: t('plans:templates.columnPhases'),
      cell: (template) => template.phaseCount,
      width: 90,
    },
    {
      key: 'items',
      header: t('plans:templates.columnItems'),
      cell: (template) => template.itemCount,
      width: 90,
    },
    {
      key: 'actions',
      header: <VisuallyHidden>{t('plans:templates.columnActions')}</VisuallyHidden>,
      cell: (template) => <TemplateActions template={template} />,
    },
  ];
  return (
    <Stack gap="md" maw={1000}>
      <Group justify="space-between">
        <div>
          <Title order={2}>{t('plans:templates.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('plans:templates.intro')}
          </Text>
        </div>
        <SegmentedControl
          aria-label={t('plans:templates.which')}
          value={showArchived ? 'all' : 'current'}
          onChange={(v) => setShowArchived(v === 'all')}
          data={[
            { value: 'current', label: t('plans:templates.current') },
            { value: 'all', label: t('plans:templates.includeArchived') },
          ]}
        />
      </Group>
      <QueryState
        query={templates}
        loadingLabel={t('plans:templates.loading')}
        errorTitle={t('plans:templates.loadFailed')}
        isEmpty={(list) => list.length === 0}
        empty={
          <EmptyState icon={IconTemplate} title={t('plans:templates.none')}>
            {t('plans:templates.intro')}
          </EmptyState>
        }
      >
        {(list) => (
          <DataTable
            label={t('plans:templates.title')}
            rows={list}
            rowKey={(template) => template.id}
            columns={columns}
          />
        )}
      </QueryState>
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
