// The visit summary carries the clinic's logo in its letterhead, as the home sheet does.
process.env.TZ = 'UTC';

import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/core';
import { flat, parsePdf } from '../support/pdf';
import { emptyDraft, insertPatient } from '../support/visit-fixtures';

let core: TestCore;
beforeEach(() => {
  core = openTestCore();
  insertPatient(core.ctx.db, { id: 'pat-1', firstName: 'Maria', lastName: 'Okafor' });
});
afterEach(() => core.close());

async function firstPage() {
  const visit = await core.call('visits.create', emptyDraft('pat-1', '2026-11-15'));
  const exported = await core.call('pdf.visitSummary', { visitId: visit.id });
  const pdf = await parsePdf(Buffer.from(exported.dataBase64, 'base64'));
  (await import('node:fs')).writeFileSync(
    '/tmp/polish-visit.pdf',
    Buffer.from(exported.dataBase64, 'base64'),
  );
  return { page: pdf.pages[0], text: flat(pdf.text) };
}

describe('visit summary letterhead', () => {
  it('shows the clinic logo beside the clinic name', async () => {
    await core.call('settings.update', {
      clinicName: 'Harbour Physio',
      clinicianName: 'Sam Lee',
      credentials: 'MCSP',
      address: '1 Quay St',
      phone: '01632 960000',
      email: '',
      website: '',
      paperSize: 'A4',
      handoutLanguage: 'en',
      uiLanguage: 'en',
    });
    const logo = await sharp({
      create: { width: 300, height: 100, channels: 3, background: '#0b6e79' },
    })
      .png()
      .toBuffer();
    await core.call('settings.setLogo', {
      fileName: 'logo.png',
      dataBase64: logo.toString('base64'),
    });
    const { page, text } = await firstPage();
    expect(page?.images).toBe(1);
    expect(text).toContain('Harbour Physio');
    expect(text).toContain('Sam Lee, MCSP');
  });

  it('prints without an image when no logo is set', async () => {
    const { page } = await firstPage();
    expect(page?.images).toBe(0);
  });
});
