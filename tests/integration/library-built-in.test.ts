import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/app-core';
import type { Logger } from '../../electron/core/context';
import { fixedClock, openTestCore, sequentialIds, tempDir, type TestCore } from '../support/core';
import { TEST_KDF, unlockTestCore } from '../support/core';
import { fixturesDir, repoRoot } from '../support/library';

let core: TestCore | undefined;
afterEach(() => core?.close());

const v1 = path.join(fixturesDir, 'resources-v1');
const v2 = path.join(fixturesDir, 'resources-v2');

async function byTitle(c: TestCore, query: string) {
  return (await c.call('library.search', { query, includeArchived: true })).items;
}

describe('built-in library content', () => {
  it('loads on first run, read-only and marked built-in, and does not duplicate on the next start', async () => {
    const dir = tempDir();
    core = openTestCore(dir, { resourcesDir: v1 });
    const first = await core.call('library.search', { query: '' });
    expect(first.items.map((i) => i.title)).toEqual([
      'Fixture eccentric heel drop',
      'Fixture low-dye taping',
      'Fixture ultrasound',
    ]);
    expect(first.items.every((i) => i.builtIn)).toBe(true);
    const item = await core.call('library.get', { id: first.items[0]?.id ?? '' });
    expect(item).toMatchObject({ builtInKey: 'exercise.fixture-heel-drop', contentVersion: 1 });
    core.close();

    core = openTestCore(dir, { resourcesDir: v1, idPrefix: 'second-run' });
    expect((await core.call('library.search', { query: '' })).total).toBe(3);
  });

  it('upgrades items whose content version rose, adds new ones, and leaves own items, copies and archiving alone', async () => {
    const dir = tempDir();
    core = openTestCore(dir, { resourcesDir: v1 });
    const [drop] = await byTitle(core, 'heel drop');
    const [tape] = await byTitle(core, 'low-dye');
    const copy = await core.call('library.duplicate', { id: drop?.id ?? '' });
    await core.call('library.archive', { id: tape?.id ?? '' });
    core.close();

    core = openTestCore(dir, { resourcesDir: v2, idPrefix: 'second-run' });
    const upgraded = await core.call('library.get', { id: drop?.id ?? '' });
    expect(upgraded).toMatchObject({
      title: 'Fixture eccentric heel drop (revised)',
      contentVersion: 2,
      builtIn: true,
    });
    expect(upgraded.instructions).toHaveLength(3);
    // Same content version: not rewritten, even though the file's text differs.
    const sameVersion = await core.call('library.get', { id: tape?.id ?? '' });
    expect(sameVersion).toMatchObject({ title: 'Fixture low-dye taping', archived: true });
    // The clinician's copy keeps the content it was customised from.
    const copyNow = await core.call('library.get', { id: copy.id });
    expect(copyNow).toMatchObject({ title: 'Fixture eccentric heel drop (copy)', builtIn: false });
    expect(copyNow.instructions).toHaveLength(2);
    expect((await byTitle(core, 'balance')).map((i) => i.title)).toEqual([
      'Fixture single-leg balance',
    ]);
    expect((await core.call('library.search', { query: '', includeArchived: true })).total).toBe(5);
  });

  it('skips a broken content file, logs why, and still loads the others', async () => {
    const resources = tempDir('physioplan-resources-');
    const dir = path.join(resources, 'library', 'heel-pain');
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(
      path.join(v1, 'library/heel-pain/exercise.json'),
      path.join(dir, 'exercise.json'),
    );
    fs.writeFileSync(
      path.join(dir, 'modality.json'),
      '{ "format": "physioplan.builtin-library", "items": [',
    );
    fs.writeFileSync(
      path.join(dir, 'taping.json'),
      JSON.stringify({
        format: 'physioplan.builtin-library',
        items: [{ key: 'Not A Key', title: 'x' }],
      }),
    );
    const errors: string[] = [];
    const log: Logger = { info: () => undefined, error: (message) => errors.push(message) };
    const app = openCore({
      dataDir: tempDir(),
      host: { kind: 'test', appVersion: '0' },
      clock: fixedClock(),
      newId: sequentialIds(),
      log,
      resourcesDir: resources,
      kdf: TEST_KDF,
    });
    unlockTestCore(app);
    try {
      const result = await app.dispatch('library.search', { query: '' });
      expect(result.ok && (result.value as { total: number }).total).toBe(1);
      expect(errors.join('\n')).toMatch(/modality\.json: not valid JSON/);
      expect(errors.join('\n')).toMatch(/taping\.json: items\.0\.summary: .*expected string/);
    } finally {
      app.close();
    }
  });

  it('loads the shipped heel-pain content: every kind, all searchable', async () => {
    core = openTestCore(undefined, { resourcesDir: path.join(repoRoot, 'resources') });
    const all = await core.call('library.search', { query: '' });
    expect(all.total).toBeGreaterThanOrEqual(80);
    expect(all.facets.kinds.map((k) => k.value).sort()).toEqual([
      'assessment',
      'education',
      'exercise',
      'manual_therapy',
      'modality',
      'orthosis',
      'taping',
    ]);
    const heelDrop = await core.call('library.search', { query: 'eccentric heel' });
    expect(heelDrop.items[0]?.title.toLowerCase()).toContain('heel');
  });
});
