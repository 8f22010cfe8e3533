// Photos and copies made in the item editor are stored only when the clinician saves: a
// cancelled edit or copy leaves no item and no image behind.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../support/core';
import { photo } from '../support/images';
import { draft, openEmptyLibraryCore } from '../support/library';

let core: TestCore | undefined;
afterEach(() => core?.close());

const count = (c: TestCore, table: 'images' | 'library_items') =>
  c.ctx.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

const upload = async (width: number, colour = { r: 30, g: 120, b: 200 }) => ({
  fileName: 'heel-raise.jpg',
  dataBase64: (await photo({ width, height: width, colour })).data.toString('base64'),
});

describe('photos chosen in the editor', () => {
  it('are prepared for the preview without being stored', async () => {
    const c = (core = openEmptyLibraryCore());
    const item = await c.call('library.create', { draft: draft('Heel raises') });
    const prepared = await c.call('library.preparePhoto', { upload: await upload(2400) });
    expect(prepared.image).toMatchObject({ mimeType: 'image/jpeg', width: 1600, height: 1600 });
    // The clinician cancels here: nothing was written.
    expect(count(c, 'images')).toBe(0);
    expect((await c.call('library.get', { id: item.id })).images).toEqual([]);
  });

  it('are stored with Save, in the order of the draft', async () => {
    const c = (core = openEmptyLibraryCore());
    const item = await c.call('library.create', { draft: draft('Heel raises') });
    const a = await c.call('library.preparePhoto', { upload: await upload(300) });
    const b = await c.call('library.preparePhoto', {
      upload: await upload(200, { r: 10, g: 10, b: 10 }),
    });
    const saved = await c.call('library.update', {
      id: item.id,
      draft: { ...draft('Heel raises'), images: [b.image, a.image] },
      newPhotos: [a, b].map((p) => ({ sha256: p.image.sha256, dataBase64: p.dataBase64 })),
    });
    expect(saved.images.map((i) => i.sha256)).toEqual([b.image.sha256, a.image.sha256]);
    expect(count(c, 'images')).toBe(2);
  });

  it('that were removed again before Save are not stored', async () => {
    const c = (core = openEmptyLibraryCore());
    const a = await c.call('library.preparePhoto', { upload: await upload(300) });
    const created = await c.call('library.create', {
      draft: draft('Calf stretch'),
      newPhotos: [{ sha256: a.image.sha256, dataBase64: a.dataBase64 }],
    });
    expect(created.images).toEqual([]);
    expect(count(c, 'images')).toBe(0);
  });

  it('refuses bytes that are not the photo the draft names, and writes nothing', async () => {
    const c = (core = openEmptyLibraryCore());
    const item = await c.call('library.create', { draft: draft('Heel raises') });
    const a = await c.call('library.preparePhoto', { upload: await upload(300) });
    const other = await c.call('library.preparePhoto', {
      upload: await upload(300, { r: 0, g: 0, b: 0 }),
    });
    const error = await c.fail('library.update', {
      id: item.id,
      draft: { ...draft('Heel raises'), images: [a.image] },
      newPhotos: [{ sha256: a.image.sha256, dataBase64: other.dataBase64 }],
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('Photo 1 changed on its way to be saved. Attach it again.');
    expect(count(c, 'images')).toBe(0);
    expect((await c.call('library.get', { id: item.id })).images).toEqual([]);
  });
});

describe('customising a copy', () => {
  it('with the edited draft creates one linked copy with its new photo', async () => {
    const c = (core = openEmptyLibraryCore());
    const original = await c.call('library.create', { draft: draft('Plantar fascia stretch') });
    const items = count(c, 'library_items');
    const a = await c.call('library.preparePhoto', { upload: await upload(300) });
    const copy = await c.call('library.duplicate', {
      id: original.id,
      draft: { ...draft('Plantar fascia stretch, seated'), images: [a.image] },
      newPhotos: [{ sha256: a.image.sha256, dataBase64: a.dataBase64 }],
    });
    expect(copy).toMatchObject({ title: 'Plantar fascia stretch, seated', builtIn: false });
    expect(copy.copiedFromId).toBe(original.id);
    expect(copy.images).toEqual([a.image]);
    expect(count(c, 'library_items')).toBe(items + 1);
  });
});
