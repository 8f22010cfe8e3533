// The search index refreshed item by item from the change log must answer exactly like one
// built from scratch: after every kind of write, from this connection or another one, and it
// must fall back to a full rebuild whenever the log cannot say what changed.
import path from 'node:path';
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { databasePath } from '../../electron/core/app-core';
import { loadBuiltInLibrary } from '../../electron/core/library/built-in-content';
import { searchLibrary } from '../../electron/core/library/library-search';
import { searchIndexRefreshes } from '../../electron/core/library/library-search-refresh';
import { createItem, draftOf, setItemArchived } from '../../electron/core/library/library-service';
import type { CoreContext } from '../../electron/core/context';
import {
  librarySearchInputSchema,
  type LibraryItemDraft,
  type LibrarySearchInput,
} from '../../shared/domain/library';
import {
  closeAfterEach,
  openTestCore,
  openTestFile,
  secondConnection,
  type TestCore,
} from '../support/core';
import { photo } from '../support/images';
import { createItems, draft, fixturesDir, openEmptyLibraryCore } from '../support/library';

const track = closeAfterEach();

/** Searches that between them show every part of the index: order, filters, facets, pages. */
const searches: LibrarySearchInput[] = [
  { query: '' },
  { query: '', includeArchived: true, limit: 200 },
  { query: '', limit: 2, offset: 1 },
  { query: 'h' },
  { query: 'heel', includeArchived: true },
  { query: 'calf r' },
  { query: '', bodyRegions: ['Calf'] },
  { query: '', bodyRegions: ['Calf', 'Heel'], conditions: ['Plantar heel pain'] },
  { query: '', equipment: ['Step'], kinds: ['exercise'], includeArchived: true },
  { query: '', difficulties: ['beginner'], conditions: ['Sever disease'] },
];

function answers(db: Database.Database) {
  return searches.map((input) => searchLibrary(db, librarySearchInputSchema.parse(input)));
}

/** The same searches on a new connection, whose index is built from scratch. */
function answersFromScratch(dataDir: string) {
  const db = openTestFile(databasePath(dataDir));
  try {
    return answers(db);
  } finally {
    db.close();
  }
}

/** Searches through the connection's own index and checks how it was brought up to date. */
function expectSameAsRebuild(
  { ctx: { db, dataDir } }: { ctx: Pick<CoreContext, 'db' | 'dataDir'> },
  refresh: 'incremental' | 'full',
) {
  const before = searchIndexRefreshes(db);
  const live = answers(db);
  const after = searchIndexRefreshes(db);
  expect({
    full: after.full - before.full,
    incremental: after.incremental - before.incremental,
  }).toEqual(refresh === 'full' ? { full: 1, incremental: 0 } : { full: 0, incremental: 1 });
  expect(live).toEqual(answersFromScratch(dataDir));
  return live;
}

const seedDrafts: LibraryItemDraft[] = [
  draft('Eccentric heel drop', {
    summary: 'Slow lowering over a step.',
    bodyRegions: ['Achilles tendon', 'Calf'],
    conditions: ['Achilles tendinopathy'],
    equipment: ['Step'],
    difficulty: 'intermediate',
  }),
  draft('Calf raise', {
    bodyRegions: ['Calf'],
    conditions: ['Plantar heel pain'],
    difficulty: 'beginner',
  }),
  draft('Calf raise', { bodyRegions: ['Calf'], equipment: ['Wall'] }),
  draft('Heel cup', { bodyRegions: ['Heel'], conditions: ['Plantar heel pain'] }, 'education'),
];

async function seeded(): Promise<{ core: TestCore; ids: string[] }> {
  const core = track(openEmptyLibraryCore());
  const ids = await createItems(core, seedDrafts);
  expectSameAsRebuild(core, 'full');
  return { core, ids };
}

