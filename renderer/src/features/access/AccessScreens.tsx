// The screens shown before anyone works: first start (clinic passphrase and first admin), the
// clinic passphrase, the recovery key, and sign-in / the lock screen. None shows patient data.
import {
  Alert,
  Button,
  Group,
  Paper,
  PasswordInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import type { AccessStatus } from '../../../../shared/domain/access';
import { ApiError } from '../../../../shared/errors';
import { invoke } from '../../app/api';
import { useT } from '../../app/i18n';
import { Frame, useSubmit } from './PassphraseScreen';
import { downloadBase64 } from '../visits/download';

export function SetupScreen({ status, onDone }: { status: AccessStatus; onDone: () => void }) {
  const t = useT();
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
          new ApiError({ code: 'VALIDATION', message: t('access:setup.mismatch') }),
        );
      return invoke('access.setup', { clinicPassphrase, adminName, secretKind, secret });
    },
    (result) => setRecoveryKey(result.recoveryKey),
  );
  if (recoveryKey !== null) return <RecoveryKeyShown recoveryKey={recoveryKey} onDone={onDone} />;
  return (
    <Frame title={t('access:setup.title')}>
      <Text size="sm">
        {status.upgrade ? t('access:setup.upgradeIntro') : t('access:setup.intro')}
      </Text>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <PasswordInput
            label={t('access:clinicPassphrase')}
            description={t('access:setup.passphraseHint')}
            value={clinicPassphrase}
            onChange={(e) => setClinicPassphrase(e.currentTarget.value)}
            error={error?.issueFor('clinicPassphrase')}
            required
          />
          <PasswordInput
            label={t('access:setup.passphraseAgain')}
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            error={mismatch ? t('access:setup.mismatch') : undefined}
            required
          />
          <TextInput
            label={t('access:setup.yourName')}
            description={t('access:setup.firstAdmin')}
            value={adminName}
            onChange={(e) => setAdminName(e.currentTarget.value)}
            error={error?.issueFor('adminName')}
            required
          />
          <SegmentedControl
            aria-label={t('access:signInWith')}
            value={secretKind}
            onChange={(value) => setSecretKind(value === 'passphrase' ? 'passphrase' : 'pin')}
            data={[
              { value: 'pin', label: t('access:pin') },
              { value: 'passphrase', label: t('access:personalPassphrase') },
            ]}
          />
          <PasswordInput
            label={
              secretKind === 'pin' ? t('access:setup.yourPin') : t('access:setup.yourPassphrase')
            }
            description={
              secretKind === 'pin' ? t('access:setup.pinHint') : t('access:passphraseHint')
            }
            inputMode={secretKind === 'pin' ? 'numeric' : 'text'}
            value={secret}
            onChange={(e) => setSecret(e.currentTarget.value)}
            error={error?.issueFor('secret')}
            required
          />
          {error && error.issues.length === 0 && <Alert color="red">{error.message}</Alert>}
          <Button type="submit" loading={busy}>
            {t('access:setup.submit')}
          </Button>
        </Stack>
      </form>
    </Frame>
  );
}

function RecoveryKeyShown({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
  const t = useT();
  return (
    <Frame title={t('access:recoveryKey.yours')}>
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
  const t = useT();
  const [saveError, setSaveError] = useState<string | null>(null);
  const savePdf = () => {
    invoke('access.recoveryKeyPdf', { recoveryKey })
      .then((file) => downloadBase64(file.fileName, file.dataBase64, 'application/pdf'))
      .catch((caught: unknown) =>
        setSaveError(
          caught instanceof Error ? caught.message : t('access:recoveryKey.sheetFailed'),
        ),
      );
  };
  return (
    <Stack gap="md">
      <Text size="sm">{t('access:recoveryKey.explain')}</Text>
      <Paper role="group" aria-label={t('access:recoveryKey.label')} bg="gray.1" p="md" radius="sm">
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
          {t('access:recoveryKey.saveSheet')}
        </Button>
        <Button onClick={onDone}>{t('access:recoveryKey.keptSafe')}</Button>
      </Group>
    </Stack>
  );
}

export function SignInScreen({ status, onDone }: { status: AccessStatus; onDone: () => void }) {
  const t = useT();
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
    <Frame title={t('access:signIn.title')}>
      <Text size="sm">{t('access:signIn.intro')}</Text>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Select
            label={t('access:signIn.clinician')}
            data={status.clinicians.map((c) => ({ value: c.id, label: c.name }))}
            value={clinicianId}
            onChange={setClinicianId}
            error={error?.issueFor('clinicianId')}
            allowDeselect={false}
            required
          />
          <PasswordInput
            label={chosen?.secretKind === 'passphrase' ? t('access:passphrase') : t('access:pin')}
            inputMode={chosen?.secretKind === 'passphrase' ? 'text' : 'numeric'}
            value={secret}
            onChange={(e) => setSecret(e.currentTarget.value)}
            error={error?.issueFor('secret')}
            required
            autoFocus
          />
          {error && error.issues.length === 0 && <Alert color="red">{error.message}</Alert>}
          <Button type="submit" loading={busy}>
            {t('access:signIn.submit')}
          </Button>
        </Stack>
      </form>
    </Frame>
  );
}
