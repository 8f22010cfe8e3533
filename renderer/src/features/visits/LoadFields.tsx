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
import { useT, useUiLanguage } from '../../app/i18n';
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
  // Spanish, German, French and Portuguese write 12,5 km.
  const decimalSeparator = useUiLanguage() === 'en' ? '.' : ',';
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
      decimalSeparator={decimalSeparator}
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
  const t = useT();
  const local = clientIssues(painMonitoringSchema.safeParse(value));
  const error = (field: keyof PainMonitoring) =>
    issueAt('painMonitoring', field) ?? local.get(field);
  const set = (field: keyof PainMonitoring) => (next: number | null) =>
    onChange({ ...value, [field]: next });
  return (
    <Stack gap="xs" component="section" aria-label={t('visits:load.painMonitoring')}>
      <Title order={3} size="h4">
        {t('visits:load.painMonitoring')}
      </Title>
      <Text size="xs" c="dimmed">
        {t('visits:load.painMonitoringHelp')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Rating
          label={t('visits:load.firstStepPainScale')}
          value={value.firstStepPain}
          onChange={set('firstStepPain')}
          error={error('firstStepPain')}
        />
        <Rating
          label={t('visits:load.duringExerciseScale')}
          value={value.duringExercise}
          onChange={set('duringExercise')}
          error={error('duringExercise')}
        />
        <Rating
          label={t('visits:load.nextMorningScale')}
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
  const t = useT();
  const local = clientIssues(runningLoadSchema.safeParse(value));
  const error = (field: keyof RunningLoad) => issueAt('running', field) ?? local.get(field);
  return (
    <Stack gap="xs" component="section" aria-label={t('visits:running.title')}>
      <Title order={3} size="h4">
        {t('visits:running.title')}
      </Title>
      <Text size="xs" c="dimmed">
        {t('visits:running.help')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Rating
          label={t('visits:running.timePerWeek')}
          unit="min"
          max={3000}
          value={value.minutesPerWeek}
          onChange={(minutesPerWeek) => onChange({ ...value, minutesPerWeek })}
          error={error('minutesPerWeek')}
        />
        <Rating
          label={t('visits:running.distancePerWeek')}
          unit="km"
          max={500}
          decimals
          value={value.kmPerWeek}
          onChange={(kmPerWeek) => onChange({ ...value, kmPerWeek })}
          error={error('kmPerWeek')}
        />
        <Rating
          label={t('visits:running.stageRange', { max: WALK_RUN_STAGE_MAX })}
          min={1}
          max={WALK_RUN_STAGE_MAX}
          value={value.walkRunStage}
          onChange={(walkRunStage) => onChange({ ...value, walkRunStage })}
          error={error('walkRunStage')}
        />
      </SimpleGrid>
      <TextInput
        label={t('visits:running.note')}
        placeholder={t('visits:running.notePlaceholder')}
        value={value.note}
        onChange={(event) => onChange({ ...value, note: event.currentTarget.value })}
        error={error('note')}
      />
    </Stack>
  );
}
