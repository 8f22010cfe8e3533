// Start a plan for a patient: from the patient's page (empty, or from a template, built-in
// protocols first), or from a template's page (choose the patient).
import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { PatientSummary } from '../../../../shared/domain/patient';
import { useApiMutation, useApiQuery } from '../../app/api';
import { useT } from '../../app/i18n';
import { PatientPicker } from './PatientPicker';

const EMPTY = 'empty';

/** Either the patient is known (choose the template) or the template is (choose the patient). */
export type NewPlanFor = { patientId: string } | { template: { id: string; title: string } };

function TemplateSelect(props: { opened: boolean; value: string; onChange(id: string): void }) {
  const t = useT();
  const templates = useApiQuery('plans.listTemplates', {}, { enabled: props.opened });
  const options = [
    { value: EMPTY, label: t('plans:newPlan.empty') },
    ...(templates.data ?? []).map((template) => ({
      value: template.id,
      label: template.builtInKey
        ? t('plans:newPlan.builtInOption', { title: template.title })
        : template.title,
    })),
  ];
  return (
    <Select
      label={t('plans:newPlan.startFrom')}
      data={options}
      value={props.value}
      onChange={(value) => props.onChange(value ?? EMPTY)}
      allowDeselect={false}
      searchable
    />
  );
}

export function NewPlanModal(props: NewPlanFor & { opened: boolean; onClose(): void }) {
  const t = useT();
  const navigate = useNavigate();
  const create = useApiMutation('plans.create');
  const fixedTemplate = 'template' in props ? props.template : null;
  const [templateId, setTemplateId] = useState<string>(fixedTemplate?.id ?? EMPTY);
  const [patient, setPatient] = useState<PatientSummary | null>(null);
  const [patientMissing, setPatientMissing] = useState(false);
  const [title, setTitle] = useState('');
  const patientId = 'patientId' in props ? props.patientId : (patient?.id ?? null);
  const start = () => {
    if (patientId === null) {
      setPatientMissing(true);
      return;
    }
    create.mutate(
      {
        patientId,
        ...(templateId === EMPTY ? {} : { templateId }),
        ...(title.trim() ? { title: title.trim() } : {}),
      },
      {
        onSuccess: (plan) => {
          props.onClose();
          void navigate(`/patients/${patientId}/plans/${plan.id}`);
        },
      },
    );
  };
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={
        fixedTemplate
          ? t('plans:newPlan.fromTemplate', { title: fixedTemplate.title })
          : t('plans:newPlan.title')
      }
    >
      <Stack
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          start();
        }}
      >
        {fixedTemplate ? (
          <PatientPicker
            value={patient}
            onChange={(p) => {
              setPatient(p);
              setPatientMissing(false);
            }}
            error={patientMissing ? t('plans:newPlan.choosePatient') : undefined}
          />
        ) : (
          <TemplateSelect opened={props.opened} value={templateId} onChange={setTemplateId} />
        )}
        <TextInput
          label={t('plans:newPlan.planTitle')}
          placeholder={
            templateId === EMPTY
              ? t('plans:newPlan.placeholderEmpty')
              : t('plans:newPlan.placeholderTemplate')
          }
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
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('plans:newPlan.start')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** On a template (built-in protocol or the clinic's own): start a plan from it for a patient. */
export function StartPlanFromTemplateButton(props: {
  template: { id: string; title: string };
  size?: 'xs' | 'sm';
  variant?: 'filled' | 'light' | 'subtle';
  /** Shorter wording for a row of a list; the accessible name then names the template. */
  inRow?: boolean;
}) {
  const t = useT();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        size={props.size ?? 'sm'}
        variant={props.variant ?? 'filled'}
        leftSection={<IconPlayerPlay size={14} aria-hidden />}
        aria-label={
          props.inRow ? t('plans:newPlan.startFromRow', { title: props.template.title }) : undefined
        }
        onClick={() => setOpened(true)}
      >
        {props.inRow ? t('plans:newPlan.startShort') : t('plans:newPlan.startLong')}
      </Button>
      {/* Mounted only while open, so each opening starts with an empty form. */}
      {opened && <NewPlanModal template={props.template} opened onClose={() => setOpened(false)} />}
    </>
  );
}
