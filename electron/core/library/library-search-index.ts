// The in-memory side of library search: every item's summary and facet values, built from the
// database in one pass and rebuilt when the library's revision counter moves (triggers bump
// it on every change to items or their photos).
import type Database from 'better-sqlite3';
import type { ImageRef } from '../../../shared/domain/common';
import type { Difficulty, FacetName, LibraryItemSummary } from '../../../shared/domain/library';
import { itemKindSchema } from '../../../shared/domain/parameters';

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
  /** All seqs in title order: the list when nothing is typed. */
  readonly byTitle: Int32Array;
  /** What each code stands for: the facet (index into facetNames) and the value. */
  readonly facetOf: Uint8Array;
  readonly values: readonly string[];
  /** Codes by facet and value. */
  readonly codeOf: readonly ReadonlyMap<string, number>[];
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

export const titleCollator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Rows were validated by zod when written and leave the core through the dispatcher's output
 * check, so the index reads them without a second schema pass (it covers 10,000 items).
 */
export function buildSearchIndex(db: Database.Database, revision: number): SearchIndex {
  const thumbnails = new Map<string, ImageRef>();
  const thumbnailRows = db.prepare<[], ThumbnailRow>(
    `SELECT li.item_id, i.sha256, i.mime_type, i.width, i.height
     FROM library_item_images li JOIN images i ON i.sha256 = li.sha256
     WHERE li.position = 0`,
  );
  for (const row of thumbnailRows.iterate()) {
    const { sha256, width, height } = row;
    thumbnails.set(row.item_id, { sha256, mimeType: row.mime_type, width, height });
  }

  const values: string[] = [];
  const facets: number[] = [];
  const codeOf = facetNames.map(() => new Map<string, number>());
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

  const summaries: (LibraryItemSummary | undefined)[] = [];
  const itemCodes: Int32Array[] = [];
  const archived: number[] = [];
  const rows = db.prepare<[], SummaryRow>(
    `SELECT seq, id, kind, title, body, built_in_key IS NOT NULL AS builtIn, archived
     FROM library_items`,
  );
  for (const row of rows.iterate()) {
    const body = JSON.parse(row.body) as StoredBody;
    const kind = itemKindSchema.parse(row.kind);
    summaries[row.seq] = {
      id: row.id,
      kind,
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
    } as LibraryItemSummary;
    itemCodes[row.seq] = codesOf([
      [kind],
      body.bodyRegions,
      body.conditions,
      body.equipment,
      body.difficulty === null ? [] : [body.difficulty],
    ]);
    archived[row.seq] = row.archived;
  }

  const size = summaries.length;
  const state = new Uint8Array(size);
  const codeStart = new Uint32Array(size + 1);
  let total = 0;
  for (let seq = 0; seq < size; seq++) total += itemCodes[seq]?.length ?? 0;
  const codes = new Int32Array(total);
  let at = 0;
  const seqs: number[] = [];
  for (let seq = 0; seq < size; seq++) {
    codeStart[seq] = at;
    const own = itemCodes[seq];
    if (own === undefined) continue;
    state[seq] = archived[seq] === 1 ? 2 : 1;
    codes.set(own, at);
    at += own.length;
    seqs.push(seq);
  }
  codeStart[size] = at;
  const title = (seq: number) => summaries[seq]?.title ?? '';
  const byTitle = Int32Array.from(seqs.sort((a, b) => titleCollator.compare(title(a), title(b))));
  return {
    revision,
    summaries,
    state,
    codeStart,
    codes,
    byTitle,
    facetOf: Uint8Array.from(facets),
    values,
    codeOf,
  };
}
