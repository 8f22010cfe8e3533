// Filters by facet: one button per facet opens its values with counts; the chosen values show
// as chips that remove themselves when clicked.
import {
  Badge,
  Button,
  Checkbox,
  CloseButton,
  Group,
  Popover,
  ScrollArea,
  Stack,
  Switch,
  Text,
} from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import type { FacetName, LibraryFacets } from '../../../../shared/domain/library';
import { useT } from '../../app/i18n';
import { facetFilterKeys, facetLabelKeys, useFacetValueLabel } from './library-labels';
import type { LibraryFilters } from './use-library-search';

const facets: FacetName[] = [
  'kinds',
  'bodyRegions',
  'conditions',
  'equipment',
  'difficulties',
  'review',
  'origins',
];

/** "Review" only matters once imported items wait for review; the others always show. */
function shown(facet: FacetName, counts: LibraryFacets | undefined, filters: LibraryFilters) {
  return facet !== 'review' || (counts?.review.length ?? 0) > 0 || filters.review.length > 0;
}

function selectedOf(filters: LibraryFilters, facet: FacetName): string[] {
  return filters[facet];
}

function withValues(filters: LibraryFilters, facet: FacetName, values: string[]): LibraryFilters {
  return { ...filters, [facet]: values } as LibraryFilters;
}

function FacetMenu(props: {
  facet: FacetName;
  counts: { value: string; count: number }[];
  filters: LibraryFilters;
  onChange(filters: LibraryFilters): void;
}) {
  const { facet, filters } = props;
  const t = useT();
  const facetValueLabel = useFacetValueLabel();
  const selected = selectedOf(filters, facet);
  const label = t(facetLabelKeys[facet]);
  return (
    <Popover position="bottom-start" shadow="md" withinPortal trapFocus>
      <Popover.Target>
        <Button
          size="compact-sm"
          variant={selected.length > 0 ? 'light' : 'default'}
          rightSection={<IconChevronDown size={14} />}
          aria-label={t(facetFilterKeys[facet])}
        >
          {label}
          {selected.length > 0 ? ` (${selected.length})` : ''}
        </Button>
      </Popover.Target>
      <Popover.Dropdown p="xs" miw={220}>
        <ScrollArea.Autosize mah={320} type="auto">
          <Checkbox.Group
            label={label}
            value={selected}
            onChange={(values) => props.onChange(withValues(filters, facet, values))}
          >
            <Stack gap={6} mt={6}>
              {props.counts.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('library:filters.nothing')}
                </Text>
              )}
              {props.counts.map(({ value, count }) => (
                <Checkbox
                  key={value}
                  size="xs"
                  value={value}
                  label={
                    <Group gap={6} wrap="nowrap">
                      <span>{facetValueLabel(facet, value)}</span>
                      <Text span size="xs" c="dimmed">
                        {count}
                      </Text>
                    </Group>
                  }
                />
              ))}
            </Stack>
          </Checkbox.Group>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}

export function FacetFilters(props: {
  facets: LibraryFacets | undefined;
  filters: LibraryFilters;
  onChange(filters: LibraryFilters): void;
}) {
  const t = useT();
  const facetValueLabel = useFacetValueLabel();
  const { filters } = props;
  const chips = facets.flatMap((facet) =>
    selectedOf(filters, facet).map((value) => ({ facet, value })),
  );
  return (
    <Stack gap={6}>
      <Group gap={6}>
        {facets
          .filter((facet) => shown(facet, props.facets, filters))
          .map((facet) => (
            <FacetMenu
              key={facet}
              facet={facet}
              counts={props.facets?.[facet] ?? []}
              filters={filters}
              onChange={props.onChange}
            />
          ))}
        <Switch
          size="xs"
          label={t('library:filters.showArchived')}
          checked={filters.includeArchived}
          onChange={(e) => props.onChange({ ...filters, includeArchived: e.currentTarget.checked })}
        />
      </Group>
      {chips.length > 0 && (
        <Group gap={4}>
          {chips.map(({ facet, value }) => (
            <Badge
              key={`${facet}:${value}`}
              variant="light"
              pr={2}
              rightSection={
                <CloseButton
                  size="xs"
                  aria-label={t('library:filters.remove', { value: facetValueLabel(facet, value) })}
                  onClick={() =>
                    props.onChange(
                      withValues(
                        filters,
                        facet,
                        selectedOf(filters, facet).filter((v) => v !== value),
                      ),
                    )
                  }
                />
              }
            >
              {facetValueLabel(facet, value)}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  );
}
