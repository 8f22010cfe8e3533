// Library search: FTS5 finds and ranks the matching items; an in-memory index of item
// summaries (rebuilt when the library's revision counter moves) filters them, counts facets
// and serves the page, so a keystroke costs about one FTS query.
import type Database from 'better-sqlite3';
import type { ImageRef } from '../../../shared/domain/common';
import {
  type Difficulty,
  type FacetCount,
  type FacetName,
  type LibraryFacets,
  type LibraryItemSummary,
  type LibrarySearchQuery,
  type LibrarySearchResult,
} from '../../../shared/domain/library';
import { itemKindSchema, type ItemParameters } from '../../../shared/domain/parameters';

/** Column weights for bm25, in the order of the FTS table: a word in the title counts most. */
export const BM25_WEIGHTS = 'bm25(library_fts, 10.0, 3.0, 1.0, 2.0, 2.0)';

/**
 * Turns what the clinician typed into an FTS5 query: each word quoted (so FTS syntax in the
 * text cannot break the query), all words required, the last one as a prefix while typing.
 */
export function toFtsQuery(text: string): string | null {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  if (words.length === 0) return null;
  const typing = !/\s$/u.test(text);
  return words
    .map((word, index) => `"${word}"${typing && index === words.length - 1 ? '*' : ''}`)
    .join(' ');
}

interface IndexedItem {
  readonly summary: LibraryItemSummary;
  readonly values: Record<FacetName, readonly string[]>;
}

interface SearchIndex {
  readonly revision: number;
  readonly bySeq: ReadonlyMap<number, IndexedItem>;
  /** All items in title order: the list when nothing is typed. */
  readonly byTitle: readonly IndexedItem[];
}

interface SearchStatements {
  revision: Database.Statement<[], number>;
  match: Database.Statement<[string], number>;
  rows: Database.Statement<[], SummaryRow>;
  thumbnails: Database.Statement<[], ThumbnailRow>;
}

interface SummaryRow {
  seq: number;
  id: string;
  kind: string;
  title: string;
  body: string;
  builtIn: number;
  archived: number;
}

interface ThumbnailRow {
  item_id: string;
  sha256: string;
  mime_type: ImageRef['mimeType'];
  width: number;
  height: number;
}

interface StoredBody {
  summary: string;
  bodyRegions: string[];
  conditions: string[];
  tags: string[];
  equipment: string[];
  difficulty: Difficulty | null;
  parameters: unknown;
}

const state = new WeakMap<
  Database.Database,
  { statements: SearchStatements; index?: SearchIndex }
>();

