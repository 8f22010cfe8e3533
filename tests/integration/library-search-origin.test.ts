// Library search by where items came from (the "Source" facet) and with a plan's condition
// ranked first: imported free-exercise-db items can be left out, and heel pain content leads
// whether or not anything is typed, the rest following in their usual order.
import { afterEach, describe, expect, it } from 'vitest';
import { libraryRepository } from '../../electron/core/library/library-repository';
import type { TestCore } from '../support/core';
import { createItems, draft, openEmptyLibraryCore } from '../support/library';

let core: TestCore | undefined;
afterEach(() => core?.close());

async function seed(): Promise<TestCore> {
  const c = (core = openEmptyLibraryCore());
  await createItems(c, [
    draft('Calf raise', { conditions: ['Achilles tendinopathy'] }),
    draft('Heel raise on a step', { conditions: ['Plantar heel pain'] }),
  ]);
  libraryRepository(c.ctx.db).insert({
    id: 'fedb-1',
    draft: draft('Alternating calf raise'),
    builtInKey: null,
    contentVersion: 1,
    copiedFromId: null,
    source: 'free-exercise-db:Alternating_Calf_Raise',
    sourceHash: 'x',
    archived: false,
    now: '2026-11-01T09:00:00.000Z',
  });
  return c;
}

const titles = async (input: Record<string, unknown>) =>
  (await core?.call('library.search', { query: '', ...input }))?.items.map((i) => i.title);

describe('library search by source and preferred condition', () => {
  it('labels each item with its source, counts the facet and filters by it', async () => {
    const c = await seed();
    const all = await c.call('library.search', { query: '' });
    expect(all.items.map((i) => [i.title, i.origin])).toEqual([
      ['Alternating calf raise', 'free-exercise-db'],
      ['Calf raise', 'own'],
      ['Heel raise on a step', 'own'],
    ]);
    expect(all.facets.origins).toEqual([
      { value: 'own', count: 2 },
      { value: 'free-exercise-db', count: 1 },
    ]);
    const mine = await c.call('library.search', { query: 'calf', origins: ['built-in', 'own'] });
    expect(mine.items.map((i) => i.title)).toEqual(['Calf raise']);
    // The facet's own counts still show what the filter leaves out.
    expect(mine.facets.origins).toContainEqual({ value: 'free-exercise-db', count: 1 });
  });

  it('puts items for the preferred condition first, typed or not', async () => {
    await seed();
    expect(await titles({ preferConditions: ['plantar heel pain'] })).toEqual([
      'Heel raise on a step',
      'Alternating calf raise',
      'Calf raise',
    ]);
    expect(await titles({ query: 'raise', preferConditions: ['Plantar heel pain'] })).toEqual([
      'Heel raise on a step',
      expect.any(String),
      expect.any(String),
    ]);
    expect(
      await titles({
        query: 'raise',
        preferConditions: ['Plantar heel pain'],
        limit: 1,
        offset: 1,
      }),
    ).toHaveLength(1);
  });
});
