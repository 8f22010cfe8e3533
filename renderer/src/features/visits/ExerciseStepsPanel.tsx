// At a visit: regress or progress each exercise of the current phase that has a regression or
// progression set, with the one the pain response points to offered first (reduce load →
// Regress; pain within the pain-monitoring model → Progress). Applying it changes the plan.
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { PainAssessment } from '../../../../shared/domain/load-monitoring';
import type { StepDirection } from '../../../../shared/domain/parameters';
import type { PlanItem } from '../../../../shared/domain/plan';
import { stepLabels, stepText, suggestedStep } from '../../../../shared/plans/exercise-steps';
import { useApiMutation, useApiQuery } from '../../app/api';

const why: Record<StepDirection, string> = {
  regression: 'The pain response says reduce load: regressing is suggested.',
  progression: 'Pain is within the pain-monitoring model: progressing is suggested.',
};

export function ExerciseStepsPanel(props: {
  planId: string;
  visitId: string;
  pain: PainAssessment['status'];
}) {
  const plan = useApiQuery('plans.get', { planId: props.planId });
  const apply = useApiMutation('plans.applyItemStep');
  const data = plan.data;
  if (!data) return null;
  const phase = data.phases.find((p) => p.id === data.currentPhaseId) ?? data.phases[0];
  const exercises = (phase?.items ?? []).filter(
    (i): i is PlanItem & { kind: 'exercise' } =>
      i.kind === 'exercise' &&
      (i.parameters.steps?.regression ?? i.parameters.steps?.progression) !== undefined,
  );
  if (exercises.length === 0) return null;
  const suggested = suggestedStep(props.pain);
  // The suggested step first; the other stays available as the clinician's call.
  const order: StepDirection[] =
    suggested === 'progression' ? ['progression', 'regression'] : ['regression', 'progression'];

  const run = (item: PlanItem, direction: StepDirection) =>
    apply.mutate(
      {
        planId: data.id,
        revision: data.revision,
        itemId: item.id,
        direction,
        visitId: props.visitId,
      },
      {
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            message: `${stepLabels[direction].action}ed “${item.title}” in the plan.`,
          }),
      },
    );

  return (
    <Paper withBorder p="md" component="section" aria-label="Regress or progress exercises">
      <Stack gap="sm">
        <Title order={3} size="h5">
          Regress or progress exercises
        </Title>
        <Text size="sm" c="dimmed" role="status">
          {suggested
            ? why[suggested]
            : 'No pain response recorded at this visit: regress or progress is your call.'}
        </Text>
        {exercises.map((item) => (
          <Stack key={item.id} gap={4} role="group" aria-label={item.title}>
            <Text size="sm" fw={600}>
              {item.title}
            </Text>
            <Group gap="xs">
              {order.map((direction) => {
                const step = item.parameters.steps?.[direction];
                if (!step) return null;
                const words = stepLabels[direction];
                return (
                  <Button
                    key={direction}
                    size="xs"
                    variant={direction === suggested ? 'filled' : 'default'}
                    color={direction === 'regression' ? 'orange' : 'teal'}
                    loading={apply.isPending && apply.variables.itemId === item.id}
                    onClick={() => run(item, direction)}
                  >
                    {words.action}: {stepText(step)}
                    {direction === suggested ? ' (suggested)' : ''}
                  </Button>
                );
              })}
            </Group>
          </Stack>
        ))}
        {apply.error && (
          <Alert color="red" role="alert">
            {apply.error.message}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
