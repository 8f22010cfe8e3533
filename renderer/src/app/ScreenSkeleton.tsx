// What the content area shows while a screen's code loads: the shape of a screen (title, a
// toolbar, rows) rather than a blank area or a spinner, so the layout does not jump.
import { Group, Skeleton, Stack } from '@mantine/core';
import { useT } from './i18n';

export function ScreenSkeleton() {
  const t = useT();
  return (
    <Stack gap="md" maw={1000} role="status" aria-label={t('app:loadingScreen')} aria-busy>
      <Group justify="space-between">
        <Skeleton height={30} width={220} radius="sm" />
        <Skeleton height={36} width={140} radius="sm" />
      </Group>
      <Skeleton height={36} radius="sm" />
      {[0, 1, 2, 3, 4, 5].map((row) => (
        <Skeleton key={row} height={22} radius="sm" />
      ))}
    </Stack>
  );
}
