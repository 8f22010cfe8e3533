// The in-memory side of library search: every item's summary and facet values. Built from the
// database in one pass, then refreshed item by item from the change log (see
// library-search-refresh.ts); both paths go through `withItems`, so they give the same index.
import type { FacetName, LibraryItemSummary } from '../../../shared/domain/library';
import type { IndexedItem } from './library-search-rows';

export const facetNames: readonly FacetName[] = [
  'kinds',
  'bodyRegions',
  'conditions',
  'equipment',
  'difficulties',
];

/**
 * Items are addressed by seq (the FTS rowid). What a keystroke touches for every match lives in
 * flat typed arrays (archived flags, facet value codes), which stay in the CPU cache; the
 * summary objects are read only for the page.
 */
export interface SearchIndex {
  readonly revision: number;
  readonly summaries: readonly (LibraryItemSummary | undefined)[];
  /** 1 when an item with this seq exists, 2 when it exists and is archived. */
  readonly state: Uint8Array;
  /** The codes of item `seq` are codes[codeStart[seq]] up to codes[codeStart[seq + 1]]. */
  readonly codeStart: Uint32Array;
  readonly codes: Int32Array;
  /** All seqs in title order (then seq): the list when nothing is typed. */
  readonly byTitle: Int32Array;
  /**
   * What each code stands for: the facet (index into facetNames) and the value. Codes are only
   * ever added, so a value no item has any more keeps its code (and counts 0).
   */
  readonly facetOf: Uint8Array;
  readonly values: readonly string[];
  /** Codes by facet and value. */
  readonly codeOf: readonly ReadonlyMap<string, number>[];
}

export const titleCollator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const emptyIndex: SearchIndex = {
  revision: 0,
  summaries: [],
  state: new Uint8Array(0),
  codeStart: new Uint32Array(1),
  codes: new Int32Array(0),
  byTitle: new Int32Array(0),
  facetOf: new Uint8Array(0),
  values: [],
  codeOf: facetNames.map(() => new Map<string, number>()),
};

export function buildSearchIndex(revision: number, items: readonly IndexedItem[]): SearchIndex {
  return withItems(
    emptyIndex,
    revision,
    items.map((item) => item.seq),
    items,
  );
}

/**
 * A new index: `base` with the items at `changed` seqs replaced by `items` (those of them that
 * still exist). `base` is left as it was, so a failure half way changes nothing.
 */
export function withItems(
  base: SearchIndex,
  revision: number,
  changed: readonly number[],
  items: readonly IndexedItem[],
): SearchIndex {
  const values = [...base.values];
  const facets = Array.from(base.facetOf);
  const codeOf = base.codeOf.map((byValue) => new Map(byValue));
  const codesOf = (lists: readonly (readonly string[])[]): Int32Array => {
    const codes: number[] = [];
    lists.forEach((list, facet) => {
      const byValue = codeOf[facet] as Map<string, number>;
      for (const value of list) {
        let code = byValue.get(value);
        if (code === undefined) {
          code = values.length;
          byValue.set(value, code);
          values.push(value);
          facets.push(facet);
        }
        codes.push(code);
      }
    });
    return Int32Array.from(codes);
  };

  const summaries = base.summaries.slice();
  const newCodes = new Map<number, Int32Array>();
  for (const seq of changed) summaries[seq] = undefined;
  for (const item of items) {
    summaries[item.seq] = item.summary;
    newCodes.set(item.seq, codesOf(item.facetValues));
  }
  const isChanged = new Uint8Array(summaries.length);
  for (const seq of changed) isChanged[seq] = 1;

  const size = summaries.length;
  const state = new Uint8Array(size);
  const codeStart = new Uint32Array(size + 1);
  const codes = new Int32Array(base.codes.length + sumOfLengths(newCodes));
  let at = 0;
  for (let seq = 0; seq < size; seq++) {
    codeStart[seq] = at;
    const summary = summaries[seq];
    if (summary === undefined) continue;
    state[seq] = summary.archived ? 2 : 1;
    const own =
      isChanged[seq] === 1
        ? newCodes.get(seq)
        : base.codes.subarray(base.codeStart[seq], base.codeStart[seq + 1]);
    if (own === undefined) continue;
    codes.set(own, at);
    at += own.length;
  }
  codeStart[size] = at;

  const kept = base.byTitle.filter((seq) => isChanged[seq] !== 1);
  return {
    revision,
    summaries,
    state,
    codeStart,
    codes: codes.slice(0, at),
    byTitle: mergeByTitle(
      kept,
      items.map((item) => item.seq),
      summaries,
    ),
    facetOf: Uint8Array.from(facets),
    values,
    codeOf,
  };
}

function sumOfLengths(lists: ReadonlyMap<number, Int32Array>): number {
  let total = 0;
  for (const list of lists.values()) total += list.length;
  return total;
}

/**
 * `kept` (already in title order) with `added` put in their places. Finding each place takes a
 * binary search, so one changed item costs a handful of title comparisons, not thousands.
 */
function mergeByTitle(
  kept: Int32Array,
  added: number[],
  summaries: readonly (LibraryItemSummary | undefined)[],
): Int32Array {
  const title = (seq: number) => summaries[seq]?.title ?? '';
  const order = (a: number, b: number) => titleCollator.compare(title(a), title(b)) || a - b;
  added.sort(order);
  const merged = new Int32Array(kept.length + added.length);
  let from = 0;
  let at = 0;
  for (const seq of added) {
    let low = from;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (order(kept[middle] as number, seq) < 0) low = middle + 1;
      else high = middle;
    }
    merged.set(kept.subarray(from, low), at);
    at += low - from;
    merged[at++] = seq;
    from = low;
  }
  merged.set(kept.subarray(from), at);
  return merged;
}
