// The library beside the plan: search, then add an item by clicking it, pressing Enter, or
// dragging it onto a phase. Enter in the search box adds the highlighted (first) result; the
// arrow keys move the highlight, so the results are not thirty more stops for the Tab key.
// Content for the plan's condition comes first; bulk-imported free-exercise-db items stay out
// of the way unless the clinician includes them.
import {
  Badge,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDraggable } from '@dnd-kit/core';
import { useDebouncedValue, useHotkeys, useMergedRef } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import {
  itemOriginLabels,
  type ItemOrigin,
  type LibraryItemSummary,
} from '../../../../shared/domain/library';
import { doseText } from '../../../../shared/plans/dose-text';
import { useApiQuery } from '../../app/api';
import { useT, useUiLanguage } from '../../app/i18n';
import { itemKindLabelKeys } from './plan-labels';

/** What the panel shows unless imported items are included. */
const OWN_AND_BUILT_IN: ItemOrigin[] = ['built-in', 'own'];

export interface LibraryPanelProps {
  /** The plan's condition: matching library content is listed first. */
  condition: string;
  phases: { id: string; title: string }[];
  targetPhaseId: string;
  onTargetPhase(phaseId: string): void;
  onAdd(libraryItemId: string): void;
}

function LibraryResult(props: {
  item: LibraryItemSummary;
  highlighted: boolean;
  phaseTitle: string;
  onAdd(): void;
}) {
  const t = useT();
  const language = useUiLanguage();
  const { item } = props;
  const { setNodeRef, listeners, isDragging } = useDraggable({
    id: `library:${item.id}`,
    data: { type: 'library', libraryItemId: item.id, title: item.title },
  });
  const startDrag = listeners?.['onPointerDown'] as
    ((event: PointerEvent<HTMLButtonElement>) => void) | undefined;
  const own = useRef<HTMLButtonElement>(null);
  const ref = useMergedRef(own, setNodeRef);
  useEffect(() => {
    if (props.highlighted) own.current?.scrollIntoView({ block: 'nearest' });
  }, [props.highlighted]);
  return (
    <UnstyledButton
      ref={ref}
      tabIndex={-1}
      // Pointer drags only: Enter and Space on this button add the item (a native click).
      onPointerDown={startDrag}
      aria-label={t('plans:library.add', { title: item.title, phase: props.phaseTitle })}
      onClick={props.onAdd}
      p="xs"
      style={{
        display: 'block',
        width: '100%',
        borderRadius: 4,
        border: `1px solid var(--mantine-color-${props.highlighted ? 'teal-5' : 'gray-3'})`,
        opacity: isDragging ? 0.5 : 1,
        touchAction: 'none',
      }}
    >
      <Group gap={6} wrap="nowrap">
        <Text size="sm" fw={600} lineClamp={2} style={{ flex: 1 }}>
          {item.title}
        </Text>
        {item.origin === 'free-exercise-db' && (
          <Badge size="xs" variant="light" color="grape">
            {itemOriginLabels[item.origin]}
          </Badge>
        )}
        <Badge size="xs" variant="light" color="gray">
          {t(itemKindLabelKeys[item.kind])}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed" truncate>
        {doseText(item, language)}
      </Text>
    </UnstyledButton>
  );
}

export function LibraryPanel(props: LibraryPanelProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [highlight, setHighlight] = useState(0);
  const [includeImported, setIncludeImported] = useState(false);
  const [debounced] = useDebouncedValue(query, 120);
  const results = useApiQuery(
    'library.search',
    {
      query: debounced,
      limit: 30,
      ...(includeImported ? {} : { origins: OWN_AND_BUILT_IN }),
      ...(props.condition.trim() ? { preferConditions: [props.condition.trim()] } : {}),
    },
    { placeholderData: (previous) => previous },
  );
  const importedCount =
    results.data?.facets.origins.find((f) => f.value === 'free-exercise-db')?.count ?? 0;
  const items = results.data?.items ?? [];
  const phaseTitle = props.phases.find((p) => p.id === props.targetPhaseId)?.title ?? '';
  const highlighted = items[highlight];

  // After Enter adds an item focus follows it into the plan; Ctrl/Cmd+K comes straight back.
  const search = useRef<HTMLInputElement>(null);
  useHotkeys([
    [
      'mod+K',
      () => {
        search.current?.focus();
        search.current?.select();
      },
    ],
  ]);

  const onSearchKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setHighlight((h) => Math.max(0, Math.min(items.length - 1, h + step)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const item = items[highlight];
      if (item) props.onAdd(item.id);
    }
  };

  return (
    <Paper
      withBorder
      p="sm"
      component="aside"
      aria-label={t('plans:library.label')}
      // Stays in view while a long plan scrolls past it.
      style={{
        position: 'sticky',
        top: 'calc(var(--app-shell-header-height, 52px) + var(--mantine-spacing-md))',
      }}
    >
      <Stack gap="xs">
        <TextInput
          ref={search}
          label={t('plans:library.search')}
          placeholder={t('plans:library.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setHighlight(0);
          }}
          onKeyDown={onSearchKey}
          description={t('plans:library.searchHelp')}
        />
        <VisuallyHidden role="status">
          {highlighted
            ? t('plans:library.highlighted', {
                title: highlighted.title,
                kind: t(itemKindLabelKeys[highlighted.kind]),
              })
            : ''}
        </VisuallyHidden>
        {(importedCount > 0 || includeImported) && (
          <Checkbox
            size="xs"
            label={t('plans:library.includeImported', { number: importedCount })}
            checked={includeImported}
            onChange={(event) => {
              setIncludeImported(event.currentTarget.checked);
              setHighlight(0);
            }}
          />
        )}
        <Select
          label={t('plans:library.addTo')}
          size="xs"
          data={props.phases.map((p) => ({ value: p.id, label: p.title }))}
          value={props.targetPhaseId}
          onChange={(value) => value && props.onTargetPhase(value)}
          allowDeselect={false}
        />
        <div
          // Focusable so the list scrolls from the keyboard too; its buttons are not tab stops.
          tabIndex={0}
          className="mantine-focus-auto"
          role="group"
          aria-label={t('plans:library.resultsScrollable')}
          style={{ maxHeight: 'calc(100vh - 330px)', overflowY: 'auto', overflowX: 'hidden' }}
        >
          <Stack gap={6} role="list" aria-label={t('plans:library.results')}>
            {items.map((item, index) => (
              <div role="listitem" key={item.id}>
                <LibraryResult
                  item={item}
                  highlighted={index === highlight}
                  phaseTitle={phaseTitle}
                  onAdd={() => props.onAdd(item.id)}
                />
              </div>
            ))}
            {results.data && items.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('plans:library.nothing', { query: debounced })}
              </Text>
            )}
          </Stack>
        </div>
      </Stack>
    </Paper>
  );
}
