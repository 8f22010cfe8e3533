// The mark on a SOAP note that holds an autosaved draft: it is not in the record until saved.
import { Alert, Button, Group, Text } from '@mantine/core';
import type { VisitNoteDraft } from '../../../../shared/contract/visits';
import { formatDateTime } from '../../app/format';

export function NoteDraftMarker(props: {
  draft: VisitNoteDraft;
  pending: boolean;
  onDiscard(): void;
}) {
  return (
    <Alert
      color="orange"
      variant="light"
      p="xs"
      mb="sm"
      role="region"
      aria-label="Draft — not saved to the record"
    >
      <Group justify="space-between" wrap="wrap" gap="xs">
        <div>
          <Text size="sm" fw={700}>
            Draft — not saved to the record
          </Text>
          <Text size="xs" c="dimmed">
            Autosaved {formatDateTime(props.draft.savedAt)}. Save the visit to put this note in the
            record.
          </Text>
        </div>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={props.onDiscard}>
            Discard draft
          </Button>
          <Button size="xs" type="submit" loading={props.pending}>
            Save
          </Button>
        </Group>
      </Group>
    </Alert>
  );
}
