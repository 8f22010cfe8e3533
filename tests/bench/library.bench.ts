// Library speed: search as-you-type prefix queries on a generated 10,000-item library (through
// the dispatcher, as the renderer calls it), the same FTS query run directly on the database,
// searching right after an edit, and importing the whole free-exercise-db fixture.
import path from 'node:path';
import { BM25_WEIGHTS, toFtsQuery } from '../../electron/core/library/library-search';
import { searchIndexRefreshes } from '../../electron/core/library/library-search-refresh';
import type { LibrarySearchResult } from '../../shared/domain/library';
import { openTestCore, tempDir } from '../support/core';
import { measure, report, stats } from './bench-utils';
import { queries, seedLibrary } from './library-data';

const ITEMS = 10_000;
const repoRoot = path.resolve(import.meta.dirname, '../..');
const freeExerciseDb = path.join(repoRoot, 'tests/fixtures/free-exercise-db');

async function main() {
  const core = openTestCore(tempDir('physioplan-bench-'), {
    resourcesDir: tempDir('physioplan-no-resources-'),
  });
  const seedMs = seedLibrary(core, ITEMS);
  report('library.generate-10000-items', { ms: Math.round(seedMs), items: ITEMS });

  const call = async (query: string) => {
    const result = await core.dispatch('library.search', { query });
    if (!result.ok) throw new Error(result.error.message);
    return result.value as LibrarySearchResult;
  };
  const first = performance.now();
  await call('heel');
  report('library.search.first-call-builds-index', {
    ms: Math.round((performance.now() - first) * 10) / 10,
  });

  const raw = core.ctx.db.prepare(
    `SELECT rowid, title FROM library_fts WHERE library_fts MATCH ? ORDER BY ${BM25_WEIGHTS} LIMIT 50`,
  );
  const ours: number[] = [];
  const direct: number[] = [];
  const matches: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const query of queries) {
      const fts = toFtsQuery(query) ?? '';
      let t = performance.now();
      const result = await call(query);
      ours.push(performance.now() - t);
      t = performance.now();
      raw.all(fts);
      direct.push(performance.now() - t);
      if (round === 0) matches.push(result.total);
    }
  }
  const oursStats = stats(ours);
  const rawStats = stats(direct);
  report('library.search.prefix', {
    ...oursStats,
    items: ITEMS,
    queries: queries.length,
    median_matches: stats(matches).median_ms,
  });
  report('library.search.prefix.raw-fts', rawStats);
  report('library.search.prefix.ratio', {
    median_ratio: Math.round((oursStats.median_ms / rawStats.median_ms) * 100) / 100,
    p95_ratio: Math.round((oursStats.p95_ms / rawStats.p95_ms) * 100) / 100,
  });

  report('library.search.empty-query-with-facets', await measure(() => call(''), 50));
  report(
    'library.search.filtered',
    await measure(
      () =>
        core.dispatch('library.search', {
          query: 'cal',
          bodyRegions: ['Calf'],
          kinds: ['exercise'],
        }),
      50,
    ),
  );
  // After an edit the next search refreshes the in-memory index from the change log (only the
  // edited item). The write alone is timed too: it commits with a disk sync.
  const edit = core.ctx.db.prepare(
    "UPDATE library_items SET archived = 1 - archived WHERE id = 'bench-1'",
  );
  const refreshes = searchIndexRefreshes(core.ctx.db);
  report(
    'library.search.after-edit',
    await measure(
      async () => {
        edit.run();
        await call('heel');
      },
      10,
      1,
    ),
  );
  const after = searchIndexRefreshes(core.ctx.db);
  report('library.search.after-edit.refreshes', {
    full: after.full - refreshes.full,
    incremental: after.incremental - refreshes.incremental,
  });
  report('library.search.after-edit.write-only', await measure(() => edit.run(), 10, 1));
  report('library.search.heel', await measure(() => call('heel'), 10, 1));
  core.close();

  const imports: number[] = [];
  for (let run = 0; run < 3; run++) {
    const fresh = openTestCore(tempDir('physioplan-bench-'), {
      resourcesDir: tempDir('physioplan-no-resources-'),
    });
    const start = performance.now();
    const result = await fresh.dispatch('library.importFreeExerciseDb', { folder: freeExerciseDb });
    imports.push(performance.now() - start);
    if (!result.ok || !(result.value as { applied: boolean }).applied)
      throw new Error('import failed');
    fresh.close();
  }
  report('library.import.free-exercise-db', { ...stats(imports), items: 873, photoFiles: 10 });
}

await main();
