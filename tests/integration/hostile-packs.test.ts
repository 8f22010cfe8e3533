// Hostile library packs: malformed, truncated, future-version and tampered packs. Each must
// come back as a report that names the problem, and leave the library exactly as it was.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photo } from '../support/images';
import { draft, openEmptyLibraryCore } from '../support/library';
import type { TestCore } from '../support/core';

let core: TestCore;
let good: {
  format: string;
  version: number;
  items: Record<string, unknown>[];
  images: Record<string, { mimeType: string; dataBase64: string }>;
};
let goodText: string;
let photoSha: string;

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A deep copy of the good pack with a change applied. */
function variant(change: (pack: typeof good) => unknown): string {
  const copy = JSON.parse(goodText) as typeof good;
  const changed = change(copy);
  return JSON.stringify(changed ?? copy);
}

async function librarySnapshot() {
  const db = core.ctx.db;
  return {
    items: db.prepare('SELECT * FROM library_items ORDER BY id').all(),
    images: db.prepare('SELECT count(*) FROM images').pluck().get(),
    audit: db.prepare('SELECT count(*) FROM audit_log').pluck().get(),
  };
}

beforeAll(async () => {
  core = openEmptyLibraryCore();
  const item = await core.call('library.create', {
    draft: draft('Eccentric heel drop on a step', {
      instructions: ['Rise on both feet.', 'Lower on the painful side over 3 seconds.'],
      parameters: { sets: 3, reps: 15 },
    }),
  });
  const bytes = (await photo({ width: 64, height: 48 })).data;
  await core.call('library.addImage', {
    id: item.id,
    upload: { fileName: 'drop.jpg', dataBase64: bytes.toString('base64') },
  });
  const exported = await core.call('library.exportPack', { ids: [item.id] });
  goodText = exported.text;
  good = JSON.parse(goodText) as typeof good;
  photoSha = Object.keys(good.images)[0] ?? '';
  // Imported into the library it came from, the pack changes nothing either: use a copy
  // with new ids so the good pack really would add something.
  goodText = variant((p) => {
    for (const i of p.items) i['id'] = `${String(i['id'])}-shared`;
  });
  expect(sha256(Buffer.from(good.images[photoSha]?.dataBase64 ?? '', 'base64'))).toBe(photoSha);
});
afterAll(() => core.close());

const cases: [string, () => string | Promise<string>, RegExp][] = [
  ['an empty file', () => '', /not valid JSON/],
  [
    'a pack cut off half-way',
    () => goodText.slice(0, Math.floor(goodText.length / 2)),
    /not valid JSON/,
  ],
  ['a JSON array', () => '[1, 2, 3]', /does not hold a pack object/],
  ['another format', () => variant((p) => ({ ...p, format: 'zip' })), /its "format" is not/],
  ['no version', () => variant((p) => ({ ...p, version: 'one' })), /no valid pack version/],
  [
    'a newer pack version',
    () => variant((p) => ({ ...p, version: 99 })),
    /newer version of Physioplan/,
  ],
  ['items that are not a list', () => variant((p) => ({ ...p, items: 'all of them' })), /./],
  [
    'an item without a title',
    () =>
      variant((p) => {
        delete p.items[0]?.['title'];
      }),
    /./,
  ],
  [
    'an item of an unknown kind',
    () =>
      variant((p) => {
        if (p.items[0]) p.items[0]['kind'] = 'surgery';
      }),
    /./,
  ],
  [
    'sets as a string of SQL',
    () =>
      variant((p) => {
        const i = p.items[0];
        if (i)
          i['parameters'] = { ...(i['parameters'] as object), sets: '3; DROP TABLE library_items' };
      }),
    /./,
  ],
  [
    'two items with the same id',
    () => variant((p) => ({ ...p, items: [p.items[0], p.items[0]] })),
    /Same id as item 1/,
  ],
  [
    'a photo named but not included',
    () => variant((p) => ({ ...p, images: {} })),
    /not included in the pack/,
  ],
  [
    'a photo whose bytes were changed',
    () =>
      variant((p) => {
        const img = p.images[photoSha];
        if (img)
          img.dataBase64 = Buffer.from('tampered').toString('base64') + img.dataBase64.slice(12);
      }),
    /does not match its checksum|not valid base64/,
  ],
  [
    'a photo that is really a text file',
    () =>
      variant((p) => {
        const text = Buffer.from('#!/bin/sh\nrm -rf /\n');
        const sha = sha256(text);
        p.images = { [sha]: { mimeType: 'image/jpeg', dataBase64: text.toString('base64') } };
        for (const i of p.items)
          i['images'] = [{ sha256: sha, mimeType: 'image/jpeg', width: 64, height: 48 }];
      }),
    /./,
  ],
  [
    'an image key that is not a hash',
    () => variant((p) => ({ ...p, images: { '../../etc/passwd': p.images[photoSha] } })),
    /./,
  ],
  [
    'a title of 100,000 characters',
    () =>
      variant((p) => {
        if (p.items[0]) p.items[0]['title'] = 'x'.repeat(100_000);
      }),
    /./,
  ],
  [
    'nesting 5,000 levels deep',
    // Built as text: JSON.stringify itself runs out of stack at this depth.
    () =>
      variant((p) => {
        if (p.items[0]) p.items[0]['parameters'] = 'DEEP';
      }).replace('"DEEP"', `${'['.repeat(5000)}1${']'.repeat(5000)}`),
    /./,
  ],
];

describe('hostile library packs are refused and change nothing', () => {
  it.each(cases)('%s', async (_kind, make, message) => {
    const before = await librarySnapshot();
    const text = await make();
    const result = await core.dispatch('library.importPack', {
      fileName: 'shared-pack.json',
      text,
    });
    if (result.ok) {
      const report = result.value as { applied: boolean; errors: { message: string }[] };
      expect(report.applied).toBe(false);
      expect(report.errors.length).toBeGreaterThan(0);
      expect(report.errors.map((e) => e.message).join(' ')).toMatch(message);
    } else {
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.message).toMatch(message);
    }
    expect(await librarySnapshot()).toEqual(before);
    const check: unknown = core.ctx.db.pragma('integrity_check', { simple: true });
    expect(check).toBe('ok');
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('ignores prototype-polluting keys and pollutes nothing', async () => {
    const text = variant((p) => {
      for (const i of p.items) i['id'] = `${String(i['id'])}-proto`;
    }).replace('{', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":1}},');
    const report = await core.call('library.importPack', { fileName: 'proto.json', text });
    expect(report.applied).toBe(true);
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect({}).not.toHaveProperty('polluted');
  });

  it('still imports the good pack afterwards', async () => {
    const report = await core.call('library.importPack', {
      fileName: 'shared-pack.json',
      text: goodText,
    });
    expect(report).toMatchObject({ applied: true, added: 1 });
    console.log(
      `hostile packs: ${cases.length} kinds tried, all refused with the library unchanged`,
    );
  });
});
