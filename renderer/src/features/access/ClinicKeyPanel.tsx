// The clinic's protection in Clinic settings (administrators): the automatic lock, the clinic
// passphrase that opens the record, and a new recovery key when the old one may be lost.
import { Alert, Button, Group, Modal, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ApiError } from '../../../../shared/errors';
import { invoke, useApiMutation } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { NumberField } from '../../app/NumberField';
import { RecoveryKeyCard, useSubmit } from './AccessScreens';

function IdleLockForm({ seconds }: { seconds: number }) {
  const save = useApiMutation('access.setIdleLock');
  const [minutes, setMinutes] = useState<number | undefined>(seconds / 60);
  const [saved, setSaved] = useState(false);
  const invalid = minutes === undefined || Number.isNaN(minutes);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (invalid) return;
        setSaved(false);
        save.mutate({ seconds: Math.round(minutes * 60) }, { onSuccess: () => setSaved(true) });
      }}
    >
      <Group align="flex-end" gap="sm">
        <NumberField
          label="Lock after"
          unit="min"
          description="Without keyboard or mouse use; 1 to 60 minutes"
          value={minutes}
          onChange={(value) => {
            setSaved(false);
            setMinutes(value);
          }}
          min={1}
          max={60}
          decimals={1}
          error={save.error?.issueFor('seconds') ?? save.error?.message}
          w={220}
        />
        <Button type="submit" variant="default" loading={save.isPending} disabled={invalid}>
          Save lock time
        </Button>
      </Group>
      {saved && (
        <Text size="sm" c="teal.8" role="status" mt={4}>
          Physioplan now locks after {minutes} min without use.
        </Text>
      )}
    </form>
  );
}

function ChangePassphraseForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [changedAt, setChangedAt] = useState<string | null>(null);
  const mismatch = confirm !== '' && confirm !== next;
  const { error, busy, submit } = useSubmit(
    () =>
      next !== confirm
        ? Promise.reject(
            new ApiError({
              code: 'VALIDATION',
              message: 'The two new passphrases are not the same.',
            }),
          )
        : invoke('access.changePassphrase', { currentPassphrase: current, newPassphrase: next }),
    (result) => {
      setCurrent('');
      setNext('');
      setConfirm('');
      setChangedAt(result.changedAt);
    },
  );
  return (
    <form onSubmit={submit} aria-label="Change the clinic passphrase">
      <Stack gap="xs" maw={420}>
        <PasswordInput
          label="Current clinic passphrase"
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={error?.issueFor('currentPassphrase')}
          required
        />
        <PasswordInput
          label="New clinic passphrase"
          description="At least 10 characters"
          value={next}
          onChange={(e) => setNext(e.currentTarget.value)}
          error={error?.issueFor('newPassphrase')}
          required
        />
        <PasswordInput
          label="New clinic passphrase again"
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          error={mismatch ? 'The two new passphrases are not the same.' : undefined}
          required
        />
        {error && error.issues.length === 0 && <Alert color="red">{error.message}</Alert>}
        {changedAt && (
          <Text size="sm" c="teal.8" role="status">
            Clinic passphrase changed {formatDateTime(changedAt)}. The recovery key still works.
          </Text>
        )}
        <Group>
          <Button type="submit" variant="default" loading={busy}>
            Change passphrase
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function NewRecoveryKey() {
  const [asking, setAsking] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const { error, busy, submit } = useSubmit(
    () => invoke('access.newRecoveryKey', { currentPassphrase: passphrase }),
    (result) => {
      setPassphrase('');
      setRecoveryKey(result.recoveryKey);
    },
  );
  const close = () => {
    setAsking(false);
    setRecoveryKey(null);
    setPassphrase('');
  };
  return (
    <>
      <Group>
        <Button variant="default" onClick={() => setAsking(true)}>
          Make a new recovery key
        </Button>
      </Group>
      <Modal
        opened={asking}
        onClose={recoveryKey ? () => undefined : close}
        withCloseButton={recoveryKey === null}
        closeOnEscape={recoveryKey === null}
        closeOnClickOutside={false}
        title={recoveryKey ? 'Your new recovery key' : 'Make a new recovery key'}
        centered
      >
        {recoveryKey ? (
          <RecoveryKeyCard recoveryKey={recoveryKey} onDone={close} />
        ) : (
          <form onSubmit={submit}>
            <Stack gap="sm">
              <Text size="sm">
                The old recovery key stops working. Keep the new one where the old one was.
              </Text>
              <PasswordInput
                label="Clinic passphrase"
                value={passphrase}
                onChange={(e) => setPassphrase(e.currentTarget.value)}
                error={error?.issueFor('currentPassphrase')}
                required
                data-autofocus
              />
              {error && error.issues.length === 0 && <Alert color="red">{error.message}</Alert>}
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  Cancel
                </Button>
                <Button type="submit" loading={busy}>
                  Make the new key
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </>
  );
}

export function ClinicKeyPanel({ idleLockSeconds }: { idleLockSeconds: number }) {
  return (
    <Stack gap="lg" component="section" aria-labelledby="clinic-protection-title">
      <Title order={3} id="clinic-protection-title">
        Protection of the record
      </Title>
      <Stack gap="xs">
        <Title order={4}>Automatic lock</Title>
        <IdleLockForm seconds={idleLockSeconds} />
      </Stack>
      <Stack gap="xs">
        <Title order={4}>Clinic passphrase</Title>
        <Text size="sm" c="dimmed">
          Opens the encrypted record on a computer that does not keep its key. Changing it does not
          rewrite the record.
        </Text>
        <ChangePassphraseForm />
      </Stack>
      <Stack gap="xs">
        <Title order={4}>Recovery key</Title>
        <Text size="sm" c="dimmed">
          The only way in if the clinic passphrase is lost.
        </Text>
        <NewRecoveryKey />
      </Stack>
    </Stack>
  );
}
