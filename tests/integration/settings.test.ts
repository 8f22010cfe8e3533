import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/core';
import { clinicSettings } from '../support/records';

const details = clinicSettings({
  clinicName: 'Heel & Sole Physiotherapy',
  clinicianName: 'Zoë Ünal',
  credentials: 'MSc, MCSP',
  address: '12 Harbour Road\nBristol BS1 4QA',
  phone: '+44 117 496 0123',
  email: 'reception@heelandsole.example',
  website: 'https://heelandsole.example',
  paperSize: 'Letter',
  handoutLanguage: 'el',
});

async function png(width: number, height: number): Promise<string> {
  const buffer = await sharp({
    create: { width, height, channels: 4, background: { r: 20, g: 120, b: 200, alpha: 1 } },
  })
    .png()
    .toBuffer();
  return buffer.toString('base64');
}

let core: TestCore | undefined;
afterEach(() => core?.close());

describe('clinic settings', () => {
  it('starts empty with A4 and English defaults', async () => {
    core = openTestCore();
    const settings = await core.call('settings.get', {});
    expect(settings).toMatchObject({
      clinicName: '',
      paperSize: 'A4',
      handoutLanguage: 'en',
      logo: null,
    });
  });

  it('saves details and keeps them across a reopen', async () => {
    core = openTestCore();
    await core.call('settings.update', details);
    const dir = core.dataDir;
    core.close();
    core = openTestCore(dir);
    expect(await core.call('settings.get', {})).toMatchObject(details);
  });

  it('rejects an invalid email and an over-long name, naming the field, and saves nothing', async () => {
    core = openTestCore();
    const bad = await core.fail('settings.update', { ...details, email: 'not-an-email' });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.issues?.[0]?.path).toEqual(['email']);
    const long = await core.fail('settings.update', { ...details, clinicName: 'x'.repeat(121) });
    expect(long.issues?.[0]).toMatchObject({ path: ['clinicName'] });
    expect(long.message).toContain('120 characters');
    expect((await core.call('settings.get', {})).clinicName).toBe('');
  });

  it('stores a logo downscaled to 1024 px and serves it back', async () => {
    core = openTestCore();
    const settings = await core.call('settings.setLogo', {
      fileName: 'logo.png',
      dataBase64: await png(3000, 1500),
    });
    expect(settings.logo).toMatchObject({ mimeType: 'image/png', width: 1024, height: 512 });
    const image = await core.call('images.get', { sha256: settings.logo?.sha256 ?? '' });
    const meta = await sharp(Buffer.from(image.dataBase64, 'base64')).metadata();
    expect([meta.width, meta.height]).toEqual([1024, 512]);
  });

  it('refuses a file that is not an image and keeps the previous logo', async () => {
    core = openTestCore();
    const first = await core.call('settings.setLogo', {
      fileName: 'logo.png',
      dataBase64: await png(200, 100),
    });
    const error = await core.fail('settings.setLogo', {
      fileName: 'notes.png',
      dataBase64: Buffer.from('this is a text file, not a picture').toString('base64'),
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('not a PNG or JPEG image');
    expect(error.issues?.[0]?.path).toEqual(['logo']);
    expect((await core.call('settings.get', {})).logo).toEqual(first.logo);
  });

  it('refuses a logo over 5 MB before decoding it', async () => {
    core = openTestCore();
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, 1).toString('base64');
    const error = await core.fail('settings.setLogo', { fileName: 'huge.jpg', dataBase64: big });
    expect(error.message).toMatch(/5\.0 MB.*limit is 5\.0 MB/);
    expect((await core.call('settings.get', {})).logo).toBeNull();
  });
});
