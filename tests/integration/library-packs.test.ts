import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../shared/domain/library-pack';
import { closeAfterEach, openTestCore, type TestCore } from '../support/core';
import { photo } from '../support/images';
import { draft, fixturesDir, openEmptyLibraryCore } from '../support/library';

const track = closeAfterEach();

async function sourceWithPhoto(): Promise<{ core: TestCore; ids: string[] }> {
  const core = track(
    openTestCore(undefined, { resourcesDir: path.join(fixturesDir, 'resources-v1') }),
  );
  const mine = await core.call('library.create', {
    draft: draft('Stair heel raise', {
      instructions: ['Hold the rail.', 'Rise and lower slowly.'],
      bodyRegions: ['Calf'],
      parameters: { sets: 3, reps: 12, load: { type: 'band', colour: 'green' } },
    }),
  });
  await core.call('library.addImage', {
    id: mine.id,
    upload: {
      fileName: 'stairs.jpg',
      dataBase64: (await photo({ width: 120, height: 80 })).data.toString('base64'),
    },
  });
  const leaflet = await core.call('library.create', {
    draft: draft('Running shoes leaflet', { summary: 'Choosing shoes.' }, 'education'),
  });
  const builtIn = (await core.call('library.search', { query: 'ultrasound' })).items[0]?.id ?? '';
  return { core, ids: [mine.id, leaflet.id, builtIn] };
}

/** Everything a clinician could see of the library, to prove an import changed nothing. */
async function snapshot(core: TestCore) {
  const all = await core.call('library.search', { query: '', includeArchived: true, limit: 200 });
  const items = await Promise.all(all.items.map((i) => core.call('library.get', { id: i.id })));
  const images = core.ctx.db.prepare('SELECT count(*) FROM images').pluck().get();
  return { items, images };
}

function pack(items: unknown[], images: Record<string, unknown> = {}, version: unknown = 1) {
  return JSON.stringify({
    format: 'physioplan.library-pack',
    version,
    exportedAt: '2026-11-22T09:00:00.000Z',
    items,
    images,
  });
}

async function importText(
  core: TestCore,
  text: string,
  fileName = 'shared.json',
): Promise<ImportReport> {
  return core.call('library.importPack', { fileName, text });
}

describe('library packs', () => {
  it('exports a selection with photos and imports it into another library', async () => {
    const { core, ids } = await sourceWithPhoto();
    const exported = await core.call('library.exportPack', { ids });
    expect(exported).toMatchObject({ itemCount: 3, imageCount: 1 });
    expect(exported.fileName).toMatch(/^physioplan-library-3-items-2026-11-22\.json$/);
    const parsed = JSON.parse(exported.text) as {
      format: string;
      version: number;
      items: { title: string }[];
    };
    expect(parsed).toMatchObject({ format: 'physioplan.library-pack', version: 1 });

    const target = track(
      openTestCore(undefined, {
        resourcesDir: path.join(fixturesDir, 'resources-v1'),
        idPrefix: 'target',
      }),
    );
    const report = await importText(target, exported.text);
    expect(report).toMatchObject({
      applied: true,
      added: 2,
      updated: 0,
      skipped: 1,
      imagesStored: 1,
      errors: [],
    });
    expect(report.items.find((i) => i.outcome === 'skipped')?.reason).toMatch(/Built-in/);

    const copy = await target.call('library.get', { id: ids[0] ?? '' });
    expect(copy).toMatchObject({
      title: 'Stair heel raise',
      builtIn: false,
      parameters: { load: { type: 'band', colour: 'green' } },
    });
    expect(copy.images).toHaveLength(1);
    const bytes = await target.call('images.get', { sha256: copy.images[0]?.sha256 ?? '' });
    const original = await core.call('images.get', { sha256: copy.images[0]?.sha256 ?? '' });
    expect(bytes.dataBase64).toBe(original.dataBase64);
    expect((await target.call('library.search', { query: 'rail' })).items[0]?.title).toBe(
      'Stair heel raise',
    );
  });

  it('skips what is already there and updates what changed', async () => {
    const { core, ids } = await sourceWithPhoto();
    const first = await core.call('library.exportPack', { ids: ids.slice(0, 2) });
    const target = track(openEmptyLibraryCore());
    await importText(target, first.text);
    const again = await importText(target, first.text);
    expect(again).toMatchObject({ applied: true, added: 0, updated: 0, skipped: 2 });

    const item = await core.call('library.get', { id: ids[1] ?? '' });
    await core.call('library.update', {
      id: item.id,
      draft: { ...item, summary: 'Choosing and replacing running shoes.' },
    });
    const second = await core.call('library.exportPack', { ids: ids.slice(0, 2) });
    const update = await importText(target, second.text);
    expect(update).toMatchObject({ added: 0, updated: 1, skipped: 1 });
    expect((await target.call('library.get', { id: item.id })).summary).toBe(
      'Choosing and replacing running shoes.',
    );
  });

  it('exports every active item when no selection is given', async () => {
    const { core } = await sourceWithPhoto();
    const all = await core.call('library.exportPack', {});
    expect(all.itemCount).toBe(5);
    expect((await core.fail('library.exportPack', { ids: ['missing'] })).code).toBe('NOT_FOUND');
  });
});

