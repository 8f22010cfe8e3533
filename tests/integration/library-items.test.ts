import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../electron/core/audit/audit-log';
import { draftOf } from '../../electron/core/library/library-service';
import { openTestCore, type TestCore } from '../support/core';
import { photo } from '../support/images';
import { draft, fixturesDir, openEmptyLibraryCore } from '../support/library';

let core: TestCore | undefined;
afterEach(() => core?.close());

const upload = (bytes: Buffer, fileName = 'photo.jpg') => ({
  fileName,
  dataBase64: bytes.toString('base64'),
});

describe('library items', () => {
  it('creates an item and refuses bad parameters, naming the field', async () => {
    core = openEmptyLibraryCore();
    const item = await core.call('library.create', {
      draft: draft('Heavy slow calf raise', { parameters: { sets: 4, reps: 8, tempo: '3-0-3' } }),
    });
    expect(item).toMatchObject({
      title: 'Heavy slow calf raise',
      builtIn: false,
      parameters: { tempo: '3-0-3' },
    });

    const badSets = await core.fail('library.create', {
      draft: draft('Too many sets', { parameters: { sets: 50 } }),
    });
    expect(badSets.code).toBe('VALIDATION');
    expect(badSets.issues?.[0]).toMatchObject({ path: ['draft', 'parameters', 'sets'] });
    expect(badSets.message).toContain('Sets must be at most 20');

    const noTitle = await core.fail('library.create', { draft: draft('  ') });
    expect(noTitle.issues?.[0]).toMatchObject({
      path: ['draft', 'title'],
      message: 'Give the item a title.',
    });

    const wrongKind = await core.fail('library.create', {
      draft: {
        ...draft('Ultrasound'),
        kind: 'modality',
        parameters: { device: 'ultrasound', frequencyMHz: 2 },
      },
    });
    expect(wrongKind.message).toMatch(/1 or 3 MHz|Intensity/);
    expect((await core.call('library.search', { query: '' })).total).toBe(1);
  });

  it('updates an own item and writes each change to the audit log', async () => {
    core = openEmptyLibraryCore();
    const item = await core.call('library.create', { draft: draft('Soleus stretch') });
    const updated = await core.call('library.update', {
      id: item.id,
      draft: { ...draftOf(item), instructions: ['Bend the back knee.'], difficulty: 'beginner' },
    });
    expect(updated.instructions).toEqual(['Bend the back knee.']);
    expect(updated.updatedAt > item.updatedAt).toBe(true);
    const rows = core.ctx.db
      .prepare("SELECT action, fields FROM audit_log WHERE entity = 'library_item' ORDER BY seq")
      .all();
    expect(rows).toEqual([
      { action: 'create', fields: '[]' },
      { action: 'update', fields: '["difficulty","instructions"]' },
    ]);
    expect(verifyAuditLog(core.ctx.db).ok).toBe(true);
  });

  it('keeps built-in items read-only and customises a copy', async () => {
    core = openTestCore(undefined, { resourcesDir: path.join(fixturesDir, 'resources-v1') });
    const builtIn = (await core.call('library.search', { query: 'heel drop' })).items[0];
    expect(builtIn).toMatchObject({ builtIn: true, title: 'Fixture eccentric heel drop' });
    const id = builtIn?.id ?? '';
    const original = await core.call('library.get', { id });

    const refused = await core.fail('library.update', {
      id,
      draft: { ...draftOf(original), title: 'Mine' },
    });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('Customise a copy');
    const photoRefused = await core.fail('library.addImage', {
      id,
      upload: upload((await photo({ width: 50, height: 50 })).data),
    });
    expect(photoRefused.code).toBe('CONFLICT');

    const copy = await core.call('library.duplicate', { id });
    expect(copy).toMatchObject({
      title: 'Fixture eccentric heel drop (copy)',
      builtIn: false,
      builtInKey: null,
      copiedFromId: id,
      parameters: original.parameters,
      instructions: original.instructions,
    });
    const edited = await core.call('library.update', {
      id: copy.id,
      draft: {
        ...draftOf(copy),
        title: 'My heel drop',
        kind: 'exercise',
        parameters: { sets: 2, reps: 20 },
      },
    });
    expect(edited.parameters).toEqual({ sets: 2, reps: 20 });
    expect((await core.call('library.get', { id })).title).toBe('Fixture eccentric heel drop');
  });

  it('archives and restores, and reports unknown items', async () => {
    core = openEmptyLibraryCore();
    const item = await core.call('library.create', { draft: draft('Marble pick-up') });
    expect((await core.call('library.archive', { id: item.id })).archived).toBe(true);
    expect((await core.call('library.search', { query: 'marble' })).total).toBe(0);
    expect((await core.call('library.restore', { id: item.id })).archived).toBe(false);
    expect((await core.call('library.search', { query: 'marble' })).total).toBe(1);
    expect((await core.fail('library.archive', { id: 'missing' })).code).toBe('NOT_FOUND');
  });
});

