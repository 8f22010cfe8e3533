// The plan's progression timeline: each phase decision with when, why, and what the entry
// criteria showed at the time. Decisions are never edited; a new one follows.
import { Badge, Group, Stack, Text, Timeline } from '@mantine/core';
import { phaseDecisions, type PhaseDecision } from '../../../../shared/domain/plan';
import { formatDateTime } from '../../app/format';

const colours: Record<PhaseDecision['decision'], string> = {
  move_on: 'teal',
  stay: 'gray',
  step_back: 'orange',
};

export function PhaseTimeline({ decisions }: { decisions: readonly PhaseDecision[] }) {
  if (decisions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No phase decisions yet. They are recorded here, with their reasons, when you move the
        patient on (or decide to stay).
      </Text>
    );
  }
  return (
    <Timeline
      bulletSize={14}
      lineWidth={2}
      active={decisions.length - 1}
      aria-label="Phase decisions"
    >
      {[...decisions].reverse().map((d) => (
        <Timeline.Item
          key={d.id}
          color={colours[d.decision]}
          title={
            <Group gap="xs">
              <Badge color={colours[d.decision]} variant="light">
                {phaseDecisions[d.decision]}
              </Badge>
              <Text size="sm" fw={600}>
                {d.decision === 'stay' ? d.toPhaseTitle : `${d.fromPhaseTitle} → ${d.toPhaseTitle}`}
              </Text>
            </Group>
          }
        >
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {formatDateTime(d.decidedAt)}
              {d.visitId ? ' · at a visit' : ''}
            </Text>
            <Text size="sm">{d.reason}</Text>
            {d.criteria.length > 0 && (
              <Text size="xs" c="dimmed">
                Criteria then:{' '}
                {d.criteria
                  .map(
                    (c) =>
                      `${c.text} (${c.status === 'met' ? 'met' : c.status === 'not_met' ? 'not met' : 'no readings'})`,
                  )
                  .join('; ')}
              </Text>
            )}
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
