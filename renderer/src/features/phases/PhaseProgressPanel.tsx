// Where the patient stands against the next phase's entry criteria, and the clinician's decision
// in one click (move on, or stay), with the reason recorded. Shown at a visit (judged on the
// visit's date) and in the plan's Progress tab (judged today).
import { Badge, Button, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { CriterionEvaluation, PhaseProgress } from '../../../../shared/domain/phase-criteria';
import type { Translate } from '../../../../shared/i18n';
import { useApiMutation, useApiQuery } from '../../app/api';
import { formatDate } from '../../app/format';
import { useT } from '../../app/i18n';
import { QueryState } from '../../app/QueryState';
import { criterionStatusKeys, criterionText } from './criterion-words';

const statusColors: Record<CriterionEvaluation['status'], string> = {
  met: 'teal',
  not_met: 'orange',
  no_data: 'gray',
};

function proposalText(t: Translate, progress: PhaseProgress): string {
  const next = progress.next;
  const phase = next?.title ?? '';
  switch (progress.proposal) {
    case 'move_on':
      return t('phases:progress.moveOnProposal', { phase });
    case 'not_yet': {
      const met = next?.criteria.filter((c) => c.status === 'met').length ?? 0;
      return t('phases:progress.notYetProposal', {
        met,
        total: next?.criteria.length ?? 0,
        phase,
      });
    }
    case 'no_criteria':
      return t('phases:progress.noCriteriaProposal', { phase });
    case 'last_phase':
      return t('phases:progress.lastPhaseProposal');
    default: {
      const unreachable: never = progress.proposal;
      return unreachable;
    }
  }
}

/** The reason written for the clinician, from what the criteria show. */
function suggestedReason(t: Translate, progress: PhaseProgress, moving: boolean): string {
  const criteria = progress.next?.criteria ?? [];
  const texts = (status: (s: CriterionEvaluation['status']) => boolean) =>
    criteria.filter((c) => status(c.status)).map((c) => criterionText(t, c.criterion));
  const met = texts((s) => s === 'met');
  const unmet = texts((s) => s !== 'met');
  if (moving) {
    if (met.length > 0 && unmet.length === 0) {
      return t('phases:progress.reasonMet', { criteria: met.join('; ') });
    }
    return unmet.length > 0
      ? t('phases:progress.reasonJudgementUnmet', { criteria: unmet.join('; ') })
      : t('phases:progress.reasonJudgement');
  }
  return unmet.length > 0
    ? t('phases:progress.reasonUnmet', { criteria: unmet.join('; ') })
    : t('phases:progress.reasonConsolidate');
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
  const t = useT();
  const { progress, visit } = props;
  const decide = useApiMutation('plans.decidePhase');
  const moving = progress.proposal === 'move_on';
  const [reason, setReason] = useState(() => suggestedReason(t, progress, moving));
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
        label={t('phases:progress.reason')}
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
          onClick={() => record(next.id, t('phases:progress.movedOn', { phase: next.title }))}
        >
          {t('phases:progress.moveOn', { phase: next.title })}
        </Button>
        <Button
          variant={moving ? 'default' : 'filled'}
          loading={decide.isPending}
          onClick={() =>
            record(
              progress.current.id,
              t('phases:progress.stayed', { phase: progress.current.title }),
            )
          }
        >
          {t('phases:progress.stay', { phase: progress.current.title })}
        </Button>
      </Group>
    </>
  );
}

export function PhaseProgressPanel({ planId, visit, readOnly = false }: PhaseProgressPanelProps) {
  const t = useT();
  const plan = useApiQuery('plans.get', { planId });
  const progress = useApiQuery('plans.phaseProgress', {
    planId,
    ...(visit ? { asOf: visit.date } : {}),
  });
  return (
    <QueryState
      query={progress}
      loadingLabel={t('phases:progress.loading')}
      errorTitle={t('phases:progress.loadFailed')}
      skeletonRows={3}
    >
      {(data) =>
        plan.data ? (
          <Paper withBorder p="md" component="section" aria-label={t('phases:progress.label')}>
            <Stack gap="sm">
              <Group justify="space-between">
                <Title order={3} size="h5">
                  {t('phases:progress.label')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('phases:progress.judgedOn', { date: formatDate(data.asOf) })}
                </Text>
              </Group>
              <Text size="sm">
                {t('phases:progress.current')} <strong>{data.current.title}</strong>
              </Text>
              {data.next && data.next.criteria.length > 0 && (
                <List
                  spacing={6}
                  listStyleType="none"
                  aria-label={t('phases:progress.criteriaOf', { phase: data.next.title })}
                >
                  {data.next.criteria.map((c) => (
                    <List.Item key={c.criterion.id}>
                      <Group gap="xs" wrap="nowrap" align="flex-start">
                        <Badge color={statusColors[c.status]} variant="light" miw={96}>
                          {t(criterionStatusKeys[c.status])}
                        </Badge>
                        <div>
                          <Text size="sm">{criterionText(t, c.criterion)}</Text>
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
                {proposalText(t, data)}
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
        ) : null
      }
    </QueryState>
  );
}
