// Choosing a folder in the browser host, where a web page cannot be given a path: the core
// lists the folders under the home folder, one level at a time. ↑ ↓ move between folders,
// Enter opens one, Backspace goes up; "Choose this folder" takes the folder being shown.
import { Alert, Button, Group, Loader, Modal, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconFolder } from '@tabler/icons-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useApiQuery } from '../../app/api';
import { useT } from '../../app/i18n';

export function FolderBrowserDialog(props: {
  opened: boolean;
  title: string;
  onChoose(path: string): void;
  onClose(): void;
}) {
  const t = useT();
  const [path, setPath] = useState<string | undefined>(undefined);
  const [active, setActive] = useState(0);
  const list = useRef<HTMLDivElement>(null);
  const listing = useApiQuery('library.listFolders', path === undefined ? {} : { path }, {
    enabled: props.opened,
  });
  const folders = listing.data?.folders ?? [];
  // Set when a folder is opened: its list takes focus (the pressed button is gone with the old one).
  const refocus = useRef(false);
  const open = (next: string) => {
    refocus.current = true;
    setPath(next);
    setActive(0);
  };
  useEffect(() => {
    if (!refocus.current || !listing.data) return;
    refocus.current = false;
    const first = list.current?.querySelector<HTMLButtonElement>('button');
    (first ?? list.current)?.focus();
  }, [listing.data]);
  const focusAt = (index: number) => {
    setActive(index);
    list.current?.querySelectorAll<HTMLButtonElement>('button')[index]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      focusAt(Math.max(0, Math.min(folders.length - 1, active + step)));
    } else if (event.key === 'Backspace' && listing.data?.parent) {
      event.preventDefault();
      open(listing.data.parent);
    }
  };
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} size="lg">
      <Stack gap="sm">
        <Text size="sm" aria-live="polite">
          {t('library:folders.current')} <strong>{listing.data?.path ?? '…'}</strong>
        </Text>
        {listing.error && <Alert color="red">{listing.error.message}</Alert>}
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            disabled={!listing.data?.parent}
            onClick={() => listing.data?.parent && open(listing.data.parent)}
          >
            {t('library:folders.up')}
          </Button>
        </Group>
        {listing.isPending && <Loader size="sm" aria-label={t('library:folders.reading')} />}
        <div
          ref={list}
          role="list"
          aria-label={t('library:folders.list')}
          tabIndex={-1}
          onKeyDown={onKeyDown}
          style={{ maxHeight: 320, overflowY: 'auto' }}
        >
          {folders.map((folder, index) => (
            <div role="listitem" key={folder.path}>
              <UnstyledButton
                // One tab stop for the list; the arrow keys move inside it.
                tabIndex={index === active ? 0 : -1}
                className="mantine-focus-auto"
                onFocus={() => setActive(index)}
                onClick={() => open(folder.path)}
                aria-label={t('library:folders.open', { name: folder.name })}
                p={6}
                style={{ display: 'flex', gap: 8, width: '100%', borderRadius: 4 }}
              >
                <IconFolder size={18} aria-hidden />
                <Text size="sm">{folder.name}</Text>
              </UnstyledButton>
            </div>
          ))}
          {listing.data && folders.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('library:folders.empty')}
            </Text>
          )}
        </div>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('common:cancel')}
          </Button>
          <Button
            disabled={!listing.data}
            onClick={() => listing.data && props.onChoose(listing.data.path)}
          >
            {t('library:folders.choose')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
