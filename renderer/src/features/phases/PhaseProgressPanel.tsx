// Where the patient stands against the next phase's entry criteria, and the clinician's decision
// in one click (move on, or stay), with the reason recorded. Shown at a visit (judged on the
// visit's date) and in the plan's Progress tab (judged today).
import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { CriterionEvaluation, PhaseProgress } from '../../../../shared/domain/phase-criteria';
import { useApiMutation, useApiQuery } from '../../app/api';
import { formatDate } from '../../app/format';

const statusBadge: Record<CriterionEvaluation['status'], { label: string; color: string }> = {
  met: { label: 'Met', color: 'teal' },
  not_met: { label: 'Not met', color: 'orange' },
  no_data: { label: 'No readings', color: 'gray' },
};

function proposalText(progress: PhaseProgress): string {
  const next = progress.next;
  switch (progress.proposal) {
    case 'move_on':
      return `Every entry criterion of “${next?.title ?? ''}” is met: consider moving on.`;
    case 'not_yet': {
      const met = next?.criteria.filter((c) => c.status === 'met').length ?? 0;
      return `${met} of ${next?.criteria.length ?? 0} entry criteria of “${next?.title ?? ''}” met: not yet.`;
    }
    case 'no_criteria':
      return `“${next?.title ?? ''}” sets no entry criteria: moving on is your call.`;
    case 'last_phase':
      return 'This is the last phase of the plan.';
    default: {
      const unreachable: never = progress.proposal;
      return unreachable;
    }
  }
}

/** The reason written for the clinician, from what the criteria show. */
function suggestedReason(progress: PhaseProgress, moving: boolean): string {
  const criteria = progress.next?.criteria ?? [];
  const met = criteria.filter((c) => c.status === 'met').map((c) => c.text);
  const unmet = criteria.filter((c) => c.status !== 'met').map((c) => c.text);
  if (moving) {
    return met.length > 0 && unmet.length === 0
      ? `Entry criteria met: ${met.join('; ')}.`
      : `Clinical judgement${unmet.length > 0 ? ` (not yet met: ${unmet.join('; ')})` : ''}.`;
  }
  return unmet.length > 0 ? `Not yet met: ${unmet.join('; ')}.` : 'Consolidate this phase.';
}

export interface PhaseProgressPanelProps {
  planId: string;
  /** The visit the decision is made at (criteria judged on its date). */
  visit?: { id: string; date: string };
  readOnly?: boolean;
}

function DecisionForm(props: {
  planId: string;
  revision: number;
  progress: PhaseProgress;
  visit: { id: string; date: string } | undefined;
}) {
  const { progress, visit } = props;
  const decide = useApiMutation('plans.decidePhase');
  const moving = progress.proposal === 'move_on';
  const [reason, setReason] = useState(() => suggestedReason(progress, moving));
  const next = progress.next;
  if (!next) return null;
  const record = (toPhaseId: string, label: string) =>
    decide.mutate(
      {
        planId: props.planId,
        revision: props.revision,
        toPhaseId,
        reason,
        ...(visit ? { visitId: visit.id } : {}),
      },
      { onSuccess: () => notifications.show({ color: 'teal', message: label }) },
    );
  return (
    <>
      <Textarea
        label="Reason for the decision"
        autosize
        minRows={2}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        error={decide.error?.issueFor('reason') ?? decide.error?.message}
      />
      <Group gap="xs">
        <Button
          variant={moving ? 'filled' : 'light'}
          loading={decide.isPending}
          onClick={() => record(next.id, `Moved on to ${next.title}.`)}
        >
          Move on to {next.title}
        </Button>
        <Button
          variant={moving ? 'default' : 'filled'}
          loading={decide.isPending}
          onClick={() => record(progress.current.id, `Staying in ${progress.current.title}.`)}
        >
          Stay in {progress.current.title}
        </Button>
      </Group>
    </>
  );
}

export function PhaseProgressPanel({ planId, visit, readOnly = false }: PhaseProgressPanelProps) {
  const plan = useApiQuery('plans.get', { planId });
  const progress = useApiQuery('plans.phaseProgress', {
    planId,
    ...(visit ? { asOf: visit.date } : {}),
  });
  const data = progress.data;
  if (progress.error) return <Alert color="red">{progress.error.message}</Alert>;
  if (!data || !plan.data) return null;
  return (
    <Paper withBorder p="md" component="section" aria-label="Phase progress">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5">
            Phase progress
          </Title>
          <Text size="sm" c="dimmed">
            Judged on {formatDate(data.asOf)}
          </Text>
        </Group>
        <Text size="sm">
          Current phase: <strong>{data.current.title}</strong>
        </Text>
        {data.next && data.next.criteria.length > 0 && (
          <List
            spacing={6}
            listStyleType="none"
            aria-label={`Entry criteria of ${data.next.title}`}
          >
            {data.next.criteria.map((c) => (
              <List.Item key={c.criterion.id}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Badge color={statusBadge[c.status].color} variant="light" miw={96}>
                    {statusBadge[c.status].label}
                  </Badge>
                  <div>
                    <Text size="sm">{c.text}</Text>
                    <Text size="xs" c="dimmed">
                      {c.evidence}
                    </Text>
                  </div>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        <Text size="sm" fw={600} role="status">
          {proposalText(data)}
        </Text>
        {!readOnly && (
          <DecisionForm
            // A new judgement (or plan revision) starts a fresh suggested reason.
            key={`${data.asOf}:${data.current.id}:${plan.data.revision}`}
            planId={planId}
            revision={plan.data.revision}
            progress={data}
            visit={visit}
          />
        )}
      </Stack>
    </Paper>
  );
}