function statementsFor(db: Database.Database) {
  let entry = state.get(db);
  if (!entry) {
    entry = {
      statements: {
        revision: db
          .prepare<[], number>('SELECT revision FROM library_revision WHERE id = 1')
          .pluck(),
        match: db
          .prepare<[string], number>(
            `SELECT rowid FROM library_fts WHERE library_fts MATCH ? ORDER BY ${BM25_WEIGHTS}`,
          )
          .pluck(),
        rows: db.prepare<[], SummaryRow>(
          `SELECT seq, id, kind, title, body, built_in_key IS NOT NULL AS builtIn, archived
           FROM library_items`,
        ),
        thumbnails: db.prepare<[], ThumbnailRow>(
          `SELECT li.item_id, i.sha256, i.mime_type, i.width, i.height
           FROM library_item_images li JOIN images i ON i.sha256 = li.sha256
           WHERE li.position = 0`,
        ),
      },
    };
    state.set(db, entry);
  }
  return entry;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Rows were validated by zod when written and leave the core through the dispatcher's output
 * check, so the index reads them without a second schema pass (it covers 10,000 items).
 */
function buildIndex(statements: SearchStatements, revision: number): SearchIndex {
  const thumbnails = new Map<string, ImageRef>();
  for (const row of statements.thumbnails.iterate()) {
    thumbnails.set(row.item_id, {
      sha256: row.sha256,
      mimeType: row.mime_type,
      width: row.width,
      height: row.height,
    });
  }
  const bySeq = new Map<number, IndexedItem>();
  for (const row of statements.rows.iterate()) {
    const body = JSON.parse(row.body) as StoredBody;
    const summary = {
      id: row.id,
      kind: itemKindSchema.parse(row.kind),
      parameters: body.parameters,
      title: row.title,
      summary: body.summary,
      bodyRegions: body.bodyRegions,
      conditions: body.conditions,
      tags: body.tags,
      equipment: body.equipment,
      difficulty: body.difficulty,
      builtIn: row.builtIn === 1,
      archived: row.archived === 1,
      thumbnail: thumbnails.get(row.id) ?? null,
    } as LibraryItemSummary & ItemParameters;
    bySeq.set(row.seq, {
      summary,
      values: {
        kinds: [summary.kind],
        bodyRegions: summary.bodyRegions,
        conditions: summary.conditions,
        equipment: summary.equipment,
        difficulties: summary.difficulty === null ? [] : [summary.difficulty],
      },
    });
  }
  const byTitle = [...bySeq.values()].sort((a, b) =>
    collator.compare(a.summary.title, b.summary.title),
  );
  return { revision, bySeq, byTitle };
}

function currentIndex(db: Database.Database): { index: SearchIndex; statements: SearchStatements } {
  const entry = statementsFor(db);
  const revision = entry.statements.revision.get() ?? 0;
  if (entry.index?.revision !== revision) entry.index = buildIndex(entry.statements, revision);
  return { index: entry.index, statements: entry.statements };
}

const facetNames: readonly FacetName[] = [
  'kinds',
  'bodyRegions',
  'conditions',
  'equipment',
  'difficulties',
];

function selectedValues(query: LibrarySearchQuery): Record<FacetName, ReadonlySet<string>> {
  return {
    kinds: new Set(query.kinds ?? []),
    bodyRegions: new Set(query.bodyRegions ?? []),
    conditions: new Set(query.conditions ?? []),
    equipment: new Set(query.equipment ?? []),
    difficulties: new Set(query.difficulties ?? []),
  };
}

export function searchLibrary(
  db: Database.Database,
  query: LibrarySearchQuery,
): LibrarySearchResult {
  const { index, statements } = currentIndex(db);
  const fts = toFtsQuery(query.query);
  let candidates: Iterable<IndexedItem>;
  if (fts === null) {
    candidates = index.byTitle;
  } else {
    const seqs = statements.match.all(fts);
    candidates = (function* () {
      for (const seq of seqs) {
        const item = index.bySeq.get(seq);
        if (item) yield item;
      }
    })();
  }

  const selected = selectedValues(query);
  // Facets are counted the usual shop way: each facet's counts respect every other filter but
  // not its own, so ticking a second value in the same facet widens the list.
  const counts = Object.fromEntries(
    facetNames.map((f) => [f, new Map<string, number>()]),
  ) as Record<FacetName, Map<string, number>>;
  const matches: LibraryItemSummary[] = [];
  for (const item of candidates) {
    if (item.summary.archived && !query.includeArchived) continue;
    let failed = 0;
    let failedFacet: FacetName | null = null;
    for (const facet of facetNames) {
      const wanted = selected[facet];
      const ok = wanted.size === 0 || item.values[facet].some((v) => wanted.has(v));
      if (!ok) {
        failed += 1;
        failedFacet = facet;
      }
    }
    if (failed > 1) continue;
    if (failed === 0) matches.push(item.summary);
    for (const facet of facetNames) {
      if (failed === 1 && failedFacet !== facet) continue;
      const map = counts[facet];
      for (const value of item.values[facet]) map.set(value, (map.get(value) ?? 0) + 1);
    }
  }

  const facets = Object.fromEntries(
    facetNames.map((facet) => [facet, facetList(counts[facet], selected[facet])]),
  ) as LibraryFacets;
  return {
    total: matches.length,
    items: matches.slice(query.offset, query.offset + query.limit),
    facets,
  };
}

function facetList(counts: Map<string, number>, selected: ReadonlySet<string>): FacetCount[] {
  for (const value of selected) if (!counts.has(value)) counts.set(value, 0);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || collator.compare(a.value, b.value));
}
