// Edit one item's dose and this patient's note, with the plain-language line updating as the
// clinician types and the same validation the core applies.
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { itemParametersSchema, type ItemParameters } from '../../../../shared/domain/parameters';
import { STALE_PLAN_MESSAGE, type PlanItem } from '../../../../shared/domain/plan';
import { ApiError } from '../../../../shared/errors';
import { doseText } from '../../../../shared/plans/dose-text';
import { useT, useUiLanguage } from '../../app/i18n';
import { ParameterEditor } from '../library/parameter-editors';
import { usePlanEditorContext } from './plan-editor-context';

function doseOf(item: PlanItem): ItemParameters {
  return itemParametersSchema.parse({ kind: item.kind, parameters: item.parameters });
}

export function ItemDoseForm({ item, onDone }: { item: PlanItem; onDone(): void }) {
  const t = useT();
  const language = useUiLanguage();
  const editor = usePlanEditorContext();
  const [dose, setDose] = useState<ItemParameters>(() => doseOf(item));
  const [note, setNote] = useState(item.patientNote);
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const checked = useMemo(() => itemParametersSchema.safeParse(dose), [dose]);
  const errors = useMemo(() => {
    const byField: Record<string, string> = {};
    const issues = checked.success ? (serverError?.issues ?? []) : checked.error.issues;
    for (const issue of issues) {
      const at = issue.path.indexOf('parameters');
      const key = issue.path.slice(at + 1).join('.');
      byField[key] ??= issue.message;
    }
    return byField;
  }, [checked, serverError]);

  // Opened from the keyboard, the form takes focus at its first field.
  const form = useRef<HTMLDivElement>(null);
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    // Escape cancels, unless it is closing an open list (a select's dropdown) first.
    const target = event.target as HTMLElement;
    if (event.key === 'Escape' && target.getAttribute('aria-expanded') !== 'true') {
      event.preventDefault();
      onDone();
    }
  };

  const save = () => {
    if (!checked.success) return;
    setServerError(null);
    editor
      .write('plans.updateItem', { itemId: item.id, dose: checked.data, patientNote: note })
      .then(onDone, (error: unknown) => {
        if (error instanceof ApiError) setServerError(error);
      });
  };

  return (
    <Stack
      gap="sm"
      mt="sm"
      pt="sm"
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
      component="form"
      ref={form}
      onKeyDown={onKeyDown}
      aria-label={t('plans:dose.form', { title: item.title })}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <ParameterEditor value={dose} errors={errors} onChange={setDose} size="xs" />
      <Text size="sm" aria-live="polite">
        <Text span c="dimmed" size="sm">
          {t('plans:dose.patientReads')}{' '}
        </Text>
        <Text span fw={600} c="teal.9" size="sm" data-testid="dose-preview">
          {checked.success ? doseText(checked.data, language) : t('plans:dose.fixSettings')}
        </Text>
      </Text>
      <Textarea
        label={t('plans:dose.note')}
        autosize
        minRows={1}
        maxLength={2000}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
      {serverError &&
        serverError.issues.length === 0 &&
        serverError.message !== STALE_PLAN_MESSAGE && (
          <Alert color="red" role="alert">
            {serverError.message}
          </Alert>
        )}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" size="xs" onClick={onDone}>
          {t('common:cancel')}
        </Button>
        <Button type="submit" size="xs" disabled={!checked.success}>
          {t('plans:dose.save')}
        </Button>
      </Group>
    </Stack>
  );
}
