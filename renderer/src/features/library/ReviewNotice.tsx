// The "needs review" notice on an imported item: why it matters, and the button that clears it
// once the clinician has checked the steps and added any cautions.
import { Alert, Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChecks } from '@tabler/icons-react';
import type { LibraryItem } from '../../../../shared/domain/library';
import { useApiMutation } from '../../app/api';
import { useT } from '../../app/i18n';

export function ReviewNotice({ item }: { item: LibraryItem }) {
  const t = useT();
  const review = useApiMutation('library.markReviewed');
  return (
    <Alert color="yellow" title={t('library:review.title')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('library:review.text')}</Text>
        <Button
          size="xs"
          leftSection={<IconChecks size={16} />}
          loading={review.isPending}
          onClick={() =>
            review.mutate(
              { id: item.id },
              {
                onSuccess: () =>
                  notifications.show({ message: t('library:review.done', { title: item.title }) }),
                onError: (error) => notifications.show({ color: 'red', message: error.message }),
              },
            )
          }
        >
          {t('library:review.mark')}
        </Button>
      </Stack>
    </Alert>
  );
}
