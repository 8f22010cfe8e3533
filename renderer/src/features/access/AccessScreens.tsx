// The screens shown before anyone works: first start (clinic passphrase and first admin), the
// clinic passphrase, the recovery key, and sign-in / the lock screen. None shows patient data.
import {
  Alert,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { AccessStatus } from '../../../../shared/domain/access';
import { ApiError } from '../../../../shared/errors';
import { invoke } from '../../app/api';
import { downloadBase64 } from '../visits/download';

function Frame({ title, children }: { title: string; children: ReactNode }) {
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
            : new ApiError({ code: 'INTERNAL', message: 'Something went wrong. Try again.' }),
        );
      })
      .finally(() => setBusy(false));
  };
  return { error, busy, submit };
}

export function SetupScreen({ status, onDone }: { status: AccessStatus; onDone: () => void }) {
  const [clinicPassphrase, setClinicPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [adminName, setAdminName] = useState('');
  const [secretKind, setSecretKind] = useState<'pin' | 'passphrase'>('pin');
  const [secret, setSecret] = useState('');
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const mismatch = confirm !== '' && confirm !== clinicPassphrase;
  const { error, busy, submit } = useSubmit(
    () => {
      if (clinicPassphrase !== confirm)
        return Promise.reject(
          new ApiError({ code: 'VALIDATION', message: 'The two passphrases are not the same.' }),
        );
      return invoke('access.setup', { clinicPassphrase, adminName, secretKind, secret });
    },
    (result) => setRecoveryKey(result.recoveryKey),
  );
  if (recoveryKey !== null) return <RecoveryKeyShown recoveryKey={recoveryKey} onDone={onDone} />;
  return (
    <Frame title="Set up Physioplan">
      <Text size="sm">
        {status.upgrade
          ? 'Physioplan now encrypts the clinic record. Choose a clinic passphrase and the first administrator; the existing record is backed up, encrypted and checked before the unencrypted copy is removed.'
          : 'The clinic record is encrypted with a clinic passphrase. Choose one, and create the first administrator account.'}
      </Text>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <PasswordInput
            label="Clinic passphrase"
            description="At least 10 characters. Whoever knows it can open the clinic record."
            value={clinicPassphrase}
            onChange={(e) => setClinicPassphrase(e.currentTarget.value)}
            error={error?.issueFor('clinicPassphrase')}
            required
          />
          <PasswordInput
            label="Clinic passphrase again"
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            error={mismatch ? 'The two passphrases are not the same.' : undefined}
            required
          />
          <TextInput
            label="Your name"
            description="The first administrator"
            value={adminName}
            onChange={(e) => setAdminName(e.currentTarget.value)}
            error={error?.issueFor('adminName')}
            required
          />
          <SegmentedControl
            aria-label="Sign in with"
            value={secretKind}
            onChange={(value) => setSecretKind(value === 'passphrase' ? 'passphrase' : 'pin')}
            data={[
              { value: 'pin', label: 'PIN' },
              { value: 'passphrase', label: 'Personal passphrase' },
            ]}
          />
          <PasswordInput
            label={secretKind === 'pin' ? 'Your PIN' : 'Your personal passphrase'}
            description={
              secretKind === 'pin'
                ? '4 to 12 digits, to unlock Physioplan'
                : 'At least 8 characters'
            }
            inputMode={secretKind === 'pin' ? 'numeric' : 'text'}
            value={secret}
            onChange={(e) => setSecret(e.currentTarget.value)}
            error={error?.issueFor('secret')}
            required
          />
          {error && error.issues.length === 0 && <Alert color="red">{error.message}</Alert>}
          <Button type="submit" loading={busy}>
            Set up the clinic
          </Button>
        </Stack>
      </form>
    </Frame>
  );
}

function RecoveryKeyShown({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
  return (
    <Frame title="Your recovery key">
      <RecoveryKeyCard recoveryKey={recoveryKey} onDone={onDone} />
    </Frame>
  );
}

/** The recovery key, shown once, with its printable sheet (first start and Clinic security). */
export function RecoveryKeyCard({
  recoveryKey,
  onDone,
}: {
  recoveryKey: string;
  onDone: () => void;
}) {
  const [saveError, setSaveError] = useState<string | null>(null);
  const savePdf = () => {
    invoke('access.recoveryKeyPdf', { recoveryKey })
      .then((file) => downloadBase64(file.fileName, file.dataBase64, 'application/pdf'))
      .catch((caught: unknown) =>
        setSaveError(caught instanceof Error ? caught.message : 'The sheet could not be made.'),
      );
  };
  return (
    <Stack gap="md">
      <Text size="sm">
        If the clinic passphrase is ever lost, this key is the only way back into the record. It is
        shown once: print the sheet or write it down, and keep it locked away from the computer.
      </Text>
      <Paper role="group" aria-label="Recovery key" bg="gray.1" p="md" radius="sm">
        {/* Two lines of four groups, as on the printed sheet. */}
        {[0, 4].map((start) => (
          <Text
            key={start}
            ff="monospace"
            fz="xl"
            fw={600}
            ta="center"
            style={{ letterSpacing: 2 }}
          >
            {recoveryKey
              .split('-')
              .slice(start, start + 4)
              .join('-')}
          </Text>
        ))}
      </Paper>
      {saveError && <Alert color="red">{saveError}</Alert>}
      <Group justify="space-between">
        <Button variant="default" onClick={savePdf}>
          Save the recovery key sheet (PDF)
        </Button>
        <Button onClick={onDone}>I have kept it safe</Button>
      </Group>
    </Stack>
  );
}

export function PassphraseScreen({ onDone }: { onDone: () => void }) {
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
    <Frame title="Open the clinic record">
      <form onSubmit={submit}>
        <Stack gap="sm">
          {recovering ? (
            <>
              <TextInput
                label="Recovery key"
                description="The eight groups from the recovery key sheet"
                value={recoveryKey}
                onChange={(e) => setRecoveryKey(e.currentTarget.value)}
                error={error?.issueFor('recoveryKey')}
                required
              />
              <PasswordInput
                label="New clinic passphrase"
                value={newPassphrase}
                onChange={(e) => setNewPassphrase(e.currentTarget.value)}
                error={error?.issueFor('newPassphrase')}
                required
              />
            </>
          ) : (
            <PasswordInput
              label="Clinic passphrase"
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
              {recovering ? 'Use the clinic passphrase' : 'Use the recovery key'}
            </Button>
            <Button type="submit" loading={busy}>
              Open
            </Button>
          </Group>
        </Stack>
      </form>
    </Frame>
  );
}

export function SignInScreen({ status, onDone }: { status: AccessStatus; onDone: () => void }) {
  const [clinicianId, setClinicianId] = useState<string | null>(
    status.clinicians.length === 1 ? (status.clinicians[0]?.id ?? null) : null,
  );
  const [secret, setSecret] = useState('');
  const chosen = status.clinicians.find((c) => c.id === clinicianId);
  const { error, busy, submit } = useSubmit(
    () => invoke('access.signIn', { clinicianId: clinicianId ?? '', secret }),
    () => {
      setSecret('');
      onDone();
    },
  );
  return (
    <Frame title="Physioplan is locked">
      <Text size="sm">Sign in to see the clinic record.</Text>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Select
            label="Clinician"
            data={status.clinicians.map((c) => ({ value: c.id, label: c.name }))}
            value={clinicianId}
            onChange={setClinicianId}
            error={error?.issueFor('clinicianId')}
            allowDeselect={false}
            required
          />
          <PasswordInput
            label={chosen?.secretKind === 'passphrase' ? 'Passphrase' : 'PIN'}
            inputMode={chosen?.secretKind === 'passphrase' ? 'text' : 'numeric'}
            value={secret}
            onChange={(e) => setSecret(e.currentTarget.value)}
            error={error?.issueFor('secret')}
            required
            autoFocus
          />
          {error && error.issues.length === 0 && <Alert color="red">{error.message}</Alert>}
          <Button type="submit" loading={busy}>
            Unlock
          </Button>
        </Stack>
      </form>
    </Frame>
  );
}
