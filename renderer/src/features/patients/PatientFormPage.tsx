// New patient, or edit one: the form plus where to go after saving.
import { Alert, Loader, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from 'react-router';
import { useApiMutation, useApiQuery } from '../../app/api';
import { emptyPatient, formValuesOf, PatientForm } from './PatientForm';

export function NewPatientPage() {
  const navigate = useNavigate();
  const create = useApiMutation('patients.create');
  return (
    <Stack maw={900} gap="md">
      <Title order={2}>New patient</Title>
      <PatientForm
        initial={emptyPatient}
        saving={create.isPending}
        submitLabel="Save patient"
        onCancel={() => void navigate('/patients')}
        onSave={(patient, allowDuplicate, onError) =>
          create.mutate(
            { patient, allowDuplicate },
            {
              onSuccess: (saved) => {
                notifications.show({ color: 'teal', message: 'Patient saved.' });
                void navigate(`/patients/${saved.id}`);
              },
              onError,
            },
          )
        }
      />
    </Stack>
  );
}

export function EditPatientPage() {
  const { patientId = '' } = useParams();
  const navigate = useNavigate();
  const patient = useApiQuery('patients.get', { id: patientId });
  const update = useApiMutation('patients.update');
  return (
    <Stack maw={900} gap="md">
      <Title order={2}>Edit patient</Title>
      {patient.isPending && <Loader aria-label="Loading patient" />}
      {patient.error && <Alert color="red">{patient.error.message}</Alert>}
      {patient.data && (
        <PatientForm
          initial={formValuesOf(patient.data)}
          patientId={patientId}
          saving={update.isPending}
          submitLabel="Save changes"
          onCancel={() => void navigate(`/patients/${patientId}`)}
          onSave={(draft, allowDuplicate, onError) =>
            update.mutate(
              { id: patientId, patient: draft, allowDuplicate },
              {
                onSuccess: () => {
                  notifications.show({ color: 'teal', message: 'Patient saved.' });
                  void navigate(`/patients/${patientId}`);
                },
                onError,
              },
            )
          }
        />
      )}
    </Stack>
  );
}
