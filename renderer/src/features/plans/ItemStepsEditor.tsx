// An exercise's regression and progression in the plan editor: each reads as a line and is set
// in a dialog, either another library exercise (swapped in when applied) or a changed dose.
import { Alert, Button, Group, Modal, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import {
  exerciseDoseSchema,
  exerciseStepSchema,
  type ExerciseDose,
  type ExerciseParameters,
  type ExerciseStep,
  type StepDirection,
} from '../../../../shared/domain/parameters';
import type { PlanItem } from '../../../../shared/domain/plan';
import { ApiError } from '../../../../shared/errors';
import { stepLabels, stepText } from '../../../../shared/plans/exercise-steps';
import { useApiQuery } from '../../app/api';
import { ExerciseParametersEditor } from '../library/parameter-editors';
import { usePlanEditorContext } from './plan-editor-context';

function doseOf(parameters: ExerciseParameters): ExerciseDose {
  const { steps: _steps, ...dose } = parameters;
  return dose;
}

function errorsOf(dose: ExerciseDose): Record<string, string> {
  const checked = exerciseDoseSchema.safeParse(dose);
  const byField: Record<string, string> = {};
  if (!checked.success) {
    for (const issue of checked.error.issues) byField[issue.path.join('.')] ??= issue.message;
  }
  return byField;
}

function StepDialog(props: {
  item: PlanItem & { kind: 'exercise' };
  direction: StepDirection;
  onClose(): void;
}) {
  const { item, direction } = props;
  const editor = usePlanEditorContext();
  const current = item.parameters.steps?.[direction];
  const [type, setType] = useState<ExerciseStep['type']>(current?.type ?? 'item');
  const [libraryItemId, setLibraryItemId] = useState<string | null>(
    current?.type === 'item' ? (current.libraryItemId ?? null) : null,
  );
  const [dose, setDose] = useState<ExerciseDose>(
    current?.type === 'dose' ? current.parameters : doseOf(item.parameters),
  );
  const [error, setError] = useState<string | null>(null);
  const exercises = useApiQuery('library.search', { query: '', kinds: ['exercise'], limit: 200 });
  const options = (exercises.data?.items ?? [])
    .filter((x) => x.id !== item.sourceItemId)
    .map((x) => ({ value: x.id, label: x.title }));
  const linkedBuiltIn =
    current?.type === 'item' && current.libraryItemId === undefined ? current.title : null;
  const words = stepLabels[direction];
  const doseErrors = errorsOf(dose);

  const write = (step: ExerciseStep | null) => {
    setError(null);
    editor
      .write('plans.setItemStep', { itemId: item.id, direction, step })
      .then(props.onClose, (e: unknown) => setError(e instanceof ApiError ? e.message : String(e)));
  };
  const save = () => {
    const title = options.find((o) => o.value === libraryItemId)?.label ?? '';
    const step =
      type === 'item'
        ? exerciseStepSchema.safeParse({ type, libraryItemId: libraryItemId ?? undefined, title })
        : exerciseStepSchema.safeParse({ type, parameters: dose });
    if (!step.success) {
      setError(
        type === 'item'
          ? 'Choose the library exercise to change to.'
          : 'Fix the highlighted settings.',
      );
      return;
    }
    write(step.data);
  };

  return (
    <Modal opened onClose={props.onClose} title={`${words.noun} of ${item.title}`} size="lg">
      <Stack gap="sm">
        <SegmentedControl
          aria-label={`${words.noun} type`}
          value={type}
          onChange={(v) => setType(v === 'dose' ? 'dose' : 'item')}
          data={[
            { value: 'item', label: 'Another library exercise' },
            { value: 'dose', label: 'Same exercise, another dose' },
          ]}
        />
        {type === 'item' ? (
          <Select
            label="Library exercise"
            description={
              linkedBuiltIn
                ? `Now: ${linkedBuiltIn} (from the library). Choose another to change it.`
                : 'It replaces this exercise in the plan, in the same place, when applied.'
            }
            placeholder="Search exercises"
            searchable
            data={options}
            value={libraryItemId}
            onChange={setLibraryItemId}
            nothingFoundMessage="No exercise with that name"
            data-autofocus
          />
        ) : (
          <>
            <ExerciseParametersEditor
              value={dose}
              onChange={setDose}
              errors={doseErrors}
              size="xs"
            />
            <Text size="sm">
              <Text span c="dimmed" size="sm">
                New dose:{' '}
              </Text>
              {Object.keys(doseErrors).length === 0
                ? stepText({ type: 'dose', parameters: dose }).replace(/^Dose: /, '')
                : 'Fix the highlighted settings.'}
            </Text>
          </>
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="space-between">
          {current ? (
            <Button variant="subtle" color="red" onClick={() => write(null)}>
              Remove {words.noun.toLowerCase()}
            </Button>
          ) : (
            <span />
          )}
          <Group gap="xs">
            <Button variant="default" onClick={props.onClose}>
              Cancel
            </Button>
            <Button onClick={save}>Save {words.noun.toLowerCase()}</Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The two lines and their "Regression…" / "Progression…" buttons on an exercise card. */
export function ItemSteps({
  item,
  readOnly,
}: {
  item: PlanItem & { kind: 'exercise' };
  readOnly: boolean;
}) {
  const [open, setOpen] = useState<StepDirection | null>(null);
  const steps = item.parameters.steps;
  return (
    <Stack gap={2} mt={4}>
      {(['regression', 'progression'] as const).map((direction) => {
        const step = steps?.[direction];
        const words = stepLabels[direction];
        return (
          <Group key={direction} gap="xs" wrap="nowrap">
            <Text size="xs" c="dimmed" style={{ flex: 1 }}>
              {words.noun}: {step ? stepText(step) : 'none set'}
            </Text>
            {!readOnly && (
              <Button
                size="compact-xs"
                variant="subtle"
                aria-label={`${words.noun} of ${item.title}…`}
                onClick={() => setOpen(direction)}
              >
                {words.noun}…
              </Button>
            )}
          </Group>
        );
      })}
      {open && <StepDialog item={item} direction={open} onClose={() => setOpen(null)} />}
    </Stack>
  );
}
