// Adding a library item the plan already holds asks first: a second copy starts from the
// library's default dose and side, which is rarely what the clinician meant.
import { Button, Group, Modal, Text } from '@mantine/core';
import type { Plan } from '../../../../shared/domain/plan';
import { doseText } from '../../../../shared/plans/dose-text';
import { useT, useUiLanguage } from '../../app/i18n';

export interface PendingDuplicate {
  libraryItemId: string;
  phaseId: string;
  index: number | undefined;
}

/** Where the plan already has this library item, if it does. */
export function existingCopy(plan: Plan, libraryItemId: string) {
  for (const phase of plan.phases) {
    const item = phase.items.find((i) => i.sourceItemId === libraryItemId);
    if (item) return { item, phaseTitle: phase.title };
  }
  return null;
}

export function DuplicateItemModal(props: {
  plan: Plan;
  pending: PendingDuplicate | null;
  onAdd(pending: PendingDuplicate): void;
  onClose(): void;
}) {
  const t = useT();
  const language = useUiLanguage();
  const { pending } = props;
  const copy = pending ? existingCopy(props.plan, pending.libraryItemId) : null;
  const title = copy
    ? t('plans:duplicate.title', { title: copy.item.title, phase: copy.phaseTitle })
    : '';
  return (
    <Modal opened={copy !== null} onClose={props.onClose} title={title}>
      {copy && pending && (
        <>
          <Text size="sm">
            {t('plans:duplicate.explain', { dose: doseText(copy.item, language) })}
          </Text>
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={props.onClose} data-autofocus>
              {t('common:cancel')}
            </Button>
            <Button onClick={() => props.onAdd(pending)}>{t('plans:duplicate.add')}</Button>
          </Group>
        </>
      )}
    </Modal>
  );
}
