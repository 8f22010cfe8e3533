// At a visit: regress or progress each exercise of the current phase that has a regression or
// progression set, with the one the pain response points to offered first (reduce load →
// Regress; pain within the pain-monitoring model → Progress). Applying it changes the plan.
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { PainAssessment } from '../../../../shared/domain/load-monitoring';
import type { StepDirection } from '../../../../shared/domain/parameters';
import type { PlanItem } from '../../../../shared/domain/plan';
import type { ExerciseStep } from '../../../../shared/domain/parameters';
import { doseText } from '../../../../shared/plans/dose-text';
import { suggestedStep } from '../../../../shared/plans/exercise-steps';
import type { Translate, UiLanguage } from '../../../../shared/i18n';
import { useApiMutation, useApiQuery } from '../../app/api';
import { useT, useUiLanguage } from '../../app/i18n';

const whyKeys = {
  regression: 'visits:steps.whyRegress',
  progression: 'visits:steps.whyProgress',
} as const satisfies Record<StepDirection, string>;

const actionKeys = {
  regression: 'visits:steps.regress',
  progression: 'visits:steps.progress',
} as const satisfies Record<StepDirection, string>;

const doneKeys = {
  regression: 'visits:steps.regressed',
  progression: 'visits:steps.progressed',
} as const satisfies Record<StepDirection, string>;

/** "Change to Slow heel lowering on the flat floor" or "Dose: 3 × 15, 5 kg, …". */
function stepText(t: Translate, step: ExerciseStep, language: UiLanguage): string {
  switch (step.type) {
    case 'item':
      return t('visits:steps.changeTo', { title: step.title });
    case 'dose':
      return t('visits:steps.dose', {
        dose: doseText({ kind: 'exercise', parameters: step.parameters }, language),
      });
    default: {
      const unreachable: never = step;
      return unreachable;
    }
  }
}

export function ExerciseStepsPanel(props: {
  planId: string;
  visitId: string;
  pain: PainAssessment['status'];
}) {
  const t = useT();
  const language = useUiLanguage();
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
            message: t(doneKeys[direction], { title: item.title }),
          }),
      },
    );

  return (
    <Paper withBorder p="md" component="section" aria-label={t('visits:steps.title')}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('visits:steps.title')}
        </Title>
        <Text size="sm" c="dimmed" role="status">
          {suggested ? t(whyKeys[suggested]) : t('visits:steps.yourCall')}
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
                return (
                  <Button
                    key={direction}
                    size="xs"
                    variant={direction === suggested ? 'filled' : 'default'}
                    color={direction === 'regression' ? 'orange' : 'teal'}
                    loading={apply.isPending && apply.variables.itemId === item.id}
                    onClick={() => run(item, direction)}
                  >
                    {direction === suggested
                      ? t('visits:steps.buttonSuggested', {
                          action: t(actionKeys[direction]),
                          step: stepText(t, step, language),
                        })
                      : t('visits:steps.button', {
                          action: t(actionKeys[direction]),
                          step: stepText(t, step, language),
                        })}
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
