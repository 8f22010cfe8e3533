// The plan's progression timeline: each phase decision with when, why, and what the entry
// criteria showed at the time. Decisions are never edited; a new one follows.
import { Badge, Group, Stack, Text, Timeline } from '@mantine/core';
import type { PhaseDecision } from '../../../../shared/domain/plan';
import { formatDateTime } from '../../app/format';
import { useT } from '../../app/i18n';
import { criterionStatusInlineKeys, criterionText, phaseDecisionKeys } from './criterion-words';

const colours: Record<PhaseDecision['decision'], string> = {
  move_on: 'teal',
  stay: 'gray',
  step_back: 'orange',
};

export function PhaseTimeline({ decisions }: { decisions: readonly PhaseDecision[] }) {
  const t = useT();
  if (decisions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('phases:timeline.empty')}
      </Text>
    );
  }
  return (
    <Timeline
      bulletSize={14}
      lineWidth={2}
      active={decisions.length - 1}
      aria-label={t('phases:timeline.label')}
    >
      {[...decisions].reverse().map((d) => (
        <Timeline.Item
          key={d.id}
          color={colours[d.decision]}
          title={
            <Group gap="xs">
              <Badge color={colours[d.decision]} variant="light">
                {t(phaseDecisionKeys[d.decision])}
              </Badge>
              <Text size="sm" fw={600}>
                {d.decision === 'stay' ? d.toPhaseTitle : `${d.fromPhaseTitle} → ${d.toPhaseTitle}`}
              </Text>
            </Group>
          }
        >
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {d.visitId
                ? t('phases:timeline.atVisit', { time: formatDateTime(d.decidedAt) })
                : formatDateTime(d.decidedAt)}
            </Text>
            <Text size="sm">{d.reason}</Text>
            {d.criteria.length > 0 && (
              <Text size="xs" c="dimmed">
                {t('phases:timeline.criteriaThen', {
                  criteria: d.criteria
                    .map((c) =>
                      t('phases:timeline.criterionWithStatus', {
                        criterion: criterionText(t, c.criterion),
                        status: t(criterionStatusInlineKeys[c.status]),
                      }),
                    )
                    .join('; '),
                })}
              </Text>
            )}
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
