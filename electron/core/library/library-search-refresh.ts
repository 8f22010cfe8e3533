// Keeps each connection's search index in step with the database. Triggers move a revision
// counter and log the seq of every item they touch (migration 0002), whichever connection
// writes, so a search after an edit re-reads only the changed items. When the log cannot say
// exactly what changed (it was trimmed, or a change was not about one item), the index is
// rebuilt from scratch.
import type Database from 'better-sqlite3';
import { buildSearchIndex, withItems, type SearchIndex } from './library-search-index';
import { itemReader, type ItemReader } from './library-search-rows';

interface ChangeRow {
  revision: number;
  seq: number | null;
}

interface RefreshState {
  readonly revision: Database.Statement<[], number>;
  /** Absent in a database made before the change log existed: every change rebuilds. */
  readonly changes: Database.Statement<[number, number], ChangeRow> | undefined;
  readonly items: ItemReader;
  readonly refresh: () => SearchIndex;
  readonly counts: { full: number; incremental: number };
  index?: SearchIndex;
}

const states = new WeakMap<Database.Database, RefreshState>();

function stateFor(db: Database.Database): RefreshState {
  const existing = states.get(db);
  if (existing) return existing;
  const hasLog =
    db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'library_changes'").get() !== undefined;
  const state: RefreshState = {
    revision: db.prepare<[], number>('SELECT revision FROM library_revision WHERE id = 1').pluck(),
    changes: hasLog
      ? db.prepare<[number, number], ChangeRow>(
          'SELECT revision, seq FROM library_changes WHERE revision > ? AND revision <= ?',
        )
      : undefined,
    items: itemReader(db),
    // One read transaction: the revision, the log and the rows come from the same snapshot.
    refresh: db.transaction(() => refresh(state)),
    counts: { full: 0, incremental: 0 },
  };
  states.set(db, state);
  return state;
}

/** The index as of the database's current revision. */
export function currentSearchIndex(db: Database.Database): SearchIndex {
  const state = stateFor(db);
  const revision = state.revision.get() ?? 0;
  if (state.index?.revision !== revision) state.index = state.refresh();
  return state.index;
}

function refresh(state: RefreshState): SearchIndex {
  const revision = state.revision.get() ?? 0;
  const base = state.index;
  const changed = base === undefined ? undefined : changedSince(state, base.revision, revision);
  if (base === undefined || changed === undefined) {
    state.counts.full += 1;
    return buildSearchIndex(revision, state.items.all());
  }
  state.counts.incremental += 1;
  return withItems(base, revision, changed, state.items.some(changed));
}

/** The seqs changed after revision `from` up to `to`, or undefined when the log can't tell. */
function changedSince(state: RefreshState, from: number, to: number): number[] | undefined {
  if (state.changes === undefined) return undefined;
  const rows = state.changes.all(from, to);
  // Fewer rows than revisions: the log was trimmed, or the counter went back (a write this
  // index had seen was rolled back).
  if (rows.length !== to - from) return undefined;
  const seqs = new Set<number>();
  for (const row of rows) {
    if (row.seq === null) return undefined;
    seqs.add(row.seq);
  }
  return [...seqs];
}

/** How often each connection's index was built from scratch or refreshed from the log. */
export function searchIndexRefreshes(db: Database.Database): { full: number; incremental: number } {
  return { ...stateFor(db).counts };
}
