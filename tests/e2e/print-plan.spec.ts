// Issue a plan through the patients and plans screens, then print it: the dialog previews the
// exact PDF, the options change it, and Save gives files that parse and pass qpdf.
import fs from 'node:fs';
import type { Download, Locator } from '@playwright/test';
import { flat, parsePdf, qpdfCheck } from '../support/pdf';
import { expect, test } from './fixtures';

async function pageCount(dialog: Locator): Promise<number> {
  return Number((await dialog.getByText(/\d+ pages? ·/).textContent())?.match(/\d+/)?.[0]);
}

async function savedFile(download: Download): Promise<Buffer> {
  const bytes = fs.readFileSync(await download.path());
  qpdfCheck(bytes, download.suggestedFilename());
  return bytes;
}

test('issue a plan and print the home programme and the clinician summary', async ({ app }) => {
  const { page } = app;
  await app.goto('/patients/new');
  await page.getByLabel('First name').fill('Zoë');
  await page.getByLabel('Last name').fill('Ünal');
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(page.getByRole('heading', { name: 'Zoë Ünal' })).toBeVisible();
  await page.getByRole('button', { name: 'New plan' }).click();
  await page.getByLabel('Plan title').fill('Heel pain after running');
  await page.getByRole('button', { name: 'Start plan' }).click();
  const search = page.getByLabel('Search the library');
  for (const [query, title] of [
    ['plantar fascia stretch', 'Plantar fascia stretch'],
    ['shockwave plantar', 'Radial shockwave for plantar heel pain'],
  ] as const) {
    await search.fill(query);
    await page.getByRole('button', { name: new RegExp(`^Add ${title} to`) }).click();
    await expect(page.getByRole('region', { name: /^Phase:/ }).getByText(title)).toBeVisible();
  }
  await page.getByRole('button', { name: 'Issue plan' }).click();
  await page.getByRole('button', { name: 'Issue version 1' }).click();
  await expect(page.getByText('Version 1 issued.')).toBeVisible();

  await page.getByRole('button', { name: 'Print v1…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Print plan' });
  await expect(dialog.getByRole('img', { name: /^Page 1 of \d+$/ })).toBeVisible();
  const fileName = /Unal-Zoe-home-programme-v1-\d{4}-\d{2}-\d{2}\.pdf/;
  await expect(dialog.getByText(fileName)).toBeVisible();
  // The page is really drawn, not just a blank canvas (a minifier once left it empty).
  const firstPage = dialog.getByRole('img', { name: /^Page 1 of \d+$/ });
  await expect
    .poll(() =>
      firstPage.evaluate((element) => {
        // A canvas (this spec is type-checked without the DOM library).
        const canvas = element as unknown as {
          width: number;
          height: number;
          getContext(kind: '2d'): {
            getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
          } | null;
        };
        const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height);
        let dark = 0;
        for (let i = 0; i < (pixels?.data.length ?? 0); i += 4)
          if ((pixels?.data[i] ?? 255) < 128) dark += 1;
        return dark;
      }),
    )
    .toBeGreaterThan(500);
  await dialog.screenshot({ path: 'test-results/screenshots/print-plan-preview.png' });
  // Headless Chromium has no save picker to click through: take the download path.
  await page.evaluate(() => {
    Object.defineProperty(globalThis, 'showSaveFilePicker', {
      value: undefined,
      configurable: true,
    });
  });

  // Large print makes more pages.
  const normalPages = await pageCount(dialog);
  await dialog.getByLabel('Large print').check();
  await expect.poll(() => pageCount(dialog)).toBeGreaterThan(normalPages);

  const homeDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save PDF…' }).click();
  const home = await homeDownload;
  expect(home.suggestedFilename()).toMatch(fileName);
  await expect(dialog.getByRole('status')).toHaveText(/home-programme-v1-.*\.pdf was saved\./);
  const homePdf = await parsePdf(await savedFile(home));
  const homeText = flat(homePdf.text);
  expect(homeText).toContain('Zoë Ünal');
  expect(homeText).toContain('Plantar fascia stretch');
  expect(homeText).toContain('10 times, hold 10 s each, 3 times a day, every day — your sore leg');
  expect(homeText).not.toContain('shockwave');
  const stepSizes = homePdf.pages.flatMap((p) => p.runs.map((r) => r.size));
  expect(Math.max(...stepSizes)).toBeGreaterThanOrEqual(16);

  await dialog.getByRole('radiogroup', { name: 'Document' }).getByText('Clinician summary').click();
  await expect(dialog.getByText(/Unal-Zoe-plan-summary-v1-\d{4}-\d{2}-\d{2}\.pdf/)).toBeVisible();
  const summaryDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save PDF…' }).click();
  const summaryText = flat((await parsePdf(await savedFile(await summaryDownload))).text);
  expect(summaryText).toContain('Treatment plan summary');
  expect(summaryText).toContain('Radial shockwave for plantar heel pain');
  expect(summaryText).toContain('2.5 bar');

  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toBeHidden();
});
