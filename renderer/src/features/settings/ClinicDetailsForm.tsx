// The clinic's details and print defaults, validated with the same schema the core uses.
import { Button, Group, Paper, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useQueryClient } from '@tanstack/react-query';
import { apiQueryKey, useApiMutation } from '../../app/api';
import { useT } from '../../app/i18n';
import { uiLanguageNames, uiLanguages } from '../../../../shared/i18n';
import { handoutLanguageOptions } from '../patients/handout-language-options';
import {
  clinicDetailsSchema,
  type ClinicDetails,
  type ClinicSettings,
} from '../../../../shared/domain/settings';

function detailsOf(settings: ClinicSettings): ClinicDetails {
  const { logo: _logo, updatedAt: _updatedAt, ...details } = settings;
  return details;
}

export function ClinicDetailsForm({ settings }: { settings: ClinicSettings }) {
  const t = useT();
  const queryClient = useQueryClient();
  const save = useApiMutation('settings.update');
  const form = useForm<ClinicDetails>({
    mode: 'controlled',
    initialValues: detailsOf(settings),
    validate: zod4Resolver(clinicDetailsSchema),
    validateInputOnBlur: true,
  });

  const submit = form.onSubmit((values) => {
    save.mutate(values, {
      onSuccess: (saved) => {
        form.resetDirty(detailsOf(saved));
        // Clinicians without a language of their own follow the clinic's at once.
        void queryClient.invalidateQueries({ queryKey: apiQueryKey('access.status', {}) });
        notifications.show({ color: 'teal', message: t('settings:details.saved') });
      },
      onError: (error) => {
        for (const issue of error.issues) {
          const field = issue.path[0];
          if (typeof field === 'string') form.setFieldError(field, issue.message);
        }
        if (error.issues.length === 0) notifications.show({ color: 'red', message: error.message });
      },
    });
  });

  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={submit}
      aria-label={t('settings:details.label')}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={t('settings:details.clinicName')}
          autoComplete="organization"
          {...form.getInputProps('clinicName')}
        />
        <TextInput
          label={t('settings:details.phone')}
          type="tel"
          {...form.getInputProps('phone')}
        />
        <TextInput
          label={t('settings:details.clinicianName')}
          {...form.getInputProps('clinicianName')}
        />
        <TextInput
          label={t('settings:details.credentials')}
          placeholder={t('settings:details.credentialsExample')}
          {...form.getInputProps('credentials')}
        />
        <TextInput
          label={t('settings:details.email')}
          type="email"
          {...form.getInputProps('email')}
        />
        <TextInput
          label={t('settings:details.website')}
          placeholder={'https://'}
          {...form.getInputProps('website')}
        />
      </SimpleGrid>
      <Textarea
        label={t('settings:details.address')}
        autosize
        minRows={2}
        mt="md"
        {...form.getInputProps('address')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mt="md">
        <Select
          label={t('settings:details.paperSize')}
          data={[
            { value: 'A4', label: t('settings:details.a4') },
            { value: 'Letter', label: t('settings:details.letter') },
          ]}
          allowDeselect={false}
          {...form.getInputProps('paperSize')}
        />
        <Select
          label={t('settings:details.handoutLanguage')}
          data={handoutLanguageOptions(t)}
          allowDeselect={false}
          searchable
          {...form.getInputProps('handoutLanguage')}
        />
        <Select
          label={t('app:language.clinicSetting')}
          description={t('app:language.clinicSettingHint')}
          data={uiLanguages.map((code) => ({ value: code, label: uiLanguageNames[code] }))}
          allowDeselect={false}
          {...form.getInputProps('uiLanguage')}
        />
      </SimpleGrid>
      <Group justify="flex-end" mt="lg">
        <Button
          type="button"
          variant="default"
          disabled={!form.isDirty()}
          onClick={() => form.reset()}
        >
          {t('settings:details.discard')}
        </Button>
        <Button type="submit" loading={save.isPending}>
          {t('settings:details.save')}
        </Button>
      </Group>
    </Paper>
  );
}
