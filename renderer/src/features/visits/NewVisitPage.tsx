// Record a visit: starts from the plan in force, so its clinic items are edited, not retyped.
import { Alert, Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate, useParams } from 'react-router';
import { useApiMutation, useApiQuery } from '../../app/api';
import { baselinesFrom } from './baselines';
import { VisitForm } from './VisitForm';

export function NewVisitPage() {
  const { patientId = '' } = useParams();
  const navigate = useNavigate();
  const start = useApiQuery('visits.start', { patientId }, { staleTime: 0, gcTime: 0 });
  const overview = useApiQuery('visits.overview', { patientId });
  const create = useApiMutation('visits.create');
  const patient = overview.data?.patient;
  return (
    <Stack maw={1100} gap="md">
      <div>
        <Anchor component={Link} to={`/visits/patient/${patientId}`} size="sm">
          ← {patient ? `${patient.firstName} ${patient.lastName}` : 'Patient'}
        </Anchor>
        <Title order={2}>
          New visit{patient ? ` — ${patient.firstName} ${patient.lastName}` : ''}
        </Title>
      </div>
      {(start.isPending || overview.isPending) && <Loader aria-label="Loading" />}
      {start.error && (
        <Alert color="red" title="Could not start a visit">
          {start.error.message}
        </Alert>
      )}
      {start.data && overview.data && (
        <VisitForm
          initial={start.data.draft}
          visitId={null}
          planLabel={
            start.data.planVersion
              ? `Plan in force: ${start.data.planVersion.title}, version ${start.data.planVersion.versionNumber}`
              : 'No issued plan: treatments are added by hand.'
          }
          planExercises={start.data.draft.adherence[0]?.exercises ?? []}
          baselines={baselinesFrom(overview.data)}
          earlierMornings={overview.data.progress.firstStepPain}
          amendment={null}
          submitLabel="Save visit"
          pending={create.isPending}
          error={create.error}
          onSubmit={(draft) =>
            create.mutate(draft, {
              onSuccess: (visit) => {
                notifications.show({ color: 'teal', message: 'Visit saved.' });
                void navigate(`/visits/${visit.id}`);
              },
            })
          }
        />
      )}
      {start.data && !start.data.planVersion && (
        <Text size="xs" c="dimmed">
          Issue the patient's plan to prefill its clinic items and exercise grid at the next visit.
        </Text>
      )}
    </Stack>
  );
}
