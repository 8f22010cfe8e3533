// Library search. FTS5 finds the matching items and ranks them (bm25, title weighted); the
// in-memory index (library-search-index.ts) filters them, counts facets and serves the page.
// A keystroke costs one unranked FTS pass (which items match) plus the ranked query for the
// first rows only.
import type Database from 'better-sqlite3';
import type {
  FacetCount,
  LibraryFacets,
  LibraryItemSummary,
  LibrarySearchQuery,
  LibrarySearchResult,
} from '../../../shared/domain/library';
import { foldSearchLetters } from '../../../shared/search/fold-letters';
import { facetNames, titleCollator, type SearchIndex } from './library-search-index';
import { currentSearchIndex } from './library-search-refresh';

/** Column weights for bm25, in the order of the FTS table: a word in the title counts most. */
export const BM25_WEIGHTS = 'bm25(library_fts, 10.0, 3.0, 1.0, 2.0, 2.0)';

/**
 * Turns what the clinician typed into an FTS5 query: each word quoted (so FTS syntax in the
 * text cannot break the query), all words required, the last one as a prefix while typing.
 */
export function toFtsQuery(text: string): string | null {
  const words = foldSearchLetters(text.normalize('NFC')).match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  if (words.length === 0) return null;
  const typing = !/\s$/u.test(text);
  return words
    .map((word, index) => `"${word}"${typing && index === words.length - 1 ? '*' : ''}`)
    .join(' ');
}

interface SearchState {
  readonly matching: Database.Statement<[string], number>;
  readonly rankedFirst: Database.Statement<[string, number], number>;
}

const states = new WeakMap<Database.Database, SearchState>();

function stateFor(db: Database.Database): SearchState {
  let state = states.get(db);
  if (!state) {
    const fts = 'SELECT rowid FROM library_fts WHERE library_fts MATCH ?';
    state = {
      matching: db.prepare<[string], number>(fts).pluck(),
      rankedFirst: db
        .prepare<[string, number], number>(`${fts} ORDER BY ${BM25_WEIGHTS} LIMIT ?`)
        .pluck(),
    };
    states.set(db, state);
  }
  return state;
}

/** The facet filters as a mask over value codes; `filtered[f]` says facet f is filtered. */
interface Filter {
  readonly selected: readonly (readonly string[] | undefined)[];
  readonly mask: Uint8Array;
  readonly filtered: readonly boolean[];
  readonly any: boolean;
}

function filterFor(index: SearchIndex, query: LibrarySearchQuery): Filter {
  const selected = [
    query.kinds,
    query.bodyRegions,
    query.conditions,
    query.equipment,
    query.difficulties,
    query.review,
    query.origins,
  ];
  const mask = new Uint8Array(index.values.length);
  const filtered = selected.map((list) => list !== undefined && list.length > 0);
  selected.forEach((list, facet) => {
    for (const value of list ?? []) {
      const code = index.codeOf[facet]?.get(value);
      if (code !== undefined) mask[code] = 1;
    }
  });
  return { selected, mask, filtered, any: filtered.includes(true) };
}

/**
 * Walks the candidates once: keeps those passing every filter, and counts facets the usual shop
 * way (each facet's counts respect every other filter but not its own, so ticking a second
 * value in the same facet widens the list).
 */
class Tally {
  /** Seqs of the items that pass, in candidate order. */
  readonly passing: number[] = [];
  readonly counts: Uint32Array;
  excluded = 0;
  private readonly hits = new Uint8Array(facetNames.length);
  /** State values that count as present: 1 only, or 1 and 2 (archived). */
  private readonly maxState: number;

  constructor(
    private readonly index: SearchIndex,
    private readonly filter: Filter,
    includeArchived: boolean,
  ) {
    this.counts = new Uint32Array(index.values.length);
    this.maxState = includeArchived ? 2 : 1;
  }

  /** The facet that keeps the item out (-1: none), or -2 when two or more do. */
  private failingFacet(seq: number): number {
    if (!this.filter.any) return -1;
    const { codes, codeStart, facetOf } = this.index;
    const { hits } = this;
    const { mask, filtered } = this.filter;
    hits.fill(0);
    const end = codeStart[seq + 1] as number;
    for (let i = codeStart[seq] as number; i < end; i++) {
      const code = codes[i] as number;
      if (mask[code] === 1) hits[facetOf[code] as number] = 1;
    }
    let failed = -1;
    for (let f = 0; f < filtered.length; f++) {
      if (!filtered[f] || hits[f] === 1) continue;
      if (failed !== -1) return -2;
      failed = f;
    }
    return failed;
  }

  passes(seq: number): boolean {
    const state = this.index.state[seq] ?? 0;
    return state !== 0 && state <= this.maxState && this.failingFacet(seq) === -1;
  }

