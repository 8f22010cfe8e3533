// What a screen shows before there is anything on it: what goes here and how to start.
import { Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export function EmptyState(props: {
  icon: Icon;
  title: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  const IconComponent = props.icon;
  return (
    <Paper withBorder p="xl" radius="md" bg="gray.0">
      <Stack align="center" gap="xs" maw={480} mx="auto" ta="center">
        <ThemeIcon size={44} radius="xl" variant="light" aria-hidden>
          <IconComponent size={24} stroke={1.6} />
        </ThemeIcon>
        <Text fw={600}>{props.title}</Text>
        <Text size="sm" c="dimmed">
          {props.children}
        </Text>
        {props.action}
      </Stack>
    </Paper>
  );
}
