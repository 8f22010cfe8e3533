import { afterEach, describe, expect, it } from 'vitest';
import { draftOf } from '../../electron/core/library/library-service';
import type { TestCore } from '../support/core';
import { createItems, draft, openEmptyLibraryCore } from '../support/library';

let core: TestCore | undefined;
afterEach(() => core?.close());

async function titles(query: string, extra: Record<string, unknown> = {}): Promise<string[]> {
  if (!core) throw new Error('no core');
  const result = await core.call('library.search', { query, ...extra });
  return result.items.map((i) => i.title);
}

async function seed(): Promise<TestCore> {
  core = openEmptyLibraryCore();
  await createItems(core, [
    draft('Eccentric heel drop', {
      summary: 'Slow lowering over a step to load the Achilles tendon.',
      instructions: ['Stand on a step on the balls of your feet.', 'Lower both heels slowly.'],
      bodyRegions: ['Achilles tendon', 'Calf'],
      conditions: ['Achilles tendinopathy'],
      equipment: ['Step'],
      difficulty: 'intermediate',
    }),
    draft('Wall stretch', {
      summary: 'A stretch for the back of the leg.',
      instructions: ['Lean on a wall and feel the stretch in your calf.'],
      bodyRegions: ['Calf'],
      conditions: ['Plantar heel pain'],
      difficulty: 'beginner',
    }),
    draft('Calf raise', {
      summary: 'Rise up onto the toes.',
      instructions: ['Rise onto your toes, then lower.'],
      bodyRegions: ['Calf'],
      conditions: ['Achilles tendinopathy', 'Plantar heel pain'],
      difficulty: 'beginner',
    }),
    draft(
      'Heel cup',
      {
        summary: 'A soft cup under the heel.',
        bodyRegions: ['Heel'],
        conditions: ['Plantar heel pain'],
        parameters: { type: 'heel_cup', wearSchedule: 'In all shoes' },
      },
      'orthosis',
    ),
    draft(
      'Tendon loading for the Achillès',
      {
        summary: 'Isometric holds.',
        bodyRegions: ['Achilles tendon'],
        conditions: ['Achilles tendinopathy'],
        difficulty: 'advanced',
      },
      'education',
    ),
  ]);
  return core;
}

