// The library list: virtualised (smooth with 10,000 items), one row per item with its photo,
// kind and dose. It is a listbox: the search box moves the active row with ↑ ↓ and opens it
// with Enter (see LibraryPage).
import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { LibraryItemSummary } from '../../../../shared/domain/library';
import { shortDoseText } from '../../../../shared/plans/dose-text';
import { useT, useUiLanguage } from '../../app/i18n';
import { kindLabelKeys, originLabelKeys } from './library-labels';
import { Thumbnail } from './Thumbnail';

const ROW_HEIGHT = 64;

export const optionId = (id: string) => `library-option-${id}`;

function LibraryRow(props: {
  item: LibraryItemSummary;
  active: boolean;
  open: boolean;
  onOpen(): void;
}) {
  const language = useUiLanguage();
  const { item } = props;
  const t = useT();
  return (
    <UnstyledButton
      role="option"
      id={optionId(item.id)}
      aria-selected={props.active}
      aria-current={props.open ? 'true' : undefined}
      tabIndex={-1}
      onClick={props.onOpen}
      px="xs"
      h={ROW_HEIGHT}
      w="100%"
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 10,
        borderRadius: 4,
        background: props.open
          ? 'var(--mantine-color-teal-0)'
          : props.active
            ? 'var(--mantine-color-gray-1)'
            : undefined,
        outline: props.active ? '2px solid var(--mantine-color-teal-4)' : undefined,
        outlineOffset: -2,
      }}
    >
      <Thumbnail image={item.thumbnail} kind={item.kind} />
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Group gap={6} wrap="nowrap">
          <Text
            size="sm"
            fw={600}
            truncate
            style={{ flex: 1 }}
            c={item.archived ? 'dimmed' : undefined}
          >
            {item.title}
          </Text>
          {item.needsReview && (
            <Badge size="xs" color="yellow" variant="filled" c="dark">
              {t('library:list.needsReview')}
            </Badge>
          )}
          {item.archived && (
            <Badge size="xs" color="gray" variant="outline">
              {t('library:list.archived')}
            </Badge>
          )}
          {item.origin !== 'built-in' && (
            <Badge size="xs" color={item.origin === 'own' ? 'teal' : 'grape'} variant="light">
              {item.origin === 'own' ? t('library:list.own') : t(originLabelKeys[item.origin])}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed" truncate>
          {t(kindLabelKeys[item.kind])} · {shortDoseText(item, language)}
        </Text>
      </Stack>
    </UnstyledButton>
  );
}

export interface LibraryListProps {
  items: LibraryItemSummary[];
  total: number;
  activeIndex: number;
  openId: string | undefined;
  onOpen(item: LibraryItemSummary): void;
  onNearEnd(): void;
  /** Dim the list while it shows the previous search's results. */
  stale: boolean;
}

export function LibraryList(props: LibraryListProps) {
  const t = useT();
  const parentRef = useRef<HTMLDivElement>(null);
  const { items, onNearEnd } = props;
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer re-renders its owner itself
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => ROW_HEIGHT + 4,
    overscan: 8,
  });
  const rows = virtualizer.getVirtualItems();
  const last = rows.at(-1)?.index ?? 0;

  useEffect(() => {
    if (last >= items.length - 20 && items.length < props.total) onNearEnd();
  }, [last, items.length, props.total, onNearEnd]);

  useEffect(() => {
    if (props.activeIndex >= 0) virtualizer.scrollToIndex(props.activeIndex, { align: 'auto' });
  }, [props.activeIndex, virtualizer]);

  return (
    <div
      ref={parentRef}
      id="library-results"
      role="listbox"
      aria-label={t('library:list.label')}
      style={{ flex: 1, minHeight: 0, overflowY: 'auto', opacity: props.stale ? 0.6 : 1 }}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {rows.map((row) => {
          const item = items[row.index];
          if (!item) return null;
          return (
            <div
              key={item.id}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                width: '100%',
                transform: `translateY(${row.start}px)`,
                padding: '2px 0',
              }}
            >
              <LibraryRow
                item={item}
                active={row.index === props.activeIndex}
                open={item.id === props.openId}
                onOpen={() => props.onOpen(item)}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
