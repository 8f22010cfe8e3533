// The mark on a SOAP note that holds an autosaved draft: it is not in the record until saved.
import { Alert, Button, Group, Text } from '@mantine/core';
import type { VisitNoteDraft } from '../../../../shared/contract/visits';
import { formatDateTime } from '../../app/format';
import { useT } from '../../app/i18n';

export function NoteDraftMarker(props: {
  draft: VisitNoteDraft;
  pending: boolean;
  onDiscard(): void;
}) {
  const t = useT();
  return (
    <Alert
      color="orange"
      variant="light"
      p="xs"
      mb="sm"
      role="region"
      aria-label={t('visits:draft.title')}
    >
      <Group justify="space-between" wrap="wrap" gap="xs">
        <div>
          <Text size="sm" fw={700}>
            {t('visits:draft.title')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('visits:draft.autosaved', { at: formatDateTime(props.draft.savedAt) })}
          </Text>
        </div>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={props.onDiscard}>
            {t('visits:draft.discard')}
          </Button>
          <Button size="xs" type="submit" loading={props.pending}>
            {t('common:save')}
          </Button>
        </Group>
      </Group>
    </Alert>
  );
}
