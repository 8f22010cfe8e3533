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
import { doseText } from '../../../../shared/plans/dose-text';
import type { Translate, UiLanguage } from '../../../../shared/i18n';
import { useApiQuery } from '../../app/api';
import { useT, useUiLanguage } from '../../app/i18n';
import { ExerciseParametersEditor } from '../library/parameter-editors';
import { usePlanEditorContext } from './plan-editor-context';

function doseOf(parameters: ExerciseParameters): ExerciseDose {
  const { steps: _steps, ...dose } = parameters;
  return dose;
}

/** Each direction's words, whole: German and French inflect them differently per phrase. */
const stepKeys = {
  regression: {
    line: 'plans:steps.regressionLine',
    open: 'plans:steps.regressionOpen',
    of: 'plans:steps.regressionOf',
    openOf: 'plans:steps.regressionOpenOf',
    type: 'plans:steps.regressionType',
    remove: 'plans:steps.removeRegression',
    save: 'plans:steps.saveRegression',
  },
  progression: {
    line: 'plans:steps.progressionLine',
    open: 'plans:steps.progressionOpen',
    of: 'plans:steps.progressionOf',
    openOf: 'plans:steps.progressionOpenOf',
    type: 'plans:steps.progressionType',
    remove: 'plans:steps.removeProgression',
    save: 'plans:steps.saveProgression',
  },
} as const satisfies Record<StepDirection, Record<string, string>>;

/** "Change to Slow heel lowering" or "Dose: 3 × 15, …" in the screens' language. */
function stepText(t: Translate, step: ExerciseStep, language: UiLanguage): string {
  switch (step.type) {
    case 'item':
      return t('plans:steps.changeTo', { title: step.title });
    case 'dose':
      return t('plans:steps.doseStep', {
        dose: doseText({ kind: 'exercise', parameters: step.parameters }, language),
      });
    default: {
      const unreachable: never = step;
      return unreachable;
    }
  }
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
  const t = useT();
  const language = useUiLanguage();
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
  const words = stepKeys[direction];
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
      setError(type === 'item' ? t('plans:steps.chooseExercise') : t('plans:dose.fixSettings'));
      return;
    }
    write(step.data);
  };

  return (
    <Modal opened onClose={props.onClose} title={t(words.of, { title: item.title })} size="lg">
      <Stack gap="sm">
        <SegmentedControl
          aria-label={t(words.type)}
          value={type}
          onChange={(v) => setType(v === 'dose' ? 'dose' : 'item')}
          data={[
            { value: 'item', label: t('plans:steps.anotherItem') },
            { value: 'dose', label: t('plans:steps.anotherDose') },
          ]}
        />
        {type === 'item' ? (
          <Select
            label={t('plans:steps.libraryExercise')}
            description={
              linkedBuiltIn
                ? t('plans:steps.now', { title: linkedBuiltIn })
                : t('plans:steps.replaces')
            }
            placeholder={t('plans:steps.searchExercises')}
            searchable
            data={options}
            value={libraryItemId}
            onChange={setLibraryItemId}
            nothingFoundMessage={t('plans:steps.nothingFound')}
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
                {t('plans:steps.newDose')}{' '}
              </Text>
              {Object.keys(doseErrors).length === 0
                ? doseText({ kind: 'exercise', parameters: dose }, language)
                : t('plans:dose.fixSettings')}
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
              {t(words.remove)}
            </Button>
          ) : (
            <span />
          )}
          <Group gap="xs">
            <Button variant="default" onClick={props.onClose}>
              {t('common:cancel')}
            </Button>
            <Button onClick={save}>{t(words.save)}</Button>
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
  const t = useT();
  const language = useUiLanguage();
  const [open, setOpen] = useState<StepDirection | null>(null);
  const steps = item.parameters.steps;
  return (
    <Stack gap={2} mt={4}>
      {(['regression', 'progression'] as const).map((direction) => {
        const step = steps?.[direction];
        const words = stepKeys[direction];
        return (
          <Group key={direction} gap="xs" wrap="nowrap">
            <Text size="xs" c="dimmed" style={{ flex: 1 }}>
              {t(words.line, {
                step: step ? stepText(t, step, language) : t('plans:steps.noneSet'),
              })}
            </Text>
            {!readOnly && (
              <Button
                size="compact-xs"
                variant="subtle"
                aria-label={t(words.openOf, { title: item.title })}
                onClick={() => setOpen(direction)}
              >
                {t(words.open)}
              </Button>
            )}
          </Group>
        );
      })}
      {open && <StepDialog item={item} direction={open} onClose={() => setOpen(null)} />}
    </Stack>
  );
}
