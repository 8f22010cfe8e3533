// Clinic settings: the details printed on every document, print defaults and the logo.
import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useApiQuery } from '../../app/api';
import { ClinicDetailsForm } from './ClinicDetailsForm';
import { LogoField } from './LogoField';

export function SettingsPage() {
  const settings = useApiQuery('settings.get', {});
  return (
    <Stack maw={760} gap="lg">
      <div>
        <Title order={2}>Clinic settings</Title>
        <Text c="dimmed" size="sm">
          These details appear on home programmes and clinician summaries.
        </Text>
      </div>
      {settings.isPending && <Loader aria-label="Loading settings" />}
      {settings.error && (
        <Alert color="red" title="Could not load the settings">
          {settings.error.message}
        </Alert>
      )}
      {settings.data && (
        <>
          <LogoField logo={settings.data.logo} />
          <ClinicDetailsForm settings={settings.data} />
        </>
      )}
    </Stack>
  );
}
