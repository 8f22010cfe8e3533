// The clinic's protection in Clinic settings (administrators): the automatic lock, the clinic
// passphrase that opens the record, and a new recovery key when the old one may be lost.
import { Alert, Button, Group, Modal, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ApiError } from '../../../../shared/errors';
import { invoke, useApiMutation } from '../../app/api';
import { formatDateTime, formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import { NumberField } from '../../app/NumberField';
import { RecoveryKeyCard } from './AccessScreens';
import { useSubmit } from './PassphraseScreen';

function IdleLockForm({ seconds }: { seconds: number }) {
  const t = useT();
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
          label={t('access:idleLock.after')}
          unit={t('access:idleLock.minUnit')}
          description={t('access:idleLock.afterHint')}
          value={minutes}
          onChange={(value) => {
            setSaved(false);
            setMinutes(value);
          }}
          min={1}
          max={60}
          decimals={1}
          error={save.error?.issueFor('seconds') ?? save.error?.message}
          w={260}
        />
        <Button type="submit" variant="default" loading={save.isPending} disabled={invalid}>
          {t('access:idleLock.save')}
        </Button>
      </Group>
      {saved && (
        <Text size="sm" c="teal.8" role="status" mt={4}>
          {t('access:idleLock.saved', { minutes: formatNumber(minutes ?? 0) })}
        </Text>
      )}
    </form>
  );
}

function ChangePassphraseForm() {
  const t = useT();
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
              message: t('access:change.mismatch'),
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
    <form onSubmit={submit} aria-label={t('access:change.label')}>
      <Stack gap="xs" maw={420}>
        <PasswordInput
          label={t('access:change.current')}
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={error?.issueFor('currentPassphrase')}
          required
        />
        <PasswordInput
          label={t('access:newClinicPassphrase')}
          description={t('access:change.newHint')}
          value={next}
          onChange={(e) => setNext(e.currentTarget.value)}
          error={error?.issueFor('newPassphrase')}
          required
        />
        <PasswordInput
          label={t('access:change.again')}
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          error={mismatch ? t('access:change.mismatch') : undefined}
          required
        />
        {error && error.issues.length === 0 && <Alert color="red">{error.message}</Alert>}
        {changedAt && (
          <Text size="sm" c="teal.8" role="status">
            {t('access:change.done', { at: formatDateTime(changedAt) })}
          </Text>
        )}
        <Group>
          <Button type="submit" variant="default" loading={busy}>
            {t('access:change.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function NewRecoveryKey() {
  const t = useT();
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
          {t('access:newKey.make')}
        </Button>
      </Group>
      <Modal
        opened={asking}
        onClose={recoveryKey ? () => undefined : close}
        withCloseButton={recoveryKey === null}
        closeOnEscape={recoveryKey === null}
        closeOnClickOutside={false}
        title={recoveryKey ? t('access:newKey.yours') : t('access:newKey.make')}
        centered
      >
        {recoveryKey ? (
          <RecoveryKeyCard recoveryKey={recoveryKey} onDone={close} />
        ) : (
          <form onSubmit={submit}>
            <Stack gap="sm">
              <Text size="sm">{t('access:newKey.explain')}</Text>
              <PasswordInput
                label={t('access:clinicPassphrase')}
                value={passphrase}
                onChange={(e) => setPassphrase(e.currentTarget.value)}
                error={error?.issueFor('currentPassphrase')}
                required
                data-autofocus
              />
              {error && error.issues.length === 0 && <Alert color="red">{error.message}</Alert>}
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  {t('common:cancel')}
                </Button>
                <Button type="submit" loading={busy}>
                  {t('access:newKey.submit')}
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
  const t = useT();
  return (
    <Stack gap="lg" component="section" aria-labelledby="clinic-protection-title">
      <Title order={3} id="clinic-protection-title">
        {t('access:protection.title')}
      </Title>
      <Stack gap="xs">
        <Title order={4}>{t('access:protection.autoLock')}</Title>
        <IdleLockForm seconds={idleLockSeconds} />
      </Stack>
      <Stack gap="xs">
        <Title order={4}>{t('access:clinicPassphrase')}</Title>
        <Text size="sm" c="dimmed">
          {t('access:protection.passphraseText')}
        </Text>
        <ChangePassphraseForm />
      </Stack>
      <Stack gap="xs">
        <Title order={4}>{t('access:recoveryKey.label')}</Title>
        <Text size="sm" c="dimmed">
          {t('access:protection.recoveryText')}
        </Text>
        <NewRecoveryKey />
      </Stack>
    </Stack>
  );
}
