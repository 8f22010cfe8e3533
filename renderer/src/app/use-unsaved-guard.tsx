// Asks before unsaved changes are thrown away: leaving the form inside the app (any link or
// back button) opens a "Discard changes?" dialog; closing or reloading the window gets the
// browser's own question.
import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { useT } from './i18n';

/**
 * `dirty` while the form holds changes; `what` names them in the dialog ("this new library
 * item"). Render the returned element somewhere in the form.
 */
export function useUnsavedGuard(dirty: boolean, what: string) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
  const open = blocker.state === 'blocked';
  const t = useT();
  return (
    <Modal
      opened={open}
      onClose={() => blocker.reset?.()}
      title={t('app:unsaved.title', { what })}
      centered
    >
      <Text size="sm">{t('app:unsaved.body')}</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
          {t('app:unsaved.stay')}
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()}>
          {t('app:unsaved.leave')}
        </Button>
      </Group>
    </Modal>
  );
}