describe('library photos', () => {
  it('stores a photo downscaled to 1600 px and shows it as the thumbnail', async () => {
    core = openEmptyLibraryCore();
    const item = await core.call('library.create', { draft: draft('Towel curl') });
    const withPhoto = await core.call('library.addImage', {
      id: item.id,
      upload: upload((await photo({ width: 3200, height: 2400 })).data),
    });
    expect(withPhoto.images).toHaveLength(1);
    expect(withPhoto.images[0]).toMatchObject({
      mimeType: 'image/jpeg',
      width: 1600,
      height: 1200,
    });
    const stored = await core.call('images.get', { sha256: withPhoto.images[0]?.sha256 ?? '' });
    const meta = await sharp(Buffer.from(stored.dataBase64, 'base64')).metadata();
    expect([meta.width, meta.height]).toEqual([1600, 1200]);

    const found = await core.call('library.search', { query: 'towel' });
    expect(found.items[0]?.thumbnail).toEqual(withPhoto.images[0]);
    const thumb = await core.call('library.thumbnail', {
      sha256: withPhoto.images[0]?.sha256 ?? '',
      size: 96,
    });
    const thumbMeta = await sharp(Buffer.from(thumb.dataBase64, 'base64')).metadata();
    expect([thumbMeta.width, thumbMeta.height]).toEqual([96, 96]);
  });

  it('reorders and removes photos', async () => {
    core = openEmptyLibraryCore();
    const item = await core.call('library.create', { draft: draft('Short foot') });
    await core.call('library.addImage', {
      id: item.id,
      upload: upload(
        (await photo({ width: 40, height: 40, colour: { r: 255, g: 0, b: 0 } })).data,
        'a.png',
      ),
    });
    await core.call('library.addImage', {
      id: item.id,
      upload: upload(
        (await photo({ width: 40, height: 40, colour: { r: 0, g: 255, b: 0 } })).data,
        'b.png',
      ),
    });
    const three = await core.call('library.addImage', {
      id: item.id,
      upload: upload(
        (await photo({ width: 40, height: 40, colour: { r: 0, g: 0, b: 255 }, format: 'png' }))
          .data,
        'c.png',
      ),
    });
    const [a, b, c] = three.images.map((i) => i.sha256) as [string, string, string];
    expect(three.images[2]?.mimeType).toBe('image/png');

    const reordered = await core.call('library.reorderImages', { id: item.id, sha256s: [c, a, b] });
    expect(reordered.images.map((i) => i.sha256)).toEqual([c, a, b]);
    expect(
      (await core.call('library.search', { query: 'short' })).items[0]?.thumbnail?.sha256,
    ).toBe(c);

    const stale = await core.fail('library.reorderImages', { id: item.id, sha256s: [a, b] });
    expect(stale.code).toBe('CONFLICT');

    const removed = await core.call('library.removeImage', { id: item.id, sha256: c });
    expect(removed.images.map((i) => i.sha256)).toEqual([a, b]);
    expect(
      (await core.call('library.search', { query: 'short' })).items[0]?.thumbnail?.sha256,
    ).toBe(a);
  });

  it('refuses a file that is not an image and keeps the item as it was', async () => {
    core = openEmptyLibraryCore();
    const item = await core.call('library.create', { draft: draft('Arch doming') });
    const error = await core.fail('library.addImage', {
      id: item.id,
      upload: upload(Buffer.from('just some text pretending to be a photo'), 'arch.jpg'),
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('arch.jpg is not a PNG or JPEG image');
    expect(error.issues?.[0]?.path).toEqual(['images']);
    expect((await core.call('library.get', { id: item.id })).images).toEqual([]);
  });

  it('refuses photos that are not stored when saving a draft', async () => {
    core = openEmptyLibraryCore();
    const error = await core.fail('library.create', {
      draft: draft('Ghost photo', {
        images: [{ sha256: 'a'.repeat(64), mimeType: 'image/png', width: 10, height: 10 }],
      }),
    });
    expect(error.issues?.[0]?.path).toEqual(['images', 0]);
  });
});

describe('library FTS index', () => {
  it('follows every write made with SQL, kept in step by triggers', async () => {
    core = openEmptyLibraryCore();
    const item = await core.call('library.create', { draft: draft('Gluteal bridge') });
    core.ctx.db.prepare("UPDATE library_items SET title = 'Hip thrust' WHERE id = ?").run(item.id);
    expect((await core.call('library.search', { query: 'bridge' })).total).toBe(0);
    expect((await core.call('library.search', { query: 'thrust' })).items[0]?.id).toBe(item.id);
    const count = core.ctx.db.prepare('SELECT count(*) FROM library_fts').pluck().get();
    expect(count).toBe(1);
  });
});
