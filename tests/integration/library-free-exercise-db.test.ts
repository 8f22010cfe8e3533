import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../shared/domain/library-pack';
import { tempDir, type TestCore } from '../support/core';
import { freeExerciseDbDir, openEmptyLibraryCore } from '../support/library';

let core: TestCore | undefined;
afterEach(() => core?.close());

interface Exercise {
  id: string;
  name: string;
  instructions: string[];
  images: string[];
  [key: string]: unknown;
}
const fixture = JSON.parse(
  fs.readFileSync(path.join(freeExerciseDbDir, 'exercises.json'), 'utf8'),
) as Exercise[];

/** A writable copy of part of the fixture: the given exercises and their photo folders. */
function folderWith(exercises: unknown[], photoFolders: string[] = []): string {
  const dir = tempDir('free-exercise-db-');
  fs.writeFileSync(path.join(dir, 'exercises.json'), JSON.stringify(exercises));
  for (const name of photoFolders) {
    fs.cpSync(path.join(freeExerciseDbDir, 'images', name), path.join(dir, 'images', name), {
      recursive: true,
    });
  }
  return dir;
}

function exercise(id: string): Exercise {
  const found = fixture.find((e) => e.id === id);
  if (!found) throw new Error(`fixture has no ${id}`);
  return structuredClone(found);
}

async function importFolder(folder: string): Promise<ImportReport> {
  if (!core) throw new Error('no core');
  return core.call('library.importFreeExerciseDb', { folder });
}

