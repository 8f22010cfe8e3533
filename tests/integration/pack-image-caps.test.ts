// Library pack photos are refused before decoding when nobody uses them, when there are too
// many, or when their headers announce more pixels than any clinic photo has.
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACK_MAX_IMAGES, packImageProblems } from '../../electron/core/library/pack-image-limits';
import type { LibraryPack } from '../../shared/domain/library-pack';
import type { TestCore } from '../support/core';
import { photo } from '../support/images';
import { draft, openEmptyLibraryCore } from '../support/library';

interface PackJson {
  items: {
    id: string;
    images: { sha256: string; mimeType: string; width: number; height: number }[];
  }[];
  images: Record<string, { mimeType: string; dataBase64: string }>;
}

let core: TestCore;
let pack: PackJson;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG whose header claims `width` × `height`, with a token of pixel data. */
function hugePng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.alloc(1024))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function importPack(text: string) {
  return core.call('library.importPack', { fileName: 'clinic-pack.json', text });
}

const libraryCount = () => core.ctx.db.prepare('SELECT count(*) FROM library_items').pluck().get();

beforeAll(async () => {
  core = openEmptyLibraryCore();
  const item = await core.call('library.create', { draft: draft('Calf raise on a step') });
  await core.call('library.addImage', {
    id: item.id,
    upload: {
      fileName: 'calf.jpg',
      dataBase64: (await photo({ width: 64, height: 48 })).data.toString('base64'),
    },
  });
  pack = JSON.parse((await core.call('library.exportPack', { ids: [item.id] })).text) as PackJson;
  for (const i of pack.items) i.id = `${i.id}-shared`;
});
afterAll(() => core.close());

describe('library pack photo caps', () => {
  it('refuses photos no item uses, before decoding them', async () => {
    const before = libraryCount();
    const copy = structuredClone(pack);
    for (let n = 0; n < 3; n += 1) {
      const bytes = (await photo({ width: 32 + n, height: 32 })).data;
      copy.images[sha256(bytes)] = { mimeType: 'image/jpeg', dataBase64: bytes.toString('base64') };
    }
    const report = await importPack(JSON.stringify(copy));
    expect(report.applied).toBe(false);
    expect(report.errors.filter((e) => /not used by any item/.test(e.message))).toHaveLength(3);
    expect(libraryCount()).toBe(before);
  });

  it('refuses a photo whose header announces 16000 × 16000 pixels', async () => {
    const before = libraryCount();
    const copy = structuredClone(pack);
    const bytes = hugePng(16_000, 16_000);
    const sha = sha256(bytes);
    copy.images = { [sha]: { mimeType: 'image/png', dataBase64: bytes.toString('base64') } };
    for (const i of copy.items)
      i.images = [{ sha256: sha, mimeType: 'image/png', width: 16_000, height: 16_000 }];
    const report = await importPack(JSON.stringify(copy));
    expect(report.applied).toBe(false);
    expect(report.errors.map((e) => e.message)).toContain(
      'This photo is 256 megapixels; a photo in a pack can be at most 40 megapixels. Make it smaller first.',
    );
    expect(libraryCount()).toBe(before);
  });

  it(`caps a pack at ${PACK_MAX_IMAGES} photos`, async () => {
    const images: Record<string, { mimeType: string; dataBase64: string }> = {};
    const items = [];
    for (let n = 0; n <= PACK_MAX_IMAGES; n += 1) {
      const sha = sha256(Buffer.from(String(n)));
      images[sha] = { mimeType: 'image/png', dataBase64: '' };
      items.push({ images: [{ sha256: sha }] });
    }
    const problems = await packImageProblems({ items, images } as unknown as LibraryPack);
    expect(problems.map((p) => p.message)).toEqual([
      `The pack has ${PACK_MAX_IMAGES + 1} photos; a pack can have at most ${PACK_MAX_IMAGES}.`,
    ]);
  });

  it('still imports the pack with its one used photo', async () => {
    const report = await importPack(JSON.stringify(pack));
    expect(report).toMatchObject({ applied: true, added: 1 });
  });
});
