// Create or edit a patient, validated with the core's schema, with a warning when someone
// with the same name and date of birth is already on file.
import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import { Link } from 'react-router';
import { z } from 'zod';
import { isoDateSchema } from '../../../../shared/domain/common';
import { heelPainConditions } from '../../../../shared/domain/library';
import {
  patientDraftSchema,
  type Patient,
  type PatientDraft,
} from '../../../../shared/domain/patient';
import type { ApiError } from '../../../../shared/errors';
import { useApiQuery } from '../../app/api';
import { ClinicDateInput } from '../../app/date-fields';
import { formatDate } from '../../app/format';
import { useT } from '../../app/i18n';
import { handoutLanguageOptions } from './handout-language-options';

/** The form edits the date as text ('' for none); the core wants null. */
type PatientFormValues = Omit<PatientDraft, 'dateOfBirth'> & { dateOfBirth: string };
const formSchema = patientDraftSchema.extend({
  dateOfBirth: z.union([z.literal(''), isoDateSchema]),
});

export const emptyPatient: PatientFormValues = {
  firstName: '',
  lastName: '',
  dateOfBirth: '',
  phone: '',
  email: '',
  address: '',
  conditions: [],
  diagnosis: '',
  preferredLanguage: 'en',
  notes: '',
};

export function formValuesOf(patient: Patient): PatientFormValues {
  const {
    id: _id,
    archived: _archived,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    ...draft
  } = patient;
  return { ...draft, dateOfBirth: draft.dateOfBirth ?? '' };
}

export interface PatientFormProps {
  initial: PatientFormValues;
  /** The patient being edited (not for a new one). */
  patientId?: string;
  saving: boolean;
  submitLabel: string;
  onSave(draft: PatientDraft, allowDuplicate: boolean, onError: (error: ApiError) => void): void;
  onCancel(): void;
}

export function PatientForm(props: PatientFormProps) {
  const t = useT();
  const [problem, setProblem] = useState<{ message: string; duplicate: boolean } | null>(null);
  const form = useForm<PatientFormValues>({
    mode: 'controlled',
    initialValues: props.initial,
    validate: zod4Resolver(formSchema),
    validateInputOnBlur: true,
  });
  const { firstName, lastName, dateOfBirth } = form.getValues();
  const [check] = useDebouncedValue({ firstName, lastName, dateOfBirth }, 300);
  const duplicates = useApiQuery(
    'patients.findDuplicates',
    {
      firstName: check.firstName,
      lastName: check.lastName,
      dateOfBirth: isoDateSchema.safeParse(check.dateOfBirth).success ? check.dateOfBirth : null,
      excludeId: props.patientId,
    },
    { enabled: check.firstName.trim() !== '' && check.lastName.trim() !== '' },
  );
  const others = duplicates.data ?? [];

  const save = (values: PatientFormValues, allowDuplicate: boolean) => {
    setProblem(null);
    const draft: PatientDraft = { ...values, dateOfBirth: values.dateOfBirth || null };
    props.onSave(draft, allowDuplicate, (error) => {
      if (error.code === 'CONFLICT') {
        setProblem({ message: error.message, duplicate: true });
        return;
      }
      for (const issue of error.issues) {
        const field = issue.path.at(-1);
        if (typeof field === 'string') form.setFieldError(field, issue.message);
      }
      if (error.issues.length === 0) setProblem({ message: error.message, duplicate: false });
    });
  };

  return (
    <Paper
      withBorder
      p="md"
      component="form"
      aria-label={t('patients:form.label')}
      onSubmit={form.onSubmit((values) => save(values, false))}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <TextInput
          label={t('patients:fields.firstName')}
          withAsterisk
          {...form.getInputProps('firstName')}
        />
        <TextInput
          label={t('patients:fields.lastName')}
          withAsterisk
          {...form.getInputProps('lastName')}
        />
        <ClinicDateInput
          label={t('patients:fields.dateOfBirth')}
          placeholder={t('patients:form.dateExample', { date: formatDate('1988-04-02') })}
          {...form.getInputProps('dateOfBirth')}
          value={form.values.dateOfBirth}
          onChange={(value) => form.setFieldValue('dateOfBirth', value)}
        />
      </SimpleGrid>
      {others.length > 0 && (
        <Alert color="yellow" mt="md" title={t('patients:form.duplicateTitle')} role="status">
          {others.map((p) => (
            <div key={p.id}>
              <Anchor component={Link} to={`/patients/${p.id}`}>
                {p.firstName} {p.lastName}
              </Anchor>
              {p.dateOfBirth === null
                ? t(p.archived ? 'patients:form.onFileArchived' : 'patients:form.onFile')
                : t(p.archived ? 'patients:form.bornOnFileArchived' : 'patients:form.bornOnFile', {
                    date: formatDate(p.dateOfBirth),
                  })}
            </div>
          ))}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mt="md">
        <TextInput label={t('patients:fields.phone')} type="tel" {...form.getInputProps('phone')} />
        <TextInput
          label={t('patients:fields.email')}
          type="email"
          {...form.getInputProps('email')}
        />
      </SimpleGrid>
      <Textarea
        label={t('patients:fields.address')}
        autosize
        minRows={2}
        mt="md"
        {...form.getInputProps('address')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mt="md">
        <TagsInput
          label={t('patients:fields.conditions')}
          description={t('patients:form.conditionsHint')}
          data={[...heelPainConditions]}
          // Enter takes the suggestion shown first ("Plantar" → "Plantar heel pain"); text that
          // matches no suggestion is kept as typed.
          selectFirstOptionOnChange
          {...form.getInputProps('conditions')}
        />
        <Select
          label={t('patients:fields.handoutLanguage')}
          data={handoutLanguageOptions(t)}
          allowDeselect={false}
          searchable
          {...form.getInputProps('preferredLanguage')}
        />
      </SimpleGrid>
      <Textarea
        label={t('patients:fields.diagnosis')}
        autosize
        minRows={2}
        mt="md"
        {...form.getInputProps('diagnosis')}
      />
      <Textarea
        label={t('patients:fields.notes')}
        autosize
        minRows={2}
        mt="md"
        {...form.getInputProps('notes')}
      />
      {problem && (
        <Alert color="red" mt="md" role="alert" title={t('patients:form.notSaved')}>
          {problem.message}
        </Alert>
      )}
      <Group justify="flex-end" mt="lg">
        <Button type="button" variant="default" onClick={props.onCancel}>
          {t('common:cancel')}
        </Button>
        {problem?.duplicate && (
          <Button
            type="button"
            color="yellow"
            onClick={() => {
              const result = form.validate();
              if (!result.hasErrors) save(form.getValues(), true);
            }}
          >
            {t('patients:form.saveAnyway')}
          </Button>
        )}
        <Button type="submit" loading={props.saving}>
          {props.submitLabel}
        </Button>
      </Group>
    </Paper>
  );
}
