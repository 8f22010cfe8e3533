// One visit: read it, edit it on the day, amend it afterwards, export the summary PDF, or
// archive it (with a reason; nothing is deleted).
import { Anchor, Badge, Button, Grid, Group, Modal, Stack, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Visit, VisitDraft } from '../../../../shared/domain/visit';
import { useApiMutation, useApiQuery } from '../../app/api';
import { formatDate } from '../../app/format';
import { useT } from '../../app/i18n';
import { QueryState } from '../../app/QueryState';
import { savedMessage, useVisitSummaryExport } from '../pdf/use-visit-summary-export';
import { PhaseProgressPanel } from '../phases/PhaseProgressPanel';
import { baselinesFrom } from './baselines';
import { ExerciseStepsPanel } from './ExerciseStepsPanel';
import { VisitForm } from './VisitForm';
import { VisitView } from './VisitView';

function draftOf(visit: Visit): VisitDraft {
  return {
    patientId: visit.patientId,
    date: visit.date,
    time: visit.time,
    planVersionId: visit.planVersionId,
    soap: visit.soap,
    treatments: visit.treatments,
    outcomes: visit.outcomes.map(({ id, form, note }) => ({ id, form, note })),
    adherence: visit.adherence,
    painMonitoring: visit.painMonitoring,
    running: visit.running,
  };
}

function ArchiveButton({ visit }: { visit: Visit }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const archive = useApiMutation('visits.archive');
  const t = useT();
  return (
    <>
      <Button variant="subtle" color="red" onClick={() => setOpen(true)}>
        {t('visits:archive.button')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('visits:archive.title')}>
        <Textarea
          label={t('visits:archive.reason')}
          description={t('visits:archive.help')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={archive.error?.issueFor('reason') ?? archive.error?.message}
          data-autofocus
        />
        <Group justify="flex-end" mt="md">
          <Button
            color="red"
            loading={archive.isPending}
            onClick={() =>
              archive.mutate(
                { id: visit.id, revision: visit.revision, reason },
                { onSuccess: () => setOpen(false) },
              )
            }
          >
            {t('visits:archive.confirm')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}

export function VisitPage() {
  const t = useT();
  const { visitId = '' } = useParams();
  const [editing, setEditing] = useState(false);
  const visit = useApiQuery('visits.get', { id: visitId });
  const patientId = visit.data?.patientId ?? '';
  const overview = useApiQuery('visits.overview', { patientId }, { enabled: patientId !== '' });
  const update = useApiMutation('visits.update');
  const exportPdf = useVisitSummaryExport();
  const patient = overview.data?.patient;

  return (
    <Stack maw={1100} gap="md">
      <QueryState
        query={visit}
        loadingLabel={t('visits:visit.loading')}
        errorTitle={t('visits:visit.loadError')}
      >
        {(data) => (
          <>
            <div>
              <Anchor component={Link} to={`/visits/patient/${data.patientId}`} size="sm">
                ← {patient ? `${patient.firstName} ${patient.lastName}` : t('visits:visit.patient')}
              </Anchor>
              <Group justify="space-between" align="center">
                <Group gap="xs">
                  <Title order={2}>
                    {t('visits:visit.title', { date: formatDate(data.date), time: data.time })}
                  </Title>
                  {data.locked && <Badge variant="light">{t('visits:visit.inRecord')}</Badge>}
                  {data.amendments.length > 0 && (
                    <Badge color="yellow">{t('visits:visit.amended')}</Badge>
                  )}
                  {data.archived && (
                    <Badge color="red">
                      {t('visits:visit.archivedBecause', { reason: data.archivedReason })}
                    </Badge>
                  )}
                </Group>
                {!editing && (
                  <Group gap="xs">
                    <Button
                      variant="light"
                      leftSection={<IconFileTypePdf size={16} />}
                      loading={exportPdf.isPending}
                      onClick={() =>
                        exportPdf.mutate(data.id, {
                          onSuccess: (result) => {
                            if (result.saved)
                              notifications.show({ color: 'teal', message: savedMessage(result) });
                          },
                          onError: (error) =>
                            notifications.show({ color: 'red', message: error.message }),
                        })
                      }
                    >
                      {t('visits:visit.exportPdf')}
                    </Button>
                    {!data.archived && (
                      <Button onClick={() => setEditing(true)}>
                        {data.locked ? t('visits:visit.amend') : t('visits:visit.edit')}
                      </Button>
                    )}
                    {!data.archived && <ArchiveButton visit={data} />}
                  </Group>
                )}
              </Group>
            </div>
            {editing ? (
              <VisitForm
                initial={draftOf(data)}
                visitId={data.id}
                planLabel={
                  data.planTitle
                    ? t('visits:visit.planInForce', {
                        title: data.planTitle,
                        version: data.planVersionNumber ?? '–',
                      })
                    : t('visits:visit.noPlanAtVisit')
                }
                planExercises={data.adherence[0]?.exercises ?? []}
                baselines={baselinesFrom(overview.data, data.id)}
                earlierMornings={overview.data?.progress.firstStepPain ?? []}
                amendment={data.locked ? { visitDate: data.date } : null}
                submitLabel={
                  data.locked ? t('visits:visit.saveAmendment') : t('visits:visit.saveChanges')
                }
                pending={update.isPending}
                error={update.error}
                onCancel={() => {
                  update.reset();
                  setEditing(false);
                }}
                onSubmit={(draft, amendmentReason) =>
                  update.mutate(
                    { id: data.id, revision: data.revision, draft, amendmentReason },
                    {
                      onSuccess: () => {
                        notifications.show({
                          color: 'teal',
                          message: data.locked
                            ? t('visits:visit.amendmentSaved')
                            : t('visits:visit.saved'),
                        });
                        setEditing(false);
                      },
                    },
                  )
                }
              />
            ) : (
              // The note first, on the left; the plan's panels beside it on a laptop-wide window
              // (below it on a narrow one), so the SOAP note is read without scrolling past them.
              <Grid gap="md">
                <Grid.Col span={{ base: 12, lg: data.planId !== null && !data.archived ? 7 : 12 }}>
                  <VisitView visit={data} />
                </Grid.Col>
                {data.planId !== null && !data.archived && (
                  <Grid.Col span={{ base: 12, lg: 5 }}>
                    <Stack gap="md" role="complementary" aria-label={t('visits:visit.planPanels')}>
                      <ExerciseStepsPanel
                        planId={data.planId}
                        visitId={data.id}
                        pain={data.painAssessment.status}
                      />
                      <PhaseProgressPanel
                        planId={data.planId}
                        visit={{ id: data.id, date: data.date }}
                      />
                    </Stack>
                  </Grid.Col>
                )}
              </Grid>
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
