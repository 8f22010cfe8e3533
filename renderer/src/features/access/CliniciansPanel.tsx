// Clinician accounts in Clinic settings: an administrator adds clinicians, changes their role,
// resets a forgotten PIN and archives leavers; every clinician can change their own PIN.
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  PasswordInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import type { Clinician, ClinicianRole, SecretKind } from '../../../../shared/domain/access';
import { type ApiError } from '../../../../shared/errors';
import { useApiMutation, useApiQuery } from '../../app/api';
import { DataTable } from '../../app/DataTable';
import { useT } from '../../app/i18n';
import { QueryState } from '../../app/QueryState';

const roleLabelKeys = {
  admin: 'access:roles.admin',
  clinician: 'access:roles.clinician',
} as const satisfies Record<ClinicianRole, string>;

function SecretFields({
  kind,
  onKind,
  secret,
  onSecret,
  error,
  labels,
}: {
  kind: SecretKind;
  onKind: (kind: SecretKind) => void;
  secret: string;
  onSecret: (secret: string) => void;
  error: string | undefined;
  /** The field's label for each kind: "Their PIN", "Their passphrase". */
  labels: Record<SecretKind, string>;
}) {
  const t = useT();
  return (
    <>
      <SegmentedControl
        aria-label={t('access:clinicians.signsInWith')}
        value={kind}
        onChange={(value) => onKind(value === 'passphrase' ? 'passphrase' : 'pin')}
        data={[
          { value: 'pin', label: t('access:pin') },
          { value: 'passphrase', label: t('access:personalPassphrase') },
        ]}
      />
      <PasswordInput
        label={labels[kind]}
        description={kind === 'pin' ? t('access:clinicians.pinHint') : t('access:passphraseHint')}
        inputMode={kind === 'pin' ? 'numeric' : 'text'}
        value={secret}
        onChange={(e) => onSecret(e.currentTarget.value)}
        error={error}
        required
      />
    </>
  );
}

function AddClinicianDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const create = useApiMutation('clinicians.create');
  const [name, setName] = useState('');
  const [role, setRole] = useState<ClinicianRole>('clinician');
  const [secretKind, setSecretKind] = useState<SecretKind>('pin');
  const [secret, setSecret] = useState('');
  const close = () => {
    create.reset();
    setName('');
    setRole('clinician');
    setSecret('');
    onClose();
  };
  const error = create.error;
  return (
    <Modal opened={opened} onClose={close} title={t('access:clinicians.addTitle')} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate({ name, role, secretKind, secret }, { onSuccess: close });
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('access:clinicians.name')}
            description={t('access:clinicians.nameHint')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={error?.issueFor('name')}
            required
            data-autofocus
          />
          <SegmentedControl
            aria-label={t('access:clinicians.role')}
            value={role}
            onChange={(value) => setRole(value === 'admin' ? 'admin' : 'clinician')}
            data={[
              { value: 'clinician', label: t(roleLabelKeys.clinician) },
              { value: 'admin', label: t(roleLabelKeys.admin) },
            ]}
          />
          <SecretFields
            kind={secretKind}
            onKind={setSecretKind}
            secret={secret}
            onSecret={setSecret}
            error={error?.issueFor('secret')}
            labels={{
              pin: t('access:clinicians.theirPin'),
              passphrase: t('access:clinicians.theirPassphrase'),
            }}
          />
          {error && error.issues.length === 0 && <Alert color="red">{error.message}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('access:clinicians.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function SetSecretDialog({
  clinician,
  own,
  onClose,
}: {
  clinician: Clinician | null;
  own: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const setSecretCall = useApiMutation('clinicians.setSecret');
  const [secretKind, setSecretKind] = useState<SecretKind>('pin');
  const [secret, setSecret] = useState('');
  const close = () => {
    setSecretCall.reset();
    setSecret('');
    onClose();
  };
  const error = setSecretCall.error;
  return (
    <Modal
      opened={clinician !== null}
      onClose={close}
      title={
        own
          ? t('access:clinicians.changeOwnTitle')
          : t('access:clinicians.resetTitle', { name: clinician?.name ?? '' })
      }
      centered
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (clinician)
            setSecretCall.mutate({ id: clinician.id, secretKind, secret }, { onSuccess: close });
        }}
      >
        <Stack gap="sm">
          <SecretFields
            kind={secretKind}
            onKind={setSecretKind}
            secret={secret}
            onSecret={setSecret}
            error={error?.issueFor('secret')}
            labels={
              own
                ? {
                    pin: t('access:clinicians.yourNewPin'),
                    passphrase: t('access:clinicians.yourNewPassphrase'),
                  }
                : {
                    pin: t('access:clinicians.newPin'),
                    passphrase: t('access:clinicians.newPassphrase'),
                  }
            }
          />
          {error && error.issues.length === 0 && <Alert color="red">{error.message}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={setSecretCall.isPending}>
              {t('common:save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function CliniciansPanel({ me }: { me: { id: string; role: ClinicianRole } }) {
  const t = useT();
  const clinicians = useApiQuery('clinicians.list', {});
  const update = useApiMutation('clinicians.update');
  const [adding, setAdding] = useState(false);
  const [secretFor, setSecretFor] = useState<Clinician | null>(null);
  const isAdmin = me.role === 'admin';
  const updateError: ApiError | null = update.error;
  const actions = (clinician: Clinician) => {
    const own = clinician.id === me.id;
    return (
      <Group gap="xs" justify="flex-end" wrap="nowrap">
        {(own || isAdmin) && !clinician.archived && (
          <Button
            size="xs"
            variant="default"
            aria-label={
              own
                ? t('access:clinicians.changeOwnPin')
                : t('access:clinicians.resetPinFor', { name: clinician.name })
            }
            onClick={() => setSecretFor(clinician)}
          >
            {own ? t('access:clinicians.changePin') : t('access:clinicians.resetPin')}
          </Button>
        )}
        {isAdmin && !clinician.archived && (
          <Button
            size="xs"
            variant="default"
            aria-label={
              clinician.role === 'admin'
                ? t('access:clinicians.makeClinicianFor', { name: clinician.name })
                : t('access:clinicians.makeAdminFor', { name: clinician.name })
            }
            onClick={() =>
              update.mutate({
                id: clinician.id,
                role: clinician.role === 'admin' ? 'clinician' : 'admin',
              })
            }
          >
            {clinician.role === 'admin'
              ? t('access:clinicians.makeClinician')
              : t('access:clinicians.makeAdmin')}
          </Button>
        )}
        {isAdmin && !own && (
          <Button
            size="xs"
            variant="subtle"
            color={clinician.archived ? undefined : 'red'}
            aria-label={
              clinician.archived
                ? t('access:clinicians.restoreFor', { name: clinician.name })
                : t('access:clinicians.archiveFor', { name: clinician.name })
            }
            onClick={() => update.mutate({ id: clinician.id, archived: !clinician.archived })}
          >
            {clinician.archived ? t('access:clinicians.restore') : t('access:clinicians.archive')}
          </Button>
        )}
      </Group>
    );
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="clinicians-title">
      <Group justify="space-between">
        <Title order={3} id="clinicians-title">
          {t('access:clinicians.title')}
        </Title>
        {isAdmin && <Button onClick={() => setAdding(true)}>{t('access:clinicians.add')}</Button>}
      </Group>
      <Text size="sm" c="dimmed">
        {t('access:clinicians.intro')}
      </Text>
      {updateError && (
        <Alert color="red" withCloseButton onClose={() => update.reset()}>
          {updateError.message}
        </Alert>
      )}
      <QueryState
        query={clinicians}
        loadingLabel={t('access:clinicians.loading')}
        errorTitle={t('access:clinicians.loadError')}
        skeletonRows={2}
      >
        {(rows) => (
          <DataTable
            label={t('access:clinicians.title')}
            rows={rows}
            rowKey={(clinician) => clinician.id}
            columns={[
              {
                key: 'name',
                header: t('access:clinicians.name'),
                cell: (clinician) => (
                  <Group gap="xs">
                    <Text size="sm" c={clinician.archived ? 'dimmed' : undefined}>
                      {clinician.name}
                    </Text>
                    {clinician.id === me.id && (
                      <Badge variant="light">{t('access:clinicians.you')}</Badge>
                    )}
                    {clinician.archived && (
                      <Badge color="gray" variant="light">
                        {t('access:clinicians.archived')}
                      </Badge>
                    )}
                  </Group>
                ),
              },
              {
                key: 'role',
                header: t('access:clinicians.role'),
                cell: (clinician) => t(roleLabelKeys[clinician.role]),
              },
              {
                key: 'secret',
                header: t('access:clinicians.signsInWith'),
                cell: (clinician) =>
                  clinician.secretKind === 'pin' ? t('access:pin') : t('access:passphrase'),
              },
              {
                key: 'actions',
                header: <VisuallyHidden>{t('access:clinicians.actions')}</VisuallyHidden>,
                cell: actions,
              },
            ]}
          />
        )}
      </QueryState>
      <AddClinicianDialog opened={adding} onClose={() => setAdding(false)} />
      <SetSecretDialog
        clinician={secretFor}
        own={secretFor?.id === me.id}
        onClose={() => setSecretFor(null)}
      />
    </Stack>
  );
}
