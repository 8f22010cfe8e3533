// The entry criteria of one phase, edited as rows: what is measured, at most or at least, the
// target, and over how many days (0: the latest reading decides). Saved all at once.
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Text,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import {
  criterionText,
  phaseMeasureKeys,
  phaseMeasures,
  type CriterionComparator,
  type PhaseCriterionDraft,
  type PhaseMeasureKey,
} from '../../../../shared/domain/phase-criteria';
import type { PlanPhaseWithItems } from '../../../../shared/domain/plan';
import { ApiError } from '../../../../shared/errors';

const measureOptions = phaseMeasureKeys.map((key) => ({
  value: key,
  label: phaseMeasures[key].label,
}));
const comparatorOptions = [
  { value: 'at_most', label: 'at most (≤)' },
  { value: 'at_least', label: 'at least (≥)' },
];

const blank: PhaseCriterionDraft = {
  measure: 'first_step_pain',
  comparator: 'at_most',
  target: 3,
  days: 7,
};

export interface PhaseCriteriaEditorProps {
  phase: PlanPhaseWithItems;
  opened: boolean;
  onClose(): void;
  onSave(criteria: PhaseCriterionDraft[]): Promise<unknown>;
}

function CriterionRow(props: {
  index: number;
  value: PhaseCriterionDraft;
  error: string | undefined;
  onChange(next: PhaseCriterionDraft): void;
  onRemove(): void;
}) {
  const { value, index } = props;
  const measure = phaseMeasures[value.measure];
  const n = index + 1;
  return (
    <Stack
      gap={4}
      component="fieldset"
      style={{ border: 0, padding: 0, margin: 0 }}
      aria-label={`Criterion ${n}`}
    >
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <Select
          label="Measure"
          aria-label={`Criterion ${n}: measure`}
          data={measureOptions}
          value={value.measure}
          allowDeselect={false}
          onChange={(v) => v && props.onChange({ ...value, measure: v as PhaseMeasureKey })}
          style={{ flex: 3 }}
        />
        <Select
          label="Comparison"
          aria-label={`Criterion ${n}: comparison`}
          data={comparatorOptions}
          value={value.comparator}
          allowDeselect={false}
          onChange={(v) => v && props.onChange({ ...value, comparator: v as CriterionComparator })}
          style={{ flex: 2 }}
        />
        <NumberInput
          label={`Target (${measure.unit})`}
          aria-label={`Criterion ${n}: target (${measure.unit})`}
          value={value.target}
          min={measure.min}
          max={measure.max}
          allowDecimal={!measure.whole}
          onChange={(v) => props.onChange({ ...value, target: typeof v === 'number' ? v : 0 })}
          style={{ flex: 1.5 }}
        />
        <NumberInput
          label="Over days"
          aria-label={`Criterion ${n}: over days`}
          value={value.days}
          min={0}
          max={28}
          allowDecimal={false}
          onChange={(v) => props.onChange({ ...value, days: typeof v === 'number' ? v : 0 })}
          style={{ flex: 1.2 }}
        />
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={`Remove criterion ${n}`}
          onClick={props.onRemove}
          mb={4}
        >
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Group>
      <Text size="xs" c={props.error ? 'red' : 'dimmed'}>
        {props.error ??
          `${criterionText(value)} — from ${measure.source}${value.days === 0 ? '; the latest reading decides' : ''}.`}
      </Text>
    </Stack>
  );
}

export function PhaseCriteriaEditor({ phase, opened, onClose, onSave }: PhaseCriteriaEditorProps) {
  const [rows, setRows] = useState<PhaseCriterionDraft[]>(() =>
    phase.entryCriteria.map((c) => ({ ...c })),
  );
  const [error, setError] = useState<Error | null>(null);
  const [saving, setSaving] = useState(false);
  const apiError = error instanceof ApiError ? error : null;
  const rowError = (index: number) =>
    apiError?.issueFor('criteria', index, 'target') ??
    apiError?.issueFor('criteria', index, 'days') ??
    apiError?.issueFor('criteria', index);
  const shownInRows = rows.some((_, index) => rowError(index) !== undefined);
  return (
    <Modal opened={opened} onClose={onClose} title={`Entry criteria: ${phase.title}`} size="xl">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          What should be true before the patient moves into this phase. At each visit the app shows
          which are met and proposes moving on; you decide.
        </Text>
        {rows.length === 0 && (
          <Text size="sm">No entry criteria: moving into this phase is your call alone.</Text>
        )}
        {rows.map((row, index) => (
          <CriterionRow
            key={index}
            index={index}
            value={row}
            error={rowError(index)}
            onChange={(next) => setRows(rows.map((r, i) => (i === index ? next : r)))}
            onRemove={() => setRows(rows.filter((_, i) => i !== index))}
          />
        ))}
        {error && !shownInRows && (
          <Alert color="red" role="alert">
            {error.message}
          </Alert>
        )}
        <Group justify="space-between">
          <Button
            variant="light"
            disabled={rows.length >= 8}
            onClick={() => setRows([...rows, { ...blank }])}
          >
            Add criterion
          </Button>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              loading={saving}
              onClick={() => {
                setSaving(true);
                onSave(rows).then(
                  () => {
                    setSaving(false);
                    onClose();
                  },
                  (e: unknown) => {
                    setSaving(false);
                    setError(e instanceof Error ? e : new Error(String(e)));
                  },
                );
              }}
            >
              Save criteria
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
