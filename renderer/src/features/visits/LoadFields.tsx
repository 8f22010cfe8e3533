// The visit form's "Pain monitoring" and "Running" sections: pain around the patient's last
// exercise session with the model's live verdict, and weekly running with the walk-run stage.
import { NumberInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { z } from 'zod';
import {
  painMonitoringSchema,
  runningLoadSchema,
  WALK_RUN_STAGE_MAX,
  type PainAssessment,
  type PainMonitoring,
  type RunningLoad,
} from '../../../../shared/domain/load-monitoring';
import type { IssueLookup } from './issues';
import { PainVerdict } from './PainVerdict';

/** The first message per field, from the shared schema: the same words the core would send. */
function clientIssues(result: z.ZodSafeParseResult<unknown>): Map<string, string> {
  const issues = new Map<string, string>();
  if (result.success) return issues;
  for (const issue of result.error.issues) {
    const key = String(issue.path[0]);
    if (!issues.has(key)) issues.set(key, issue.message);
  }
  return issues;
}

function Rating(props: {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  error: string | undefined;
  decimals?: boolean;
  unit?: string;
  max?: number;
  min?: number;
}) {
  return (
    <NumberInput
      label={props.label}
      value={props.value ?? ''}
      min={props.min ?? 0}
      max={props.max ?? 10}
      // Out-of-range numbers stay as typed and get the error, rather than being changed.
      clampBehavior="none"
      allowDecimal={props.decimals ?? false}
      allowNegative={false}
      decimalScale={props.decimals ? 2 : 0}
      rightSection={props.unit}
      rightSectionWidth={props.unit ? 64 : undefined}
      onChange={(next) => props.onChange(typeof next === 'number' ? next : null)}
      error={props.error}
    />
  );
}

export function PainMonitoringFields({
  value,
  onChange,
  assessment,
  issueAt,
}: {
  value: PainMonitoring;
  onChange: (value: PainMonitoring) => void;
  assessment: PainAssessment;
  issueAt: IssueLookup;
}) {
  const local = clientIssues(painMonitoringSchema.safeParse(value));
  const error = (field: keyof PainMonitoring) =>
    issueAt('painMonitoring', field) ?? local.get(field);
  const set = (field: keyof PainMonitoring) => (next: number | null) =>
    onChange({ ...value, [field]: next });
  return (
    <Stack gap="xs" component="section" aria-label="Pain monitoring">
      <Title order={3} size="h4">
        Pain monitoring
      </Title>
      <Text size="xs" c="dimmed">
        The patient&apos;s last exercise or running session, 0 (no pain) to 10 (worst). Daily
        ratings from the paper diary go in the home programme grid below.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Rating
          label="First-step pain that morning (0–10)"
          value={value.firstStepPain}
          onChange={set('firstStepPain')}
          error={error('firstStepPain')}
        />
        <Rating
          label="Pain during exercise (0–10)"
          value={value.duringExercise}
          onChange={set('duringExercise')}
          error={error('duringExercise')}
        />
        <Rating
          label="Pain the next morning (0–10)"
          value={value.nextMorning}
          onChange={set('nextMorning')}
          error={error('nextMorning')}
        />
      </SimpleGrid>
      <PainVerdict assessment={assessment} />
    </Stack>
  );
}

export function RunningFields({
  value,
  onChange,
  issueAt,
}: {
  value: RunningLoad;
  onChange: (value: RunningLoad) => void;
  issueAt: IssueLookup;
}) {
  const local = clientIssues(runningLoadSchema.safeParse(value));
  const error = (field: keyof RunningLoad) => issueAt('running', field) ?? local.get(field);
  return (
    <Stack gap="xs" component="section" aria-label="Running">
      <Title order={3} size="h4">
        Running
      </Title>
      <Text size="xs" c="dimmed">
        The week before this visit, as the patient reports it or from their running watch.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Rating
          label="Running time per week"
          unit="min"
          max={3000}
          value={value.minutesPerWeek}
          onChange={(minutesPerWeek) => onChange({ ...value, minutesPerWeek })}
          error={error('minutesPerWeek')}
        />
        <Rating
          label="Running distance per week"
          unit="km"
          max={500}
          decimals
          value={value.kmPerWeek}
          onChange={(kmPerWeek) => onChange({ ...value, kmPerWeek })}
          error={error('kmPerWeek')}
        />
        <Rating
          label={`Walk-run stage (1–${WALK_RUN_STAGE_MAX})`}
          min={1}
          max={WALK_RUN_STAGE_MAX}
          value={value.walkRunStage}
          onChange={(walkRunStage) => onChange({ ...value, walkRunStage })}
          error={error('walkRunStage')}
        />
      </SimpleGrid>
      <TextInput
        label="Running note"
        placeholder="e.g. run 2 min, walk 1 min × 8, every other day"
        value={value.note}
        onChange={(event) => onChange({ ...value, note: event.currentTarget.value })}
        error={error('note')}
      />
    </Stack>
  );
}
