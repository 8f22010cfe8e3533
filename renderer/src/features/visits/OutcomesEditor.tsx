// Outcome measures at a visit: add a measure, type the answers from the patient's form, see
// the score and change from baseline as you go.
import {
  ActionIcon,
  Button,
  Card,
  Group,
  Menu,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { VisitDraft } from '../../../../shared/domain/visit';
import {
  emptyOutcomeAnswers,
  outcomeAnswersSchema,
  outcomeMeasureKeys,
  outcomeMeasures,
  scoreOutcome,
  type OutcomeAnswers,
  type OutcomeMeasureKey,
} from '../../../../shared/outcomes';
import { useT, useUiLanguage } from '../../app/i18n';
import type { IssueLookup } from './issues';
import { ItemsForm } from './ItemsForm';
import { FormLanguageNote, measureNameKeys } from './outcome-labels';
import { ScoreSummary, type Baseline } from './ScoreSummary';
import { VisaAForm } from './VisaAForm';

type Records = VisitDraft['outcomes'];

interface OutcomesEditorProps {
  records: Records;
  onChange: (records: Records) => void;
  baselines: Partial<Record<OutcomeMeasureKey, Baseline>>;
  issueAt: IssueLookup;
}

function FormFor({
  form,
  onChange,
  errorFor,
}: {
  form: OutcomeAnswers;
  onChange: (form: OutcomeAnswers) => void;
  errorFor: (path: (string | number)[]) => string | undefined;
}) {
  if (form.measure === 'visa-a') {
    return (
      <VisaAForm
        answers={form.answers}
        onChange={(answers) => onChange({ measure: 'visa-a', answers })}
        errorFor={(index) => errorFor(['items', index])}
      />
    );
  }
  return (
    <ItemsForm
      measure={form.measure}
      answers={form.answers}
      // Each measure's answers keep their shape: the cast only re-attaches the measure tag.
      onChange={(answers) => onChange({ measure: form.measure, answers } as OutcomeAnswers)}
      errorFor={(index) => errorFor([index])}
    />
  );
}

export function OutcomesEditor({ records, onChange, baselines, issueAt }: OutcomesEditorProps) {
  const t = useT();
  const english = useUiLanguage() === 'en';
  const used = new Set(records.map((record) => record.form.measure));
  const available = outcomeMeasureKeys.filter((key) => !used.has(key));
  const update = (index: number, patch: Partial<Records[number]>) =>
    onChange(records.map((record, i) => (i === index ? { ...record, ...patch } : record)));

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t('outcomes:editor.title')}
        </Title>
        <Menu position="bottom-end">
          <Menu.Target>
            <Button
              variant="light"
              leftSection={<IconPlus size={16} />}
              disabled={available.length === 0}
            >
              {t('outcomes:editor.add')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {available.map((key) => (
              <Menu.Item
                key={key}
                onClick={() => onChange([...records, { form: emptyOutcomeAnswers(key), note: '' }])}
              >
                {outcomeMeasures[key].shortName} — {t(measureNameKeys[key])}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
      {records.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('outcomes:editor.empty')}
        </Text>
      )}
      {records.map((record, index) => {
        const measure = record.form.measure;
        const definition = outcomeMeasures[measure];
        const parsed = outcomeAnswersSchema.safeParse(record.form);
        const clientIssue = (path: (string | number)[]) =>
          parsed.success
            ? undefined
            : parsed.error.issues.find((issue) =>
                ['answers', ...path].every((s, i) => issue.path[i] === s),
              )?.message;
        const errorFor = (path: (string | number)[]) =>
          issueAt('outcomes', index, 'form', 'answers', ...path) ?? clientIssue(path);
        return (
          <Card
            key={measure}
            withBorder
            padding="sm"
            component="section"
            aria-label={t(measureNameKeys[measure])}
          >
            <Group justify="space-between" align="flex-start" mb="xs">
              <div>
                <Text fw={600}>{definition.shortName}</Text>
                <Text size="xs" c="dimmed">
                  {t(measureNameKeys[measure])}
                </Text>
                {measure === 'ffi' && (
                  <Text size="xs" c="dimmed">
                    {t('outcomes:editor.ffiRule')}
                  </Text>
                )}
              </div>
              <Group gap="xs">
                {parsed.success && (
                  <ScoreSummary
                    result={scoreOutcome(parsed.data)}
                    baseline={baselines[measure]}
                    english={english}
                  />
                )}
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('outcomes:editor.remove', { measure: definition.shortName })}
                  onClick={() => onChange(records.filter((_, i) => i !== index))}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            </Group>
            <FormLanguageNote measure={measure} />
            <FormFor
              form={record.form}
              onChange={(form) => update(index, { form })}
              errorFor={errorFor}
            />
            <TextInput
              mt="xs"
              size="xs"
              label={t('outcomes:editor.note')}
              placeholder={
                measure === 'nprs' ? t('outcomes:editor.nprsNotePlaceholder') : undefined
              }
              value={record.note}
              onChange={(event) => update(index, { note: event.currentTarget.value })}
            />
          </Card>
        );
      })}
    </Stack>
  );
}
