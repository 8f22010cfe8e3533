// A recorded visit's pain monitoring and running, read-only, with the model's verdict.
import { Card, Group, Stack, Text, Title } from '@mantine/core';
import type { Visit } from '../../../../shared/domain/visit';
import { formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import { PainVerdict } from './PainVerdict';

function rating(value: number | null): string {
  return value === null ? '—' : `${formatNumber(value)}/10`;
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
  const t = useT();
  const { painMonitoring: pain, running } = visit;
  const hasRunning =
    running.minutesPerWeek !== null ||
    running.kmPerWeek !== null ||
    running.walkRunStage !== null ||
    running.note !== '';
  return (
    <Card withBorder padding="md" component="section" aria-label={t('visits:load.title')}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('visits:load.title')}
        </Title>
        <PainVerdict assessment={visit.painAssessment} />
        <Group gap="xl">
          <Figure label={t('visits:load.firstStepPain')} value={rating(pain.firstStepPain)} />
          <Figure label={t('visits:load.duringExercise')} value={rating(pain.duringExercise)} />
          <Figure label={t('visits:load.nextMorning')} value={rating(pain.nextMorning)} />
        </Group>
        {hasRunning ? (
          <Group gap="xl">
            <Figure
              label={t('visits:running.timePerWeek')}
              value={
                running.minutesPerWeek === null
                  ? '—'
                  : `${formatNumber(running.minutesPerWeek)} min`
              }
            />
            <Figure
              label={t('visits:running.distancePerWeek')}
              value={running.kmPerWeek === null ? '—' : `${formatNumber(running.kmPerWeek)} km`}
            />
            <Figure
              label={t('visits:running.stage')}
              value={
                running.walkRunStage === null
                  ? '—'
                  : t('visits:running.stageValue', { stage: running.walkRunStage })
              }
            />
            {running.note && <Figure label={t('visits:running.note')} value={running.note} />}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('visits:running.none')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