describe('library search', () => {
  it('lists everything in title order when nothing is typed', async () => {
    await seed();
    expect(await titles('')).toEqual([
      'Calf raise',
      'Eccentric heel drop',
      'Heel cup',
      'Tendon loading for the Achillès',
      'Wall stretch',
    ]);
  });

  it('ranks a word in the title above the same word in the steps', async () => {
    await seed();
    const found = await titles('calf');
    expect(found[0]).toBe('Calf raise');
    expect(found).toContain('Wall stretch');
    expect(found).not.toContain('Heel cup');
  });

  it('matches the last word as a prefix while typing, earlier words whole', async () => {
    await seed();
    expect(await titles('ecc')).toEqual(['Eccentric heel drop']);
    expect(await titles('heel dr')).toEqual(['Eccentric heel drop']);
    expect(await titles('he')).toEqual(expect.arrayContaining(['Heel cup', 'Eccentric heel drop']));
    // A finished word (followed by a space) no longer matches longer words.
    expect(await titles('hee ')).toEqual([]);
    expect(await titles('hee')).toHaveLength(4);
  });

  it('folds accents both ways and ignores case', async () => {
    await seed();
    expect(await titles('achilles')).toEqual(
      expect.arrayContaining(['Tendon loading for the Achillès', 'Eccentric heel drop']),
    );
    // Two by the word itself, one more by its "Achilles tendinopathy" condition.
    expect(await titles('ACHILLÈ')).toHaveLength(3);
    expect(await titles('Achillès tendon')).toHaveLength(2);
    expect(await titles('lówering')).toEqual(['Eccentric heel drop']);
  });

  it('finds an item by a word from its steps, tags or conditions', async () => {
    await seed();
    expect(await titles('balls of your feet')).toEqual(['Eccentric heel drop']);
    expect(await titles('tendinopathy')).toHaveLength(3);
  });

  it('treats search syntax as plain words', async () => {
    await seed();
    const everything = [
      'Calf raise',
      'Eccentric heel drop',
      'Heel cup',
      'Tendon loading for the Achillès',
      'Wall stretch',
    ];
    // Punctuation alone finds everything; operators and column names are words to find.
    const expected: [string, string[]][] = [
      ['"', everything],
      ['*', everything],
      ["'", everything],
      ['calf OR', []],
      ['NEAR(calf', []],
      ['title:calf', []],
      ['calf -raise', ['Calf raise']],
      ['^heel', ['Heel cup', 'Eccentric heel drop', 'Calf raise', 'Wall stretch']],
    ];
    for (const [query, found] of expected) expect(await titles(query), query).toEqual(found);
    // OR is a word to find here, not an operator: nothing has a word starting with "or".
    expect(await titles('calf OR raise')).toEqual([]);
  });

  it('counts facets, each ignoring its own filter so values can be combined', async () => {
    await seed();
    const all = await core?.call('library.search', { query: '' });
    expect(all?.facets.kinds).toEqual([
      { value: 'exercise', count: 3 },
      { value: 'education', count: 1 },
      { value: 'orthosis', count: 1 },
    ]);
    expect(all?.facets.conditions).toEqual([
      { value: 'Achilles tendinopathy', count: 3 },
      { value: 'Plantar heel pain', count: 3 },
    ]);

    const calf = await core?.call('library.search', { query: '', bodyRegions: ['Calf'] });
    expect(calf?.total).toBe(3);
    // Body region counts still show the other regions (to widen the filter) ...
    expect(calf?.facets.bodyRegions).toContainEqual({ value: 'Heel', count: 1 });
    // ... while the other facets count only the calf items.
    expect(calf?.facets.kinds).toEqual([{ value: 'exercise', count: 3 }]);
    expect(calf?.facets.difficulties).toEqual([
      { value: 'beginner', count: 2 },
      { value: 'intermediate', count: 1 },
    ]);

    const two = await core?.call('library.search', {
      query: '',
      bodyRegions: ['Calf', 'Heel'],
      conditions: ['Plantar heel pain'],
    });
    expect(two?.items.map((i) => i.title)).toEqual(['Calf raise', 'Heel cup', 'Wall stretch']);
    const kinds = await core?.call('library.search', { query: 'heel', kinds: ['orthosis'] });
    expect(kinds?.items.map((i) => i.title)).toEqual(['Heel cup']);
    expect(kinds?.facets.kinds).toEqual([
      { value: 'exercise', count: 3 },
      { value: 'orthosis', count: 1 },
    ]);
  });

  it('keeps a selected facet value visible even when nothing matches it', async () => {
    await seed();
    const result = await core?.call('library.search', {
      query: 'heel',
      equipment: ['Foam roller'],
    });
    expect(result?.total).toBe(0);
    expect(result?.facets.equipment).toContainEqual({ value: 'Foam roller', count: 0 });
  });

  it('pages through results and reports the total', async () => {
    await seed();
    const page = await core?.call('library.search', { query: '', limit: 2, offset: 2 });
    expect(page?.total).toBe(5);
    expect(page?.items.map((i) => i.title)).toEqual([
      'Heel cup',
      'Tendon loading for the Achillès',
    ]);
    const tooMany = await core?.fail('library.search', { query: '', limit: 500 });
    expect(tooMany?.code).toBe('VALIDATION');
  });

  it('hides archived items unless asked, and follows edits at once', async () => {
    const c = await seed();
    const cup = (await c.call('library.search', { query: 'cup' })).items[0];
    expect(cup).toBeDefined();
    await c.call('library.archive', { id: cup?.id ?? '' });
    expect(await titles('cup')).toEqual([]);
    const archived = await c.call('library.search', { query: 'cup', includeArchived: true });
    expect(archived.items[0]).toMatchObject({ title: 'Heel cup', archived: true });

    const item = await c.call('library.get', { id: cup?.id ?? '' });
    const id = item.id;
    await c.call('library.update', {
      id,
      draft: { ...draftOf(item), title: 'Gel heel pad', summary: 'Soft gel.' },
    });
    expect(await titles('pad', { includeArchived: true })).toEqual(['Gel heel pad']);
    expect(await titles('cup', { includeArchived: true })).toEqual([]);
    await c.call('library.restore', { id });
    expect(await titles('gel')).toEqual(['Gel heel pad']);
  });

  it('returns summaries with parameters and the first photo as thumbnail', async () => {
    await seed();
    const result = await core?.call('library.search', { query: 'heel cup' });
    expect(result?.items[0]).toMatchObject({
      kind: 'orthosis',
      parameters: { type: 'heel_cup' },
      builtIn: false,
      thumbnail: null,
      bodyRegions: ['Heel'],
    });
  });
});

describe('library.get', () => {
  it('returns the whole item, and NOT_FOUND for an unknown id', async () => {
    const c = await seed();
    const id = (await c.call('library.search', { query: 'eccentric' })).items[0]?.id ?? '';
    const item = await c.call('library.get', { id });
    expect(item).toMatchObject({
      title: 'Eccentric heel drop',
      instructions: ['Stand on a step on the balls of your feet.', 'Lower both heels slowly.'],
      equipment: ['Step'],
      builtIn: false,
      builtInKey: null,
      archived: false,
      images: [],
      createdAt: expect.stringMatching(/^2026-11-22T09:00:\d\d\.000Z$/),
    });
    const missing = await c.fail('library.get', { id: 'nope' });
    expect(missing.code).toBe('NOT_FOUND');
  });
});
