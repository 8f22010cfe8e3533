// Reads library items as the search index keeps them: the summary the list shows and the values
// each facet filters on. All items for a full build, or only the changed ones.
import type Database from 'better-sqlite3';
import type { ImageRef } from '../../../shared/domain/common';
import {
  itemOrigin,
  type Difficulty,
  type LibraryItemSummary,
} from '../../../shared/domain/library';
import { itemKindSchema } from '../../../shared/domain/parameters';

export interface IndexedItem {
  readonly seq: number;
  readonly summary: LibraryItemSummary;
  /** The item's values for each facet, in the order of `facetNames`. */
  readonly facetValues: readonly (readonly string[])[];
}

interface SummaryRow {
  seq: number;
  id: string;
  kind: string;
  title: string;
  body: string;
  builtIn: number;
  archived: number;
  needs_review: number;
  source: string | null;
  sha256: string | null;
  mime_type: ImageRef['mimeType'] | null;
  width: number | null;
  height: number | null;
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

/** The first photo is the thumbnail. */
const summarySql = `
  SELECT li.seq, li.id, li.kind, li.title, li.body, li.built_in_key IS NOT NULL AS builtIn,
    li.archived, li.needs_review, li.source, i.sha256, i.mime_type, i.width, i.height
  FROM library_items li
  LEFT JOIN library_item_images t ON t.item_id = li.id AND t.position = 0
  LEFT JOIN images i ON i.sha256 = t.sha256`;

/** Items read for the index, and the seqs of rows that could not be read (left out). */
export interface ReadItems {
  items: IndexedItem[];
  unreadable: number[];
}

export interface ItemReader {
  all(): ReadItems;
  /** The items with these seqs that still exist, in seq order. */
  some(seqs: readonly number[]): ReadItems;
}

/**
 * Rows were validated by zod when written and leave the core through the dispatcher's output
 * check, so they are read here without a second schema pass (a full build covers 10,000 items);
 * cheap shape checks catch a damaged row, which is left out and named by seq.
 */
export function itemReader(db: Database.Database): ItemReader {
  const all = db.prepare<[], SummaryRow>(`${summarySql} ORDER BY li.seq`);
  const some = db.prepare<[string], SummaryRow>(
    `${summarySql} WHERE li.seq IN (SELECT value FROM json_each(?)) ORDER BY li.seq`,
  );
  return {
    all: () => readAround(all.all()),
    some: (seqs) => readAround(some.all(JSON.stringify(seqs))),
  };
}

function readAround(rows: readonly SummaryRow[]): ReadItems {
  const read: ReadItems = { items: [], unreadable: [] };
  for (const row of rows) {
    try {
      read.items.push(indexedItem(row));
    } catch {
      read.unreadable.push(row.seq);
    }
  }
  return read;
}

const isTextList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');

function indexedItem(row: SummaryRow): IndexedItem {
  const body = JSON.parse(row.body) as StoredBody;
  const kind = itemKindSchema.parse(row.kind);
  const lists = [body.bodyRegions, body.conditions, body.tags, body.equipment];
  if (typeof row.title !== 'string' || typeof body.summary !== 'string' || !lists.every(isTextList))
    throw new Error(`library item ${row.id} is damaged`);
  const { sha256, mime_type: mimeType, width, height } = row;
  const thumbnail =
    sha256 === null || mimeType === null || width === null || height === null
      ? null
      : { sha256, mimeType, width, height };
  const origin = itemOrigin({ builtIn: row.builtIn === 1, source: row.source });
  const summary = {
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
    origin,
    archived: row.archived === 1,
    needsReview: row.needs_review === 1,
    thumbnail,
  } as LibraryItemSummary;
  return {
    seq: row.seq,
    summary,
    facetValues: [
      [kind],
      body.bodyRegions,
      body.conditions,
      body.equipment,
      body.difficulty === null ? [] : [body.difficulty],
      row.needs_review === 1 ? ['needs_review'] : [],
      [origin],
    ],
  };
}
