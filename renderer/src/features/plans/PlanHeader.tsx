// The top of the plan editor: where it belongs, its title and condition (editable), status,
// issue state, and the plan-wide actions.
import {
  Anchor,
  Badge,
  Button,
  Group,
  Menu,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconChevronLeft, IconEdit } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { planStatuses, type Plan } from '../../../../shared/domain/plan';
import { useApiQuery } from '../../app/api';
import { formatDate } from '../../app/format';
import { useT } from '../../app/i18n';
import { PrintVersionButton } from '../pdf/PrintVersionButton';
import { StartPlanFromTemplateButton } from './NewPlanModal';
import { IssuePlanButton, SaveAsTemplateButton } from './PlanActions';
import { planStatusColors, planStatusLabelKeys, planStatusMarkKeys } from './plan-labels';
import { usePlanEditorContext } from './plan-editor-context';

function BackLink({ plan }: { plan: Plan }) {
  const t = useT();
  const patient = useApiQuery(
    'patients.get',
    { id: plan.patientId ?? '' },
    { enabled: plan.patientId !== null },
  );
  const to = plan.patientId ? `/patients/${plan.patientId}` : '/templates';
  const label = plan.patientId
    ? patient.data
      ? `${patient.data.firstName} ${patient.data.lastName}`
      : t('plans:header.patient')
    : t('plans:header.templates');
  return (
    <Anchor component={Link} to={to} size="sm">
      <Group gap={2}>
        <IconChevronLeft size={14} aria-hidden />
        {label}
      </Group>
    </Anchor>
  );
}

function DetailsForm({ plan, onDone }: { plan: Plan; onDone(): void }) {
  const t = useT();
  const editor = usePlanEditorContext();
  const [title, setTitle] = useState(plan.title);
  const [condition, setCondition] = useState(plan.condition);
  const [description, setDescription] = useState(plan.description);
  const [error, setError] = useState<string | null>(null);
  return (
    <Stack
      component="form"
      gap="xs"
      aria-label={t('plans:header.detailsForm')}
      onSubmit={(e) => {
        e.preventDefault();
        editor
          .write('plans.update', { title, condition, description })
          .then(onDone, (x: unknown) => setError(x instanceof Error ? x.message : String(x)));
      }}
    >
      <Group align="start">
        <TextInput
          label={t('plans:header.planTitle')}
          value={title}
          error={error}
          onChange={(e) => setTitle(e.currentTarget.value)}
          w={360}
        />
        <TextInput
          label={t('plans:header.condition')}
          value={condition}
          onChange={(e) => setCondition(e.currentTarget.value)}
          w={260}
        />
      </Group>
      {plan.patientId === null && (
        <Textarea
          label={t('plans:header.templatePurpose')}
          autosize
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
      )}
      <Group gap="xs">
        <Button size="xs" type="submit">
          {t('plans:header.saveDetails')}
        </Button>
        <Button size="xs" variant="default" onClick={onDone}>
          {t('common:cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

export function PlanHeader({ plan, readOnly }: { plan: Plan; readOnly: boolean }) {
  const t = useT();
  const editor = usePlanEditorContext();
  const [editing, setEditing] = useState(false);
  const latest = plan.versions.at(-1);
  const isTemplate = plan.patientId === null;
  return (
    <Stack gap={4}>
      <BackLink plan={plan} />
      {editing ? (
        <DetailsForm plan={plan} onDone={() => setEditing(false)} />
      ) : (
        <Group justify="space-between" align="start">
          <div>
            <Group gap="xs">
              <Title order={2}>{plan.title}</Title>
              {!readOnly && (
                <Button
                  size="xs"
                  variant="subtle"
                  leftSection={<IconEdit size={14} />}
                  onClick={() => setEditing(true)}
                >
                  {t('plans:header.editDetails')}
                </Button>
              )}
            </Group>
            <Group gap="xs">
              {plan.condition && <Text c="dimmed">{plan.condition}</Text>}
              {isTemplate ? (
                <Badge variant="light" color={plan.builtInKey ? 'indigo' : 'gray'}>
                  {plan.builtInKey ? t('plans:header.builtIn') : t('plans:header.template')}
                </Badge>
              ) : (
                <Menu>
                  <Menu.Target>
                    <Badge
                      component="button"
                      color={planStatusColors[plan.status]}
                      variant="light"
                      style={{ cursor: 'pointer' }}
                      aria-label={t('plans:header.statusButton', {
                        status: t(planStatusLabelKeys[plan.status]),
                      })}
                    >
                      {t(planStatusLabelKeys[plan.status])}
                    </Badge>
                  </Menu.Target>
                  <Menu.Dropdown>
                    {planStatuses.map((status) => (
                      <Menu.Item
                        key={status}
                        disabled={status === plan.status}
                        onClick={() =>
                          void editor.write('plans.setStatus', { status }).catch(() => undefined)
                        }
                      >
                        {t(planStatusMarkKeys[status])}
                      </Menu.Item>
                    ))}
                  </Menu.Dropdown>
                </Menu>
              )}
              {!isTemplate && (
                <Text size="sm" c="dimmed">
                  {latest
                    ? t(
                        plan.changedSinceIssue
                          ? 'plans:header.issuedChanged'
                          : 'plans:header.issued',
                        { version: latest.versionNumber, date: formatDate(latest.issuedAt) },
                      )
                    : t('plans:header.notIssued')}
                </Text>
              )}
              <Text size="xs" c="dimmed" aria-live="polite">
                {editor.saving ? t('plans:header.saving') : ''}
              </Text>
            </Group>
          </div>
          <Group>
            {isTemplate && !plan.archived && (
              <StartPlanFromTemplateButton template={{ id: plan.id, title: plan.title }} />
            )}
            <SaveAsTemplateButton plan={plan} />
            {!isTemplate && latest && (
              <PrintVersionButton planVersionId={latest.id} versionNumber={latest.versionNumber} />
            )}
            {!isTemplate && <IssuePlanButton plan={plan} />}
          </Group>
        </Group>
      )}
    </Stack>
  );
}
