// The plan's goals, each with a measurable target and an optional date.
import { ActionIcon, Alert, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Goal, GoalDraft } from '../../../../shared/domain/plan';
import { ApiError } from '../../../../shared/errors';
import { ClinicDateInput } from '../../app/date-fields';
import { useT } from '../../app/i18n';
import { usePlanEditorContext } from './plan-editor-context';

interface Row {
  key: string;
  id?: string;
  description: string;
  target: string;
  targetDate: string;
}

let nextKey = 0;
const rowOf = (goal: Goal): Row => ({
  key: goal.id,
  id: goal.id,
  description: goal.description,
  target: goal.target,
  targetDate: goal.targetDate ?? '',
});

export function GoalsPanel({ goals, readOnly }: { goals: Goal[]; readOnly: boolean }) {
  const t = useT();
  const editor = usePlanEditorContext();
  const [rows, setRows] = useState<Row[]>(() => goals.map(rowOf));
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const update = (key: string, patch: Partial<Row>) => {
    setSaved(false);
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  };
  const issue = (index: number, field: string) => error?.issueFor('goals', index, field);

  const save = () => {
    setError(null);
    const drafts: GoalDraft[] = rows.map((r) => ({
      ...(r.id ? { id: r.id } : {}),
      description: r.description,
      target: r.target,
      targetDate: r.targetDate || null,
    }));
    editor.write('plans.setGoals', { goals: drafts }).then(
      (plan) => {
        setRows(plan.goals.map(rowOf));
        setSaved(true);
      },
      (e: unknown) => {
        if (e instanceof ApiError) setError(e);
      },
    );
  };

  return (
    <Stack gap="sm" maw={900}>
      {rows.length === 0 && <Text c="dimmed">{t('plans:goals.none')}</Text>}
      {rows.map((row, index) => (
        <Paper
          withBorder
          p="sm"
          key={row.key}
          component="fieldset"
          aria-label={t('plans:goals.goal', { number: index + 1 })}
        >
          <Group align="start" wrap="nowrap">
            <TextInput
              label={t('plans:goals.description')}
              placeholder={t('plans:goals.descriptionPlaceholder')}
              style={{ flex: 2 }}
              value={row.description}
              readOnly={readOnly}
              error={issue(index, 'description')}
              onChange={(e) => update(row.key, { description: e.currentTarget.value })}
            />
            <TextInput
              label={t('plans:goals.target')}
              placeholder={t('plans:goals.targetPlaceholder')}
              style={{ flex: 1 }}
              value={row.target}
              readOnly={readOnly}
              error={issue(index, 'target')}
              onChange={(e) => update(row.key, { target: e.currentTarget.value })}
            />
            <ClinicDateInput
              label={t('plans:goals.by')}
              w={170}
              value={row.targetDate}
              readOnly={readOnly}
              error={issue(index, 'targetDate')}
              onChange={(targetDate) => update(row.key, { targetDate })}
            />
            {!readOnly && (
              <ActionIcon
                mt={26}
                variant="subtle"
                color="red"
                aria-label={t('plans:goals.remove', { number: index + 1 })}
                onClick={() => {
                  setSaved(false);
                  setRows((all) => all.filter((r) => r.key !== row.key));
                }}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            )}
          </Group>
        </Paper>
      ))}
      {error && error.issues.length === 0 && (
        <Alert color="red" role="alert">
          {error.message}
        </Alert>
      )}
      {!readOnly && (
        <Group>
          <Button
            variant="default"
            leftSection={<IconPlus size={16} />}
            onClick={() =>
              setRows((all) => [
                ...all,
                { key: `new-${++nextKey}`, description: '', target: '', targetDate: '' },
              ])
            }
          >
            {t('plans:goals.add')}
          </Button>
          <Button onClick={save}>{t('plans:goals.save')}</Button>
          {saved && (
            <Text size="sm" c="teal" role="status">
              {t('plans:goals.saved')}
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}
