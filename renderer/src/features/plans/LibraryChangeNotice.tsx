// On a plan item whose library item changed since it was added: what changed (old → new) and
// the choice to update the item (keeping this plan's dose, side and patient note) or keep it.
import { Alert, Button, Group, List, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { PlanItem } from '../../../../shared/domain/plan';
import type { FieldChange } from '../../../../shared/plans/content-diff';
import type { Translate } from '../../../../shared/i18n';
import { useApiQuery } from '../../app/api';
import { useT } from '../../app/i18n';
import { usePlanEditorContext } from './plan-editor-context';

/** The field's name in the screens' language; the core names it in English. */
function fieldLabel(t: Translate, change: FieldChange): string {
  const [field, index] = change.key.split('.');
  const number = Number(index) + 1;
  switch (field) {
    case 'title':
      return t('plans:libraryChange.fieldTitle');
    case 'summary':
      return t('plans:libraryChange.fieldSummary');
    case 'instructions':
      return t('plans:libraryChange.fieldStep', { number });
    case 'cautions':
      return t('plans:libraryChange.fieldCaution', { number });
    case 'images':
      return t('plans:libraryChange.fieldPhotos');
    case 'video':
      return t('plans:libraryChange.fieldVideo');
    case 'clinicianNotes':
      return t('plans:libraryChange.fieldClinicianNotes');
    default:
      // A dose part or a field added later: the core's own words.
      return change.label;
  }
}

function ChangeLine({ change }: { change: FieldChange }) {
  const t = useT();
  const shown = (value: string | null) => value ?? t('plans:libraryChange.none');
  return (
    <List.Item>
      <Text size="sm" span fw={600}>
        {fieldLabel(t, change)}:
      </Text>{' '}
      <Text size="sm" span td={change.before === null ? undefined : 'line-through'} c="dimmed">
        {shown(change.before)}
      </Text>{' '}
      →{' '}
      <Text size="sm" span>
        {shown(change.after)}
      </Text>
    </List.Item>
  );
}

export function LibraryChangeNotice({ item, onDone }: { item: PlanItem; onDone(): void }) {
  const t = useT();
  const editor = usePlanEditorContext();
  const planId = editor.plan?.id ?? '';
  const changes = useApiQuery('plans.libraryChanges', { planId }, { enabled: planId !== '' });
  const [busy, setBusy] = useState(false);
  const mine = changes.data?.find((c) => c.itemId === item.id);
  if (!mine) return null;
  const answer = (method: 'plans.updateItemFromLibrary' | 'plans.keepItemContent') => {
    setBusy(true);
    editor
      .write(method, { itemId: item.id })
      .then(onDone, (error: unknown) => {
        if (error instanceof Error) notifications.show({ color: 'red', message: error.message });
      })
      .finally(() => setBusy(false));
  };
  return (
    <Alert
      component="section"
      color="yellow"
      mt="xs"
      p="xs"
      // A region named for the item; Alert's own title would name it and make it an alert.
      role="region"
      aria-label={t('plans:libraryChange.region', { title: item.title })}
    >
      <Text size="sm" fw={700} c="yellow.9" mb={4}>
        {t('plans:libraryChange.title')}
      </Text>
      <List size="sm" spacing={2}>
        {mine.changes.map((change) => (
          <ChangeLine key={change.key} change={change} />
        ))}
      </List>
      <Text size="xs" c="dimmed" mt={4}>
        {t('plans:libraryChange.keeps')}
      </Text>
      <Group gap="xs" mt="xs">
        <Button size="xs" loading={busy} onClick={() => answer('plans.updateItemFromLibrary')}>
          {t('plans:libraryChange.update')}
        </Button>
        <Button
          size="xs"
          variant="default"
          disabled={busy}
          onClick={() => answer('plans.keepItemContent')}
        >
          {t('plans:libraryChange.keep')}
        </Button>
      </Group>
    </Alert>
  );
}
