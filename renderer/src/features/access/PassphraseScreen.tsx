// The screen every working day starts with: the clinic passphrase (or the recovery key) opens
// the record. Part of the first code the page loads, with the frame and submit logic the other
// access screens (AccessScreens.tsx, fetched after it) share.
import {
  Alert,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../../../shared/errors';
import { invoke } from '../../app/api';
import { useRemoveBootSkeleton } from '../../app/boot-skeleton';
import { useT } from '../../app/i18n';

/** A lock screen's card; the first one shown replaces index.html's boot skeleton. */
export function Frame({ title, children }: { title: string; children: ReactNode }) {
  useRemoveBootSkeleton(true);
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper component="main" withBorder shadow="sm" p="xl" w={460} radius="md">
        <Stack gap="md">
          <Title order={1} size="h3" c="teal.8">
            {title}
          </Title>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}

export function useSubmit<T>(run: () => Promise<T>, done: (value: T) => void) {
  const t = useT();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    run()
      .then(done)
      .catch((caught: unknown) => {
        setError(
          caught instanceof ApiError
            ? caught
            : new ApiError({ code: 'INTERNAL', message: t('access:somethingWrong') }),
        );
      })
      .finally(() => setBusy(false));
  };
  return { error, busy, submit };
}

export function PassphraseScreen({ onDone }: { onDone: () => void }) {
  const t = useT();
  const [passphrase, setPassphrase] = useState('');
  const [recovering, setRecovering] = useState(false);
  const [recoveryKey, setRecoveryKey] = useState('');
  const [newPassphrase, setNewPassphrase] = useState('');
  const { error, busy, submit } = useSubmit(
    () =>
      recovering
        ? invoke('access.recover', { recoveryKey, newPassphrase })
        : invoke('access.openClinic', { passphrase }),
    onDone,
  );
  return (
    <Frame title={t('access:open.title')}>
      <form onSubmit={submit}>
        <Stack gap="sm">
          {recovering ? (
            <>
              <TextInput
                label={t('access:recoveryKey.label')}
                description={t('access:open.recoveryKeyHint')}
                value={recoveryKey}
                onChange={(e) => setRecoveryKey(e.currentTarget.value)}
                error={error?.issueFor('recoveryKey')}
                required
              />
              <PasswordInput
                label={t('access:newClinicPassphrase')}
                value={newPassphrase}
                onChange={(e) => setNewPassphrase(e.currentTarget.value)}
                error={error?.issueFor('newPassphrase')}
                required
              />
            </>
          ) : (
            <PasswordInput
              label={t('access:clinicPassphrase')}
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              error={error?.issueFor('passphrase')}
              required
              autoFocus
            />
          )}
          {error && error.issues.length === 0 && <Alert color="red">{error.message}</Alert>}
          <Group justify="space-between">
            <Button variant="subtle" onClick={() => setRecovering(!recovering)}>
              {recovering ? t('access:open.usePassphrase') : t('access:open.useRecoveryKey')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('access:open.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Frame>
  );
}
