// Start a plan for a patient: empty, or from a template (built-in protocols first).
import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useApiMutation, useApiQuery } from '../../app/api';

const EMPTY = 'empty';

export function NewPlanModal(props: { patientId: string; opened: boolean; onClose(): void }) {
  const navigate = useNavigate();
  const templates = useApiQuery('plans.listTemplates', {}, { enabled: props.opened });
  const create = useApiMutation('plans.create');
  const [templateId, setTemplateId] = useState<string>(EMPTY);
  const [title, setTitle] = useState('');
  const options = [
    { value: EMPTY, label: 'Empty plan' },
    ...(templates.data ?? []).map((t) => ({
      value: t.id,
      label: `${t.title}${t.builtInKey ? ' (built-in)' : ''}`,
    })),
  ];
  const start = () =>
    create.mutate(
      {
        patientId: props.patientId,
        ...(templateId === EMPTY ? {} : { templateId }),
        ...(title.trim() ? { title: title.trim() } : {}),
      },
      {
        onSuccess: (plan) => {
          props.onClose();
          void navigate(`/patients/${props.patientId}/plans/${plan.id}`);
        },
      },
    );
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="New plan">
      <Stack>
        <Select
          label="Start from"
          data={options}
          value={templateId}
          onChange={(value) => setTemplateId(value ?? EMPTY)}
          allowDeselect={false}
          searchable
        />
        <TextInput
          label="Plan title"
          placeholder={templateId === EMPTY ? 'Treatment plan' : 'The template’s title'}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
        />
        {create.error && (
          <Alert color="red" role="alert">
            {create.error.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            Cancel
          </Button>
          <Button onClick={start} loading={create.isPending}>
            Start plan
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
