// New patient, or edit one: the form plus where to go after saving.
import { Alert, Loader, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from 'react-router';
import { useApiMutation, useApiQuery } from '../../app/api';
import { useT } from '../../app/i18n';
import { emptyPatient, formValuesOf, PatientForm } from './PatientForm';

export function NewPatientPage() {
  const t = useT();
  const navigate = useNavigate();
  const create = useApiMutation('patients.create');
  return (
    <Stack maw={900} gap="md">
      <Title order={2}>{t('patients:list.new')}</Title>
      <PatientForm
        initial={emptyPatient}
        saving={create.isPending}
        submitLabel={t('patients:formPage.savePatient')}
        onCancel={() => void navigate('/patients')}
        onSave={(patient, allowDuplicate, onError) =>
          create.mutate(
            { patient, allowDuplicate },
            {
              onSuccess: (saved) => {
                notifications.show({ color: 'teal', message: t('patients:formPage.saved') });
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
  const t = useT();
  const { patientId = '' } = useParams();
  const navigate = useNavigate();
  const patient = useApiQuery('patients.get', { id: patientId });
  const update = useApiMutation('patients.update');
  return (
    <Stack maw={900} gap="md">
      <Title order={2}>{t('patients:formPage.editTitle')}</Title>
      {patient.isPending && <Loader aria-label={t('patients:page.loading')} />}
      {patient.error && <Alert color="red">{patient.error.message}</Alert>}
      {patient.data && (
        <PatientForm
          initial={formValuesOf(patient.data)}
          patientId={patientId}
          saving={update.isPending}
          submitLabel={t('patients:formPage.saveChanges')}
          onCancel={() => void navigate(`/patients/${patientId}`)}
          onSave={(draft, allowDuplicate, onError) =>
            update.mutate(
              { id: patientId, patient: draft, allowDuplicate },
              {
                onSuccess: () => {
                  notifications.show({ color: 'teal', message: t('patients:formPage.saved') });
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
