// A recorded visit's pain monitoring and running, read-only, with the model's verdict.
import { Card, Group, Stack, Text, Title } from '@mantine/core';
import type { Visit } from '../../../../shared/domain/visit';
import { PainVerdict } from './PainVerdict';

function rating(value: number | null): string {
  return value === null ? '—' : `${value}/10`;
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500}>
        {value}
      </Text>
    </div>
  );
}

export function LoadView({ visit }: { visit: Visit }) {
  const { painMonitoring: pain, running } = visit;
  const hasRunning =
    running.minutesPerWeek !== null ||
    running.kmPerWeek !== null ||
    running.walkRunStage !== null ||
    running.note !== '';
  return (
    <Card withBorder padding="md" component="section" aria-label="Pain monitoring and running">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Pain monitoring and running
        </Title>
        <PainVerdict assessment={visit.painAssessment} />
        <Group gap="xl">
          <Figure label="First-step pain that morning" value={rating(pain.firstStepPain)} />
          <Figure label="Pain during exercise" value={rating(pain.duringExercise)} />
          <Figure label="Pain the next morning" value={rating(pain.nextMorning)} />
        </Group>
        {hasRunning ? (
          <Group gap="xl">
            <Figure
              label="Running time per week"
              value={running.minutesPerWeek === null ? '—' : `${running.minutesPerWeek} min`}
            />
            <Figure
              label="Running distance per week"
              value={running.kmPerWeek === null ? '—' : `${running.kmPerWeek} km`}
            />
            <Figure
              label="Walk-run stage"
              value={running.walkRunStage === null ? '—' : `Stage ${running.walkRunStage}`}
            />
            {running.note && <Figure label="Running note" value={running.note} />}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            No running recorded.
          </Text>
        )}
      </Stack>
    </Card>
  );
}
