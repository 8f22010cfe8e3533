// The library list's data: search pages fetched as the list scrolls, the previous results kept
// on screen while the next ones load, and a performance measure of typing-to-list time.
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type {
  ItemOrigin,
  Difficulty,
  LibraryFacets,
  LibraryItemSummary,
} from '../../../../shared/domain/library';
import type { ItemKind } from '../../../../shared/domain/parameters';
import { invoke } from '../../app/api';

export interface LibraryFilters {
  kinds: ItemKind[];
  bodyRegions: string[];
  conditions: string[];
  equipment: string[];
  difficulties: Difficulty[];
  review: 'needs_review'[];
  origins: ItemOrigin[];
  includeArchived: boolean;
}

export const noFilters: LibraryFilters = {
  kinds: [],
  bodyRegions: [],
  conditions: [],
  equipment: [],
  difficulties: [],
  review: [],
  origins: [],
  includeArchived: false,
};

const PAGE = 200;

export interface LibrarySearchView {
  items: LibraryItemSummary[];
  total: number;
  facets: LibraryFacets | undefined;
  /** True while showing the previous query's results. */
  stale: boolean;
  loading: boolean;
  error: Error | null;
  /** Library items that could not be read and are left out of every search. */
  unreadable: number;
  /** Asks for more rows when the list nears the end of what is loaded. */
  loadMore(): void;
}

/** Name of the performance mark set when the clinician types `query`. */
export const typedMark = (query: string) => `library:typed:${query}`;
export const SEARCH_MEASURE = 'library:typing-to-list';

export function useLibrarySearch(query: string, filters: LibraryFilters): LibrarySearchView {
  const input = { query, ...filters };
  const result = useInfiniteQuery({
    queryKey: ['library.search', 'list', input],
    queryFn: ({ pageParam }) =>
      invoke('library.search', { ...input, limit: PAGE, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, page) => n + page.items.length, 0);
      return loaded < last.total ? loaded : undefined;
    },
    placeholderData: keepPreviousData,
  });
  const first = result.data?.pages[0];
  const current = result.data !== undefined && !result.isPlaceholderData;

  // Typing-to-list time, for the benchmark in the browser host (tests/bench): from the
  // keystroke to the frame that shows this query's results.
  useEffect(() => {
    if (!current) return;
    const mark = typedMark(query);
    if (performance.getEntriesByName(mark, 'mark').length === 0) return;
    const frame = requestAnimationFrame(() => {
      performance.measure(SEARCH_MEASURE, { start: mark, detail: { query } });
      performance.clearMarks(mark);
    });
    return () => cancelAnimationFrame(frame);
  }, [current, query, first]);

  return {
    items: result.data?.pages.flatMap((page) => page.items) ?? [],
    total: first?.total ?? 0,
    facets: first?.facets,
    unreadable: first?.unreadable ?? 0,
    stale: result.isPlaceholderData,
    loading: result.isPending,
    error: result.error,
    loadMore: () => {
      if (result.hasNextPage && !result.isFetchingNextPage) void result.fetchNextPage();
    },
  };
}