  add(seq: number): void {
    const state = this.index.state[seq] ?? 0;
    if (state === 0) return;
    if (state > this.maxState) {
      this.excluded += 1;
      return;
    }
    const { codes, codeStart, facetOf } = this.index;
    const { counts } = this;
    const start = codeStart[seq] as number;
    const end = codeStart[seq + 1] as number;
    const failed = this.failingFacet(seq);
    if (failed === -1) {
      this.passing.push(seq);
      for (let i = start; i < end; i++) {
        const code = codes[i] as number;
        counts[code] = (counts[code] as number) + 1;
      }
      return;
    }
    this.excluded += 1;
    if (failed === -2) return;
    for (let i = start; i < end; i++) {
      const code = codes[i] as number;
      if (facetOf[code] === failed) counts[code] = (counts[code] as number) + 1;
    }
  }
}

const CONDITIONS = facetNames.indexOf('conditions');

/** Which items carry one of the preferred conditions (compared without case); null: none asked. */
function preferenceFor(
  index: SearchIndex,
  conditions: readonly string[] | undefined,
): ((seq: number) => boolean) | null {
  if (!conditions || conditions.length === 0) return null;
  const wanted = new Set(conditions.map((c) => c.toLocaleLowerCase()));
  const mask = new Uint8Array(index.values.length);
  for (const [value, code] of index.codeOf[CONDITIONS] ?? []) {
    if (wanted.has(value.toLocaleLowerCase())) mask[code] = 1;
  }
  const { codes, codeStart } = index;
  return (seq) => {
    const end = codeStart[seq + 1] as number;
    for (let i = codeStart[seq] as number; i < end; i++) {
      if (mask[codes[i] as number] === 1) return true;
    }
    return false;
  };
}

/** Preferred items first, each group keeping its order. */
function preferredFirst(seqs: readonly number[], preferred: (seq: number) => boolean): number[] {
  return [...seqs.filter(preferred), ...seqs.filter((seq) => !preferred(seq))];
}

export function searchLibrary(
  db: Database.Database,
  query: LibrarySearchQuery,
): LibrarySearchResult {
  const state = stateFor(db);
  const index = currentSearchIndex(db);
  const fts = toFtsQuery(query.query);
  const filter = filterFor(index, query);
  const tally = new Tally(index, filter, query.includeArchived);
  const end = query.offset + query.limit;
  const preferred = preferenceFor(index, query.preferConditions);
  const summariesOf = (seqs: readonly number[]) =>
    seqs.slice(query.offset, end).flatMap((seq) => index.summaries[seq] ?? []);
  let page: LibraryItemSummary[];

  if (fts === null) {
    for (const seq of index.byTitle) tally.add(seq);
    page = summariesOf(preferred ? preferredFirst(tally.passing, preferred) : tally.passing);
  } else if (preferred) {
    // A preference reorders across the whole ranking, so every match is ranked.
    for (const seq of state.matching.all(fts)) tally.add(seq);
    const ranked = state.rankedFirst
      .all(fts, tally.passing.length + tally.excluded)
      .filter((seq) => tally.excluded === 0 || tally.passes(seq));
    page = summariesOf(preferredFirst(ranked, preferred));
  } else {
    for (const seq of state.matching.all(fts)) tally.add(seq);
    // Ranking every match costs more than finding them. At most `excluded` of the best-ranked
    // rows fail the filters, so the first end + excluded of them always hold the page.
    const ranked = state.rankedFirst.all(fts, end + tally.excluded);
    page = [];
    let position = 0;
    for (const seq of ranked) {
      const summary = index.summaries[seq];
      if (summary === undefined || (tally.excluded > 0 && !tally.passes(seq))) continue;
      if (position >= query.offset) page.push(summary);
      position += 1;
      if (position >= end) break;
    }
  }

  const facets = Object.fromEntries(
    facetNames.map((name, facet) => [name, facetList(index, tally.counts, facet, filter)]),
  ) as LibraryFacets;
  return { total: tally.passing.length, items: page, facets, unreadable: index.unreadable.size };
}

function facetList(
  index: SearchIndex,
  counts: Uint32Array,
  facet: number,
  filter: Filter,
): FacetCount[] {
  const list: FacetCount[] = [];
  for (const code of index.codeOf[facet]?.values() ?? []) {
    const count = counts[code] as number;
    if (count > 0) list.push({ value: index.values[code] as string, count });
  }
  // A ticked value stays visible (with 0) so it can be unticked.
  for (const value of filter.selected[facet] ?? []) {
    if (!list.some((entry) => entry.value === value)) list.push({ value, count: 0 });
  }
  // The last tie-break (values the collator finds equal, like "Heel" and "heel") keeps the
  // order independent of when each value was first seen.
  return list.sort(
    (a, b) =>
      b.count - a.count ||
      titleCollator.compare(a.value, b.value) ||
      (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
  );
}
