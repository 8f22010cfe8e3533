// Who is signed in, and the Lock button, in the app's header.
import { Button, Group, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { invoke, useApiQuery } from '../../app/api';
import { useT } from '../../app/i18n';
import { LanguageMenu } from '../../app/LanguageMenu';
import { LOCKED_EVENT } from './AccessGate';

export function SessionControls() {
  const t = useT();
  const status = useApiQuery('access.status', {}, { staleTime: 0 });
  const clinician = status.data?.clinician;
  const lock = () => {
    void invoke('access.lock', {}).finally(() => window.dispatchEvent(new Event(LOCKED_EVENT)));
  };
  return (
    <Group gap="sm" wrap="nowrap">
      {clinician && (
        <Text size="sm" c="dimmed">
          {clinician.name}
        </Text>
      )}
      <LanguageMenu />
      <Button
        size="xs"
        variant="default"
        leftSection={<IconLock size={14} aria-hidden />}
        onClick={lock}
      >
        {t('access:session.lock')}
      </Button>
    </Group>
  );
}
