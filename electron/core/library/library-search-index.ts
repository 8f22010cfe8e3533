// The in-memory side of library search: every item's summary and facet values. Built from the
// database in one pass, then refreshed item by item from the change log (see
// library-search-refresh.ts); both paths go through `withItems`, so they give the same index.
import type { FacetName, LibraryItemSummary } from '../../../shared/domain/library';
import type { ReadItems } from './library-search-rows';

export const facetNames: readonly FacetName[] = [
  'kinds',
  'bodyRegions',
  'conditions',
  'equipment',
  'difficulties',
  'review',
  'origins',
];

/**
 * Items are addressed by seq (the FTS rowid). What a keystroke touches for every match lives in
 * flat typed arrays (archived flags, facet value codes), which stay in the CPU cache; the
 * summary objects are read only for the page.
 */
export interface SearchIndex {
  readonly revision: number;
  /** Seqs of items whose rows could not be read: left out of every answer, and counted. */
  readonly unreadable: ReadonlySet<number>;
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
  unreadable: new Set(),
  summaries: [],
  state: new Uint8Array(0),
  codeStart: new Uint32Array(1),
  codes: new Int32Array(0),
  byTitle: new Int32Array(0),
  facetOf: new Uint8Array(0),
  values: [],
  codeOf: facetNames.map(() => new Map<string, number>()),
};

export function buildSearchIndex(revision: number, read: ReadItems): SearchIndex {
  return withItems(
    emptyIndex,
    revision,
    [...read.items.map((item) => item.seq), ...read.unreadable],
    read,
  );
}

/**
 * A new index: `base` with the items at `changed` seqs replaced by `items` (those of them that
 * still exist). `base` is left as it was, so a failure half way changes nothing. Work on the
 * unchanged items is bulk copying of typed arrays, so one edit costs well under a millisecond.
 */
export function withItems(
  base: SearchIndex,
  revision: number,
  changed: readonly number[],
  read: ReadItems,
): SearchIndex {
  const { items } = read;
  const unreadable = new Set(base.unreadable);
  for (const seq of changed) unreadable.delete(seq);
  for (const seq of read.unreadable) unreadable.add(seq);
  const dictionary = extendDictionary(base);
  const summaries = base.summaries.slice();
  const newCodes = new Map<number, Int32Array>();
  for (const seq of changed) summaries[seq] = undefined;
  for (const item of items) {
    summaries[item.seq] = item.summary;
    newCodes.set(item.seq, dictionary.codesOf(item.facetValues));
  }
  const size = summaries.length;
  const isChanged = new Uint8Array(size);
  for (const seq of changed) isChanged[seq] = 1;
  // Unchanged items keep their flags: reading 10,000 summary objects would cost more than the
  // rest of the refresh together.
  const state = new Uint8Array(size);
  state.set(base.state);
  for (const seq of changed) state[seq] = 0;
  for (const item of items) state[item.seq] = item.summary.archived ? 2 : 1;

  const kept = new Int32Array(base.byTitle.length);
  let keptCount = 0;
  for (let i = 0; i < base.byTitle.length; i++) {
    const seq = base.byTitle[i] as number;
    if (isChanged[seq] !== 1) kept[keptCount++] = seq;
  }
  const sortedChanged = [...new Set(changed)].sort((a, b) => a - b);
  return {
    revision,
    unreadable,
    summaries,
    state,
    ...packCodes(base, size, sortedChanged, newCodes),
    byTitle: mergeByTitle(
      kept.subarray(0, keptCount),
      items.map((item) => item.seq),
      summaries,
    ),
    facetOf: Uint8Array.from(dictionary.facets),
    values: dictionary.values,
    codeOf: dictionary.codeOf,
  };
}

/** A copy of the base's value codes that hands out new codes for values it has not seen. */
function extendDictionary(base: SearchIndex) {
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
  return { values, facets, codeOf, codesOf };
}

/**
 * The flat code arrays: each run of unchanged seqs is one block copy from the base (shifted),
 * each changed seq gets its new codes (none when it no longer exists).
 */
function packCodes(
  base: SearchIndex,
  size: number,
  sortedChanged: readonly number[],
  newCodes: ReadonlyMap<number, Int32Array>,
): { codeStart: Uint32Array; codes: Int32Array } {
  let added = 0;
  for (const own of newCodes.values()) added += own.length;
  const codeStart = new Uint32Array(size + 1);
  const codes = new Int32Array(base.codes.length + added);
  const oldStart = base.codeStart;
  const oldSize = base.state.length;
  let at = 0;
  let seq = 0;
  const copyUnchangedUntil = (until: number) => {
    const end = Math.min(until, oldSize);
    if (seq < end) {
      const from = oldStart[seq] as number;
      const to = oldStart[end] as number;
      codes.set(base.codes.subarray(from, to), at);
      for (; seq < end; seq++) codeStart[seq] = (oldStart[seq] as number) - from + at;
      at += to - from;
    }
    for (; seq < until; seq++) codeStart[seq] = at;
  };
  for (const next of sortedChanged) {
    copyUnchangedUntil(next);
    codeStart[next] = at;
    const own = newCodes.get(next);
    if (own !== undefined) {
      codes.set(own, at);
      at += own.length;
    }
    seq = next + 1;
  }
  copyUnchangedUntil(size);
  codeStart[size] = at;
  return { codeStart, codes: codes.slice(0, at) };
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
