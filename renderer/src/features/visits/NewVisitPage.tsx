// Record a visit: starts from the plan in force, so its clinic items are edited, not retyped.
import { Alert, Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate, useParams } from 'react-router';
import { useApiMutation, useApiQuery } from '../../app/api';
import { useT } from '../../app/i18n';
import { baselinesFrom } from './baselines';
import { VisitForm } from './VisitForm';

export function NewVisitPage() {
  const t = useT();
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
          ← {patient ? `${patient.firstName} ${patient.lastName}` : t('visits:visit.patient')}
        </Anchor>
        <Title order={2}>
          {patient
            ? t('visits:new.titleFor', { name: `${patient.firstName} ${patient.lastName}` })
            : t('visits:new.title')}
        </Title>
      </div>
      {(start.isPending || overview.isPending) && <Loader aria-label={t('visits:new.loading')} />}
      {start.error && (
        <Alert color="red" title={t('visits:new.startError')}>
          {start.error.message}
        </Alert>
      )}
      {start.data && overview.data && (
        <VisitForm
          initial={start.data.draft}
          visitId={null}
          planLabel={
            start.data.planVersion
              ? t('visits:visit.planInForce', {
                  title: start.data.planVersion.title,
                  version: start.data.planVersion.versionNumber,
                })
              : t('visits:new.noPlan')
          }
          planExercises={start.data.draft.adherence[0]?.exercises ?? []}
          baselines={baselinesFrom(overview.data)}
          earlierMornings={overview.data.progress.firstStepPain}
          amendment={null}
          submitLabel={t('visits:new.save')}
          pending={create.isPending}
          error={create.error}
          onSubmit={(draft) =>
            create.mutate(draft, {
              onSuccess: (visit) => {
                notifications.show({ color: 'teal', message: t('visits:visit.saved') });
                void navigate(`/visits/${visit.id}`);
              },
            })
          }
        />
      )}
      {start.data && !start.data.planVersion && (
        <Text size="xs" c="dimmed">
          {t('visits:new.issueHint')}
        </Text>
      )}
    </Stack>
  );
}
