// Clinic settings: the details printed on every document, print defaults and the logo; the
// clinicians who sign in; and (administrators) the lock time, clinic passphrase and recovery key.
import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useApiQuery } from '../../app/api';
import { ClinicKeyPanel } from '../access/ClinicKeyPanel';
import { CliniciansPanel } from '../access/CliniciansPanel';
import { ClinicDetailsForm } from './ClinicDetailsForm';
import { LogoField } from './LogoField';

export function SettingsPage() {
  const settings = useApiQuery('settings.get', {});
  const access = useApiQuery('access.status', {});
  const me = access.data?.clinician ?? null;
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
      {me && <CliniciansPanel me={me} />}
      {me?.role === 'admin' && access.data && (
        <ClinicKeyPanel idleLockSeconds={access.data.idleLockSeconds} />
      )}
    </Stack>
  );
}
