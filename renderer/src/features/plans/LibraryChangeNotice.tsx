// On a plan item whose library item changed since it was added: what changed (old → new) and
// the choice to update the item (keeping this plan's dose, side and patient note) or keep it.
import { Alert, Button, Group, List, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { PlanItem } from '../../../../shared/domain/plan';
import type { FieldChange } from '../../../../shared/plans/content-diff';
import { useApiQuery } from '../../app/api';
import { usePlanEditorContext } from './plan-editor-context';

const shown = (value: string | null) => value ?? 'none';

function ChangeLine({ change }: { change: FieldChange }) {
  return (
    <List.Item>
      <Text size="sm" span fw={600}>
        {change.label}:
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
      aria-label={`Library changes to ${item.title}`}
    >
      <Text size="sm" fw={700} c="yellow.9" mb={4}>
        Library item changed since added — update this plan item?
      </Text>
      <List size="sm" spacing={2}>
        {mine.changes.map((change) => (
          <ChangeLine key={change.key} change={change} />
        ))}
      </List>
      <Text size="xs" c="dimmed" mt={4}>
        Updating keeps this plan’s dose, side and patient note.
      </Text>
      <Group gap="xs" mt="xs">
        <Button size="xs" loading={busy} onClick={() => answer('plans.updateItemFromLibrary')}>
          Update
        </Button>
        <Button
          size="xs"
          variant="default"
          disabled={busy}
          onClick={() => answer('plans.keepItemContent')}
        >
          Keep
        </Button>
      </Group>
    </Alert>
  );
}
