// One visit: read it, edit it on the day, amend it afterwards, export the summary PDF, or
// archive it (with a reason; nothing is deleted).
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Loader,
  Modal,
  Stack,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Visit, VisitDraft } from '../../../../shared/domain/visit';
import { useApiMutation, useApiQuery } from '../../app/api';
import { formatDate } from '../../app/format';
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
  return (
    <>
      <Button variant="subtle" color="red" onClick={() => setOpen(true)}>
        Archive visit
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title="Archive this visit">
        <Textarea
          label="Reason"
          description="The visit stays in the record, marked archived, and leaves the progress charts."
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
            Archive
          </Button>
        </Group>
      </Modal>
    </>
  );
}

export function VisitPage() {
  const { visitId = '' } = useParams();
  const [editing, setEditing] = useState(false);
  const visit = useApiQuery('visits.get', { id: visitId });
  const patientId = visit.data?.patientId ?? '';
  const overview = useApiQuery('visits.overview', { patientId }, { enabled: patientId !== '' });
  const update = useApiMutation('visits.update');
  const exportPdf = useVisitSummaryExport();
  const data = visit.data;
  const patient = overview.data?.patient;

  return (
    <Stack maw={1100} gap="md">
      {visit.isPending && <Loader aria-label="Loading visit" />}
      {visit.error && <Alert color="red">{visit.error.message}</Alert>}
      {data && (
        <>
          <div>
            <Anchor component={Link} to={`/visits/patient/${data.patientId}`} size="sm">
              ← {patient ? `${patient.firstName} ${patient.lastName}` : 'Patient'}
            </Anchor>
            <Group justify="space-between" align="center">
              <Group gap="xs">
                <Title order={2}>
                  Visit {formatDate(data.date)} · {data.time}
                </Title>
                {data.locked && <Badge variant="light">In the record</Badge>}
                {data.amendments.length > 0 && <Badge color="yellow">Amended</Badge>}
                {data.archived && <Badge color="red">Archived: {data.archivedReason}</Badge>}
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
                    Export summary PDF
                  </Button>
                  {!data.archived && (
                    <Button onClick={() => setEditing(true)}>
                      {data.locked ? 'Amend visit' : 'Edit visit'}
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
                  ? `Plan in force: ${data.planTitle}, version ${data.planVersionNumber ?? '–'}`
                  : 'No issued plan at this visit'
              }
              planExercises={data.adherence[0]?.exercises ?? []}
              baselines={baselinesFrom(overview.data, data.id)}
              earlierMornings={overview.data?.progress.firstStepPain ?? []}
              amendment={data.locked ? { visitDate: data.date } : null}
              submitLabel={data.locked ? 'Save amendment' : 'Save changes'}
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
                        message: data.locked ? 'Amendment saved.' : 'Visit saved.',
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
                  <Stack gap="md" role="complementary" aria-label="Plan at this visit">
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
    </Stack>
  );
}
