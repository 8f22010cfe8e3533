// The "needs review" notice on an imported item: why it matters, and the button that clears it
// once the clinician has checked the steps and added any cautions.
import { Alert, Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChecks } from '@tabler/icons-react';
import type { LibraryItem } from '../../../../shared/domain/library';
import { useApiMutation } from '../../app/api';

export function ReviewNotice({ item }: { item: LibraryItem }) {
  const review = useApiMutation('library.markReviewed');
  return (
    <Alert color="yellow" title="Needs review before a patient gets it">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          This item was imported without cautions. Check the steps, add any cautions your patients
          need (Edit), then mark it reviewed. Until then it can go into a plan, but no plan with it
          can be issued and no home sheet with it can be printed.
        </Text>
        <Button
          size="xs"
          leftSection={<IconChecks size={16} />}
          loading={review.isPending}
          onClick={() =>
            review.mutate(
              { id: item.id },
              {
                onSuccess: () => notifications.show({ message: `“${item.title}” is reviewed.` }),
                onError: (error) => notifications.show({ color: 'red', message: error.message }),
              },
            )
          }
        >
          Mark as reviewed
        </Button>
      </Stack>
    </Alert>
  );
}
