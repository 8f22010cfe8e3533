// The library screen: search, filters and the list on the left; the open item (or its editor)
// on the right. Keyboard first: Ctrl/Cmd+K focuses the search, ↑ ↓ move, Enter opens.
import { Box, Group, Kbd, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { Route, Routes, useMatch, useNavigate } from 'react-router';
import { FacetFilters } from './FacetFilters';
import { CustomiseCopyPage } from './CustomiseCopyPage';
import { LibraryItemEditorPage, NewLibraryItemPage } from './LibraryItemEditor';
import { LibraryItemView } from './LibraryItemView';
import { LibraryList, optionId } from './LibraryList';
import { LibraryToolbar } from './LibraryToolbar';
import { noFilters, typedMark, useLibrarySearch, type LibraryFilters } from './use-library-search';
import { formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import { UnreadableNotice } from '../../app/QueryState';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

function NothingOpen() {
  const t = useT();
  return (
    <Stack align="center" justify="center" h="100%" gap={4}>
      <Text c="dimmed">{t('library:page.nothingOpen')}</Text>
      <Text size="sm" c="dimmed">
        <Kbd>{isMac ? '⌘' : t('library:page.ctrl')}</Kbd> + <Kbd>K</Kbd>{' '}
        {t('library:page.toSearch')} <Kbd>↑</Kbd> <Kbd>↓</Kbd> {t('library:page.toMove')}{' '}
        <Kbd>{t('library:page.enter')}</Kbd> {t('library:page.toOpen')}
      </Text>
    </Stack>
  );
}

export function LibraryPage() {
  const t = useT();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<LibraryFilters>(noFilters);
  const [active, setActive] = useState(-1);
  const search = useLibrarySearch(query, filters);
  const navigate = useNavigate();
  const openId = useMatch('/library/:id/*')?.params.id;
  const inputRef = useRef<HTMLInputElement>(null);

  useHotkeys(
    [
      [
        'mod+K',
        () => {
          inputRef.current?.focus();
          inputRef.current?.select();
        },
      ],
    ],
    [],
  );

  const open = useCallback((id: string) => navigate(`/library/${id}`), [navigate]);
  const { loadMore } = search;

  const onKey = (event: KeyboardEvent) => {
    const count = search.items.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => Math.max(0, Math.min(count - 1, a + step)));
    } else if (event.key === 'Enter') {
      const item = search.items[active] ?? (count > 0 ? search.items[0] : undefined);
      if (item) {
        event.preventDefault();
        open(item.id);
      }
    } else if (event.key === 'Escape' && query !== '') {
      setQuery('');
      setActive(-1);
    }
  };

  const activeItem = search.items[active];
  return (
    <Group
      align="stretch"
      wrap="nowrap"
      gap="md"
      h="calc(100dvh - 52px - 2 * var(--mantine-spacing-md))"
    >
      <Stack w={440} miw={340} gap="xs" style={{ flexShrink: 0 }}>
        <LibraryToolbar query={query} filters={filters} />
        <TextInput
          ref={inputRef}
          label={t('library:page.search')}
          placeholder={t('library:page.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={<Kbd size="xs">{isMac ? '⌘K' : `${t('library:page.ctrl')} K`}</Kbd>}
          rightSectionWidth={56}
          value={query}
          role="combobox"
          aria-expanded
          aria-controls="library-results"
          aria-activedescendant={activeItem ? optionId(activeItem.id) : undefined}
          autoComplete="off"
          onChange={(event) => {
            const value = event.currentTarget.value;
            performance.mark(typedMark(value));
            setQuery(value);
            setActive(value === '' ? -1 : 0);
          }}
          onKeyDown={onKey}
        />
        <FacetFilters
          facets={search.facets}
          filters={filters}
          onChange={(next) => {
            setFilters(next);
            setActive(-1);
          }}
        />
        <Text size="xs" c="dimmed" aria-live="polite">
          {search.loading
            ? t('library:page.searching')
            : search.error
              ? search.error.message
              : t('library:page.count', {
                  count: search.total,
                  total: formatNumber(search.total),
                })}
        </Text>
        {search.unreadable > 0 && <UnreadableNotice count={search.unreadable} />}
        <LibraryList
          items={search.items}
          total={search.total}
          activeIndex={active}
          openId={openId}
          stale={search.stale}
          onOpen={(item) => open(item.id)}
          onNearEnd={loadMore}
        />
      </Stack>
      <Paper withBorder p="md" style={{ flex: 1, minWidth: 0, overflowY: 'auto' }}>
        <Box maw={900}>
          <Routes>
            <Route index element={<NothingOpen />} />
            <Route path="new/:kind" element={<NewLibraryItemPage />} />
            <Route path=":id/edit" element={<LibraryItemEditorPage />} />
            <Route path=":id/customise" element={<CustomiseCopyPage />} />
            <Route path=":id" element={<LibraryItemView />} />
          </Routes>
        </Box>
      </Paper>
    </Group>
  );
}