describe('library pack bad input: clear errors and the library unchanged', () => {
  async function expectRefused(text: string, check: (report: ImportReport) => void) {
    const target = track(openEmptyLibraryCore());
    await target.call('library.create', { draft: draft('Existing item') });
    const before = await snapshot(target);
    const report = await importText(target, text, 'shared.json');
    expect(report.applied).toBe(false);
    expect(report.added + report.updated + report.skipped).toBe(0);
    expect(report.errors.length).toBeGreaterThan(0);
    check(report);
    expect(await snapshot(target)).toEqual(before);
  }

  const good = (title: string) => ({
    ...draft(title),
    id: `pack-${title}`,
    builtInKey: null,
    contentVersion: 0,
    source: null,
  });

  it('malformed JSON', async () => {
    await expectRefused('{"format": "physioplan.library-pack", "items": [', (r) => {
      expect(r.errors[0]?.message).toMatch(/^shared\.json is not valid JSON/);
    });
  });

  it('not a pack, and a pack from a newer version', async () => {
    await expectRefused(JSON.stringify([1, 2, 3]), (r) => {
      expect(r.errors[0]?.message).toMatch(/not a Physioplan library pack/);
    });
    await expectRefused(pack([good('A')], {}, 2), (r) => {
      expect(r.errors[0]?.message).toMatch(/newer version of Physioplan \(pack version 2\)/);
    });
    await expectRefused(pack([good('A')], {}, '1'), (r) => {
      expect(r.errors[0]?.message).toMatch(/no valid pack version/);
    });
  });

  it('missing and wrong-typed fields, each with item index and field', async () => {
    const { title: _t, ...noTitle } = good('B');
    const wrongType = { ...good('C'), parameters: { sets: 'three' } };
    await expectRefused(pack([good('A'), noTitle, wrongType]), (r) => {
      expect(r.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            itemIndex: 1,
            field: 'title',
            message: expect.stringMatching(/missing/),
          }),
          expect.objectContaining({ itemIndex: 2, itemTitle: 'C', field: 'parameters.sets' }),
        ]),
      );
    });
  });

  it('a file over the size limit', async () => {
    const huge = pack([{ ...good('A'), clinicianNotes: 'x'.repeat(100 * 1024 * 1024) }]);
    await expectRefused(huge, (r) => {
      expect(r.errors[0]?.message).toMatch(
        /shared\.json is 100\.0 MB; a library pack can be at most 50\.0 MB/,
      );
    });
  });

  it('a photo that is not an image, or does not match its checksum', async () => {
    const text = Buffer.from('I am a text file wearing a .jpg name');
    const sha = createHash('sha256').update(text).digest('hex');
    const item = {
      ...good('With photo'),
      images: [{ sha256: sha, mimeType: 'image/jpeg', width: 10, height: 10 }],
    };
    await expectRefused(
      pack([good('A'), item], {
        [sha]: { mimeType: 'image/jpeg', dataBase64: text.toString('base64') },
      }),
      (r) => {
        expect(r.errors[0]).toMatchObject({
          itemIndex: 1,
          itemTitle: 'With photo',
          field: 'images[0]',
        });
        expect(r.errors[0]?.message).toMatch(/not a PNG or JPEG image/);
      },
    );
    const real = (await photo({ width: 20, height: 20 })).data;
    await expectRefused(
      pack([item], { [sha]: { mimeType: 'image/jpeg', dataBase64: real.toString('base64') } }),
      (r) => {
        expect(r.errors[0]?.message).toMatch(/does not match its checksum|damaged/);
      },
    );
    await expectRefused(pack([item]), (r) => {
      expect(r.errors[0]).toMatchObject({
        itemIndex: 0,
        field: 'images[0]',
        message: 'This photo is not included in the pack.',
      });
    });
  });

  it('the same id twice', async () => {
    await expectRefused(pack([good('A'), good('A')]), (r) => {
      expect(r.errors[0]).toMatchObject({ itemIndex: 1, field: 'id' });
    });
  });
});
