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
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import type { Clinician, ClinicianRole, SecretKind } from '../../../../shared/domain/access';
import { type ApiError } from '../../../../shared/errors';
import { useApiMutation, useApiQuery } from '../../app/api';

const roleLabel: Record<ClinicianRole, string> = {
  admin: 'Administrator',
  clinician: 'Clinician',
};

function SecretFields({
  kind,
  onKind,
  secret,
  onSecret,
  error,
  label,
}: {
  kind: SecretKind;
  onKind: (kind: SecretKind) => void;
  secret: string;
  onSecret: (secret: string) => void;
  error: string | undefined;
  label: string;
}) {
  return (
    <>
      <SegmentedControl
        aria-label="Signs in with"
        value={kind}
        onChange={(value) => onKind(value === 'passphrase' ? 'passphrase' : 'pin')}
        data={[
          { value: 'pin', label: 'PIN' },
          { value: 'passphrase', label: 'Personal passphrase' },
        ]}
      />
      <PasswordInput
        label={kind === 'pin' ? `${label} PIN` : `${label} passphrase`}
        description={kind === 'pin' ? '4 to 12 digits' : 'At least 8 characters'}
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
    <Modal opened={opened} onClose={close} title="Add a clinician" centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate({ name, role, secretKind, secret }, { onSuccess: close });
        }}
      >
        <Stack gap="sm">
          <TextInput
            label="Name"
            description="As it should appear in the audit log"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={error?.issueFor('name')}
            required
            data-autofocus
          />
          <SegmentedControl
            aria-label="Role"
            value={role}
            onChange={(value) => setRole(value === 'admin' ? 'admin' : 'clinician')}
            data={[
              { value: 'clinician', label: roleLabel.clinician },
              { value: 'admin', label: roleLabel.admin },
            ]}
          />
          <SecretFields
            kind={secretKind}
            onKind={setSecretKind}
            secret={secret}
            onSecret={setSecret}
            error={error?.issueFor('secret')}
            label="Their"
          />
          {error && error.issues.length === 0 && <Alert color="red">{error.message}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Add clinician
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
      title={own ? 'Change your PIN or passphrase' : `New PIN for ${clinician?.name ?? ''}`}
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
            label={own ? 'Your new' : 'New'}
          />
          {error && error.issues.length === 0 && <Alert color="red">{error.message}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={setSecretCall.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function CliniciansPanel({ me }: { me: { id: string; role: ClinicianRole } }) {
  const clinicians = useApiQuery('clinicians.list', {});
  const update = useApiMutation('clinicians.update');
  const [adding, setAdding] = useState(false);
  const [secretFor, setSecretFor] = useState<Clinician | null>(null);
  const isAdmin = me.role === 'admin';
  const rows = clinicians.data ?? [];
  const updateError: ApiError | null = update.error;
  return (
    <Stack gap="sm" component="section" aria-labelledby="clinicians-title">
      <Group justify="space-between">
        <Title order={3} id="clinicians-title">
          Clinicians
        </Title>
        {isAdmin && <Button onClick={() => setAdding(true)}>Add clinician</Button>}
      </Group>
      <Text size="sm" c="dimmed">
        Each clinician signs in with their own PIN or passphrase; the audit log names who did what.
      </Text>
      {clinicians.error && <Alert color="red">{clinicians.error.message}</Alert>}
      {updateError && (
        <Alert color="red" withCloseButton onClose={() => update.reset()}>
          {updateError.message}
        </Alert>
      )}
      <Table striped aria-label="Clinicians">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Signs in with</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((clinician) => {
            const own = clinician.id === me.id;
            return (
              <Table.Tr key={clinician.id}>
                <Table.Td>
                  <Group gap="xs">
                    <Text size="sm" c={clinician.archived ? 'dimmed' : undefined}>
                      {clinician.name}
                    </Text>
                    {own && <Badge variant="light">You</Badge>}
                    {clinician.archived && (
                      <Badge color="gray" variant="light">
                        Archived
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{roleLabel[clinician.role]}</Table.Td>
                <Table.Td>{clinician.secretKind === 'pin' ? 'PIN' : 'Passphrase'}</Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    {(own || isAdmin) && !clinician.archived && (
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={own ? 'Change your PIN' : `Reset PIN for ${clinician.name}`}
                        onClick={() => setSecretFor(clinician)}
                      >
                        {own ? 'Change PIN' : 'Reset PIN'}
                      </Button>
                    )}
                    {isAdmin && !clinician.archived && (
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={
                          clinician.role === 'admin'
                            ? `Make ${clinician.name} a clinician`
                            : `Make ${clinician.name} an administrator`
                        }
                        onClick={() =>
                          update.mutate({
                            id: clinician.id,
                            role: clinician.role === 'admin' ? 'clinician' : 'admin',
                          })
                        }
                      >
                        {clinician.role === 'admin' ? 'Make clinician' : 'Make administrator'}
                      </Button>
                    )}
                    {isAdmin && !own && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color={clinician.archived ? undefined : 'red'}
                        aria-label={`${clinician.archived ? 'Restore' : 'Archive'} ${clinician.name}`}
                        onClick={() =>
                          update.mutate({ id: clinician.id, archived: !clinician.archived })
                        }
                      >
                        {clinician.archived ? 'Restore' : 'Archive'}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <AddClinicianDialog opened={adding} onClose={() => setAdding(false)} />
      <SetSecretDialog
        clinician={secretFor}
        own={secretFor?.id === me.id}
        onClose={() => setSecretFor(null)}
      />
    </Stack>
  );
}
