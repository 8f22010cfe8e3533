// Clinic settings: the details printed on every document, print defaults and the logo; the
// clinicians who sign in; and (administrators) the lock time, clinic passphrase and recovery key.
import { Stack, Text, Title } from '@mantine/core';
import { useApiQuery } from '../../app/api';
import { useT } from '../../app/i18n';
import { QueryState } from '../../app/QueryState';
import { ClinicKeyPanel } from '../access/ClinicKeyPanel';
import { CliniciansPanel } from '../access/CliniciansPanel';
import { ClinicDetailsForm } from './ClinicDetailsForm';
import { LogoField } from './LogoField';

export function SettingsPage() {
  const t = useT();
  const settings = useApiQuery('settings.get', {});
  const access = useApiQuery('access.status', {});
  const me = access.data?.clinician ?? null;
  return (
    <Stack maw={760} gap="lg">
      <div>
        <Title order={2}>{t('settings:page.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('settings:page.intro')}
        </Text>
      </div>
      <QueryState
        query={settings}
        loadingLabel={t('settings:page.loading')}
        errorTitle={t('settings:page.loadError')}
        skeletonRows={6}
      >
        {(data) => (
          <>
            <LogoField logo={data.logo} />
            <ClinicDetailsForm settings={data} />
          </>
        )}
      </QueryState>
      {me && <CliniciansPanel me={me} />}
      {me?.role === 'admin' && access.data && (
        <ClinicKeyPanel idleLockSeconds={access.data.idleLockSeconds} />
      )}
    </Stack>
  );
}