describe('free-exercise-db import', () => {
  it('imports all 873 exercises with the photos that are present, mapped to the library', async () => {
    core = openEmptyLibraryCore();
    const report = await importFolder(freeExerciseDbDir);
    // The fixture holds the photos of 5 exercises (10 files); Cat Stretch and One Half Locust
    // share a byte-identical first photo and One Arm Against Wall's two photos are the same
    // bytes: each distinct photo is stored once.
    expect(report).toMatchObject({
      applied: true,
      added: 873,
      updated: 0,
      skipped: 0,
      imagesStored: 8,
      errors: [],
    });
    // One Arm Against Wall keeps its repeated photo once; the others keep both of theirs.
    expect(core.ctx.db.prepare('SELECT count(*) FROM library_item_images').pluck().get()).toBe(9);
    expect((await core.call('library.search', { query: '' })).total).toBe(873);
    const photosOf = async (query: string) => {
      const found = (await core?.call('library.search', { query }))?.items[0];
      return (await core?.call('library.get', { id: found?.id ?? '' }))?.images ?? [];
    };
    const [cat, locust, wall] = [
      await photosOf('cat stretch'),
      await photosOf('one half locust'),
      await photosOf('one arm against wall'),
    ];
    expect(cat).toHaveLength(2);
    expect(locust).toHaveLength(2);
    expect(cat[0]?.sha256).toBe(locust[0]?.sha256);
    expect(cat[1]?.sha256).not.toBe(locust[1]?.sha256);
    expect(wall).toHaveLength(1);
    // Exercises whose photos are not in the folder are imported without photos.
    expect(await photosOf('calf press')).toEqual([]);

    const circles = (await core.call('library.search', { query: 'ankle circles' })).items[0];
    expect(circles).toMatchObject({
      title: 'Ankle Circles',
      kind: 'exercise',
      bodyRegions: ['Calf'],
      equipment: [],
      difficulty: 'beginner',
      tags: expect.arrayContaining(['stretching', 'calves']) as unknown,
      parameters: { holdSeconds: 30 },
    });
    const item = await core.call('library.get', { id: circles?.id ?? '' });
    expect(item.instructions[0]).toBe('Use a sturdy object like a squat rack to hold yourself.');
    expect(item.images).toHaveLength(2);
    expect(item.images[0]).toMatchObject({ mimeType: 'image/jpeg', width: 850, height: 567 });
    expect(item.source).toBe('free-exercise-db:Ankle_Circles');

    const facets = (await core.call('library.search', { query: '' })).facets;
    expect(facets.difficulties.map((d) => d.value).sort()).toEqual([
      'advanced',
      'beginner',
      'intermediate',
    ]);
    expect(facets.equipment).toContainEqual({ value: 'Resistance band', count: 20 });
    expect(facets.bodyRegions.map((r) => r.value)).toEqual(
      expect.arrayContaining(['Calf', 'Thigh', 'Hip', 'Lower back']),
    );
    expect(
      (await core.call('library.search', { query: 'hamstr', kinds: ['exercise'] })).total,
    ).toBeGreaterThan(100);
  });

  it('does not duplicate on re-import, updates what changed, and keeps items edited here', async () => {
    core = openEmptyLibraryCore();
    const ids = ['Ankle_Circles', 'Calf_Press', 'Balance_Board'];
    const folder = folderWith(ids.map(exercise), ['Ankle_Circles']);
    expect((await importFolder(folder)).added).toBe(3);
    expect(await importFolder(folder)).toMatchObject({ added: 0, updated: 0, skipped: 3 });

    // The clinician edits one; the project then changes two.
    const board =
      (await core.call('library.search', { query: 'balance board' })).items[0]?.id ?? '';
    const boardItem = await core.call('library.get', { id: board });
    await core.call('library.update', {
      id: board,
      draft: { ...boardItem, cautions: ['Hold a rail.'] },
    });
    const changed = ids.map(exercise);
    for (const e of changed) e.instructions = [...e.instructions, 'Breathe out as you push.'];
    fs.writeFileSync(path.join(folder, 'exercises.json'), JSON.stringify(changed));

    const report = await importFolder(folder);
    expect(report).toMatchObject({ added: 0, updated: 2, skipped: 1 });
    expect(report.items.find((i) => i.title === 'Balance Board')?.reason).toMatch(
      /your version is kept/,
    );
    expect((await core.call('library.get', { id: board })).cautions).toEqual(['Hold a rail.']);
    expect((await core.call('library.search', { query: 'breathe out push' })).total).toBe(2);
    expect((await core.call('library.search', { query: '' })).total).toBe(3);
  });

  describe('bad input: a clear error and the library unchanged', () => {
    async function expectRefused(folder: string, check: (r: ImportReport) => void) {
      core = openEmptyLibraryCore();
      const report = await importFolder(folder);
      expect(report.applied).toBe(false);
      check(report);
      expect((await core.call('library.search', { query: '' })).total).toBe(0);
      expect(core.ctx.db.prepare('SELECT count(*) FROM images').pluck().get()).toBe(0);
    }

    it('a photo path that leads outside the import folder', async () => {
      const bad = {
        ...exercise('Calf_Press'),
        images: ['Calf_Press/0.jpg', '../../../etc/passwd'],
      };
      await expectRefused(folderWith([exercise('Ankle_Circles'), bad], ['Ankle_Circles']), (r) => {
        expect(r.errors[0]).toMatchObject({
          itemIndex: 1,
          itemTitle: 'Calf Press',
          field: 'images[1]',
        });
        expect(r.errors[0]?.message).toMatch(/outside the import folder/);
      });
      await expectRefused(folderWith([{ ...bad, images: ['/etc/passwd'] }]), (r) => {
        expect(r.errors[0]?.field).toBe('images[0]');
      });
    });

    it('a link inside the folder that points outside it', async () => {
      const folder = folderWith([exercise('Calf_Press')]);
      const outside = tempDir('outside-');
      fs.cpSync(path.join(freeExerciseDbDir, 'images', 'Ankle_Circles'), outside, {
        recursive: true,
      });
      fs.mkdirSync(path.join(folder, 'images'));
      fs.symlinkSync(outside, path.join(folder, 'images', 'Calf_Press'));
      await expectRefused(folder, (r) => {
        // Both photos are refused, listed in the file's order (photos are read in parallel).
        expect(r.errors.map((e) => e.field)).toEqual(['images[0]', 'images[1]']);
        expect(r.errors[0]).toMatchObject({ itemIndex: 0, field: 'images[0]' });
        expect(r.errors[0]?.message).toMatch(/links to a file outside/);
      });
    });

    it('a file that claims to be an image and is not', async () => {
      const folder = folderWith([exercise('Ankle_Circles')], ['Ankle_Circles']);
      fs.writeFileSync(
        path.join(folder, 'images', 'Ankle_Circles', '1.jpg'),
        'plain text, not a JPEG',
      );
      await expectRefused(folder, (r) => {
        expect(r.errors[0]).toMatchObject({
          itemIndex: 0,
          itemTitle: 'Ankle Circles',
          field: 'images[1]',
        });
        expect(r.errors[0]?.message).toMatch(/images\/Ankle_Circles\/1\.jpg is not a PNG or JPEG/);
      });
    });

    it('malformed JSON, a non-list, and wrong-typed fields', async () => {
      const folder = folderWith([]);
      fs.writeFileSync(path.join(folder, 'exercises.json'), '[{"id": "x",');
      await expectRefused(folder, (r) =>
        expect(r.errors[0]?.message).toMatch(/exercises\.json is not valid JSON/),
      );
      await expectRefused(folderWith({ exercises: [] } as unknown as unknown[]), (r) =>
        expect(r.errors[0]?.message).toMatch(/should hold a list/),
      );
      const wrong = { ...exercise('Calf_Press'), level: 'elite', instructions: 'push' };
      await expectRefused(folderWith([exercise('Ankle_Circles'), wrong]), (r) => {
        expect(r.errors.map((e) => [e.itemIndex, e.field])).toEqual([
          [1, 'level'],
          [1, 'instructions'],
        ]);
      });
    });

    it('a folder without exercises.json', async () => {
      core = openEmptyLibraryCore();
      const error = await core.fail('library.importFreeExerciseDb', { folder: tempDir() });
      expect(error).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['folder'] }] });
      expect(error.message).toMatch(/has no exercises\.json/);
      const missing = await core.fail('library.importFreeExerciseDb', {
        folder: '/no/such/folder',
      });
      expect(missing.message).toMatch(/There is no folder at \/no\/such\/folder/);
    });
  });

  it('reports progress while it runs and can be cancelled without changing anything', async () => {
    core = openEmptyLibraryCore();
    const c = core;
    const running = c.call('library.importFreeExerciseDb', { folder: freeExerciseDbDir });
    // Polled until the photo phase (the long one, 1746 photos) however slow the machine is to
    // get there; the test's time limit is the only bound.
    let settled = false;
    const settle = () => (settled = true);
    running.then(settle, settle);
    let progress = await c.call('library.importProgress', {});
    while (!settled && progress.phase !== 'photos') {
      await new Promise((resolve) => setImmediate(resolve));
      progress = await c.call('library.importProgress', {});
    }
    expect(progress).toMatchObject({ running: true, phase: 'photos', total: 1746 });
    expect((await c.fail('library.importPack', { fileName: 'x.json', text: '{}' })).code).toBe(
      'CONFLICT',
    );
    expect(await c.call('library.cancelImport', {})).toEqual({ cancelled: true });
    const report = await running;
    expect(report).toMatchObject({ applied: false, added: 0 });
    expect(report.errors[0]?.message).toMatch(/cancelled/);
    expect(await c.call('library.importProgress', {})).toMatchObject({
      running: false,
      phase: 'cancelled',
    });
    expect((await c.call('library.search', { query: '' })).total).toBe(0);
  });
});