describe('library search index refreshed from the change log', () => {
  it('matches a rebuild after creating, editing, copying, archiving and restoring', async () => {
    const { core, ids } = await seeded();
    const [drop = '', raise = ''] = ids;
    await core.call('library.create', {
      draft: draft('Arch doming', { bodyRegions: ['Foot'], conditions: ['Sever disease'] }),
    });
    expectSameAsRebuild(core, 'incremental');

    const item = await core.call('library.get', { id: drop });
    // A new title moves it in the list; the old facet values go, new ones come.
    await core.call('library.update', {
      id: drop,
      draft: {
        ...draftOf(item),
        title: 'Alfredson heel drop',
        // Equal to "Heel" for the collator: facet order must not depend on which came first.
        bodyRegions: ['HEEL'],
        conditions: ['Sever disease'],
        equipment: [],
        difficulty: 'beginner',
      },
    });
    const [all] = expectSameAsRebuild(core, 'incremental');
    expect(all?.items.map((i) => i.title)).toEqual([
      'Alfredson heel drop',
      'Arch doming',
      'Calf raise',
      'Calf raise',
      'Heel cup',
    ]);
    expect(all?.facets.equipment).toEqual([{ value: 'Wall', count: 1 }]);

    await core.call('library.duplicate', { id: raise });
    expectSameAsRebuild(core, 'incremental');
    await core.call('library.archive', { id: raise });
    expectSameAsRebuild(core, 'incremental');
    await core.call('library.restore', { id: raise });
    expectSameAsRebuild(core, 'incremental');
  });

  it('matches a rebuild after photos are added, reordered and removed', async () => {
    const { core, ids } = await seeded();
    const id = ids[1] ?? '';
    const upload = async (name: string, colour: { r: number; g: number; b: number }) =>
      core.call('library.addImage', {
        id,
        upload: {
          fileName: name,
          dataBase64: (await photo({ width: 40, height: 30, colour })).data.toString('base64'),
        },
      });
    await upload('a.jpg', { r: 200, g: 0, b: 0 });
    const [first] = expectSameAsRebuild(core, 'incremental');
    const withTwo = await upload('b.jpg', { r: 0, g: 0, b: 200 });
    expectSameAsRebuild(core, 'incremental');

    const [a = '', b = ''] = withTwo.images.map((i) => i.sha256);
    await core.call('library.reorderImages', { id, sha256s: [b, a] });
    const [reordered] = expectSameAsRebuild(core, 'incremental');
    const thumbnailOf = (result: typeof first) =>
      result?.items.find((i) => i.id === id)?.thumbnail?.sha256;
    expect(thumbnailOf(first)).toBe(a);
    expect(thumbnailOf(reordered)).toBe(b);

    // Photo rows changed by SQL on another connection, the item row untouched.
    const other = openTestFile(databasePath(core.dataDir), { readonly: false });
    const shift = other.prepare(
      'UPDATE library_item_images SET position = position + @by WHERE item_id = @id',
    );
    shift.run({ id, by: 10 });
    const [shifted] = expectSameAsRebuild(core, 'incremental');
    expect(thumbnailOf(shifted)).toBeUndefined();
    shift.run({ id, by: -10 });
    other.close();
    expect(thumbnailOf(expectSameAsRebuild(core, 'incremental')[0])).toBe(b);

    await core.call('library.removeImage', { id, sha256: b });
    await core.call('library.removeImage', { id, sha256: a });
    const [none] = expectSameAsRebuild(core, 'incremental');
    expect(thumbnailOf(none)).toBeUndefined();
  });

  it('matches a rebuild after a pack import adds and then updates items', async () => {
    const source = track(openEmptyLibraryCore(undefined, 'source'));
    const [own = ''] = await createItems(source, [
      draft('Stair calf raise', { bodyRegions: ['Calf'], equipment: ['Step'] }),
    ]);
    await source.call('library.addImage', {
      id: own,
      upload: {
        fileName: 'stairs.jpg',
        dataBase64: (await photo({ width: 60, height: 40 })).data.toString('base64'),
      },
    });
    const { core } = await seeded();
    const first = await source.call('library.exportPack', {});
    await core.call('library.importPack', { fileName: 'pack.json', text: first.text });
    expectSameAsRebuild(core, 'incremental');

    const item = await source.call('library.get', { id: own });
    await source.call('library.update', {
      id: own,
      draft: { ...draftOf(item), title: 'Stair heel raise', bodyRegions: ['Heel'] },
    });
    const second = await source.call('library.exportPack', {});
    const report = await core.call('library.importPack', {
      fileName: 'pack.json',
      text: second.text,
    });
    expect(report).toMatchObject({ updated: 1 });
    expectSameAsRebuild(core, 'incremental');
  });

  it('matches a rebuild after built-in content is upgraded', async () => {
    const core = track(
      openTestCore(undefined, { resourcesDir: path.join(fixturesDir, 'resources-v1') }),
    );
    await createItems(core, seedDrafts);
    expectSameAsRebuild(core, 'full');
    const report = loadBuiltInLibrary(core.ctx, path.join(fixturesDir, 'resources-v2', 'library'));
    expect(report.upgraded + report.added).toBeGreaterThan(0);
    expectSameAsRebuild(core, 'incremental');
  });

  it('sees what a second core on the same data folder writes', async () => {
    const { core } = await seeded();
    const other = secondConnection(core);
    const { id } = createItem(other, draft('Towel scrunch', { bodyRegions: ['Foot'] }));
    setItemArchived(other, id, true);
    const [, withArchived] = expectSameAsRebuild(core, 'incremental');
    expect(withArchived?.items.map((i) => i.title)).toContain('Towel scrunch');
  });

  it('rebuilds when more changed than the log keeps', async () => {
    const { core, ids } = await seeded();
    const other = secondConnection(core);
    const flip = other.db.prepare('UPDATE library_items SET archived = 1 - archived WHERE id = ?');
    other.db.transaction(() => {
      for (let n = 0; n < 1001; n++) flip.run(ids[0]);
    })();
    const [, all] = expectSameAsRebuild(core, 'full');
    expect(all?.items.find((i) => i.id === ids[0])?.archived).toBe(true);
  });

  it('rebuilds after changes the log cannot pin to one item, or that were rolled back', async () => {
    const { core, ids } = await seeded();
    const db = core.ctx.db;
    db.prepare('UPDATE library_items SET seq = 100 WHERE id = ?').run(ids[0]);
    const [, all] = expectSameAsRebuild(core, 'full');
    expect(all?.total).toBe(4);
    db.prepare('DELETE FROM library_items WHERE id = ?').run(ids[1]);
    expectSameAsRebuild(core, 'incremental');

    // A search inside a transaction sees its writes; after the rollback they are gone.
    expect(() =>
      db.transaction(() => {
        db.prepare("UPDATE library_items SET title = 'Gone' WHERE id = ?").run(ids[2]);
        answers(db);
        throw new Error('roll back');
      })(),
    ).toThrow('roll back');
    expectSameAsRebuild(core, 'full');
  });

  it('rebuilds on every change in a database made before the change log existed', async () => {
    const { core, ids } = await seeded();
    const db = core.ctx.db;
    for (const trigger of ['after_insert', 'after_update', 'after_delete']) {
      db.exec(
        `DROP TRIGGER library_items_${trigger}; DROP TRIGGER library_item_images_${trigger};`,
      );
    }
    db.exec(`DROP TABLE library_changes;
      CREATE TRIGGER library_items_after_update AFTER UPDATE ON library_items BEGIN
        UPDATE library_revision SET revision = revision + 1 WHERE id = 1;
      END;`);
    const reopened = secondConnection(core);
    reopened.db.prepare('UPDATE library_items SET archived = 1 WHERE id = ?').run(ids[3]);
    answers(reopened.db);
    reopened.db.prepare('UPDATE library_items SET archived = 0 WHERE id = ?').run(ids[3]);
    expectSameAsRebuild({ ctx: reopened }, 'full');
  });
});
