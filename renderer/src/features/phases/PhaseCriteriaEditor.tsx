// The entry criteria of one phase, edited as rows: what is measured, at most or at least, the
// target, and over how many days (0: the latest reading decides). Saved all at once.
import { ActionIcon, Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import {
  phaseMeasureKeys,
  phaseMeasures,
  type CriterionComparator,
  type PhaseCriterionDraft,
  type PhaseMeasureKey,
} from '../../../../shared/domain/phase-criteria';
import type { PlanPhaseWithItems } from '../../../../shared/domain/plan';
import { ApiError } from '../../../../shared/errors';
import { useT } from '../../app/i18n';
import { NumberField } from '../../app/NumberField';
import { criterionText, measureLabelKeys, measureSourceKeys, unitText } from './criterion-words';

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
  const t = useT();
  const { value, index } = props;
  const measure = phaseMeasures[value.measure];
  const unit = unitText(t, value.measure);
  const number = index + 1;
  const measureOptions = phaseMeasureKeys.map((key) => ({
    value: key,
    label: t(measureLabelKeys[key]),
  }));
  const comparatorOptions = [
    { value: 'at_most', label: t('phases:criteria.atMost') },
    { value: 'at_least', label: t('phases:criteria.atLeast') },
  ];
  const words = {
    criterion: criterionText(t, value),
    source: t(measureSourceKeys[value.measure]),
  };
  return (
    <Stack
      gap={4}
      component="fieldset"
      style={{ border: 0, padding: 0, margin: 0 }}
      aria-label={t('phases:criteria.row', { number })}
    >
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <Select
          label={t('phases:criteria.measure')}
          aria-label={t('phases:criteria.measureOf', { number })}
          data={measureOptions}
          value={value.measure}
          allowDeselect={false}
          onChange={(v) => v && props.onChange({ ...value, measure: v as PhaseMeasureKey })}
          style={{ flex: 3 }}
        />
        <Select
          label={t('phases:criteria.comparison')}
          aria-label={t('phases:criteria.comparisonOf', { number })}
          data={comparatorOptions}
          value={value.comparator}
          allowDeselect={false}
          onChange={(v) => v && props.onChange({ ...value, comparator: v as CriterionComparator })}
          style={{ flex: 2 }}
        />
        <NumberField
          label={t('phases:criteria.target')}
          unit={unit === '' ? undefined : unit}
          aria-label={
            unit === ''
              ? t('phases:criteria.targetOf', { number })
              : t('phases:criteria.targetWithUnitOf', { number, unit })
          }
          value={value.target}
          min={measure.min}
          max={measure.max}
          decimals={measure.whole ? 0 : 1}
          // Cleared or unreadable: the field says so, and saving is refused by the same check.
          onChange={(v) => props.onChange({ ...value, target: v ?? Number.NaN })}
          style={{ flex: 1.5 }}
        />
        <NumberField
          label={t('phases:criteria.days')}
          aria-label={t('phases:criteria.daysOf', { number })}
          value={value.days}
          min={0}
          max={28}
          onChange={(v) => props.onChange({ ...value, days: v ?? Number.NaN })}
          style={{ flex: 1.2 }}
        />
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('phases:criteria.remove', { number })}
          onClick={props.onRemove}
          mb={4}
        >
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Group>
      <Text size="xs" c={props.error ? 'red' : 'dimmed'}>
        {props.error ??
          (!Number.isFinite(value.target) || !Number.isFinite(value.days)
            ? ''
            : value.days === 0
              ? t('phases:criteria.fromLatest', words)
              : t('phases:criteria.from', words))}
      </Text>
    </Stack>
  );
}

export function PhaseCriteriaEditor({ phase, opened, onClose, onSave }: PhaseCriteriaEditorProps) {
  const t = useT();
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
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('phases:criteria.title', { phase: phase.title })}
      size="xl"
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('phases:criteria.intro')}
        </Text>
        {rows.length === 0 && <Text size="sm">{t('phases:criteria.none')}</Text>}
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
            {t('phases:criteria.add')}
          </Button>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('common:cancel')}
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
              {t('phases:criteria.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
