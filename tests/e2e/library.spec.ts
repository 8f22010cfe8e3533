// The library end to end: search the built-in content, open an item, customise a copy, attach
// a photo, find the copy by a word from its steps, export it as a pack and import the pack into
// another (fresh) data folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, startHost, stopHost, test, unlockApp } from './fixtures';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const photo = path.join(
  repoRoot,
  'tests/fixtures/free-exercise-db/images/Standing_Gastrocnemius_Calf_Stretch/0.jpg',
);
const shots = path.join(repoRoot, 'test-results/screenshots');

/** The browser host saves with a picker when the browser has one; a download is testable.
 * (Reloads so the script runs in the page already open.) */
async function downloadsInsteadOfPicker(page: Page) {
  await page.addInitScript(() => {
    Object.defineProperty(globalThis, 'showSaveFilePicker', {
      value: undefined,
      configurable: true,
    });
  });
  await page.reload();
}

async function search(page: Page, text: string) {
  const box = page.getByRole('combobox', { name: 'Search the library' });
  await box.fill(text);
  return box;
}

test('search, open, customise a copy, attach a photo, find it, export and import a pack', async ({
  app,
  browser,
}) => {
  const { page } = app;
  await downloadsInsteadOfPicker(page);
  await app.goto('/library');
  const list = page.getByRole('listbox', { name: 'Library items' });
  await expect(list.getByRole('option').first()).toBeVisible();

  // Keyboard first: Ctrl+K focuses the search, the prefix "eccentr" finds the heel drops (the
  // word is in their text, not only titles), ↓ and Enter open one.
  await page.getByRole('heading', { name: 'Physioplan' }).click();
  await page.keyboard.press('Control+k');
  const box = page.getByRole('combobox', { name: 'Search the library' });
  await expect(box).toBeFocused();
  await page.keyboard.type('heel drop');
  await expect(
    list.getByRole('option', { name: /Slow heel drops off a step, knee straight/ }),
  ).toBeVisible();
  const options = list.getByRole('option');
  const titles = await options.allTextContents();
  const index = titles.findIndex((t) => t.includes('Slow heel drops off a step, knee straight'));
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: 'Slow heel drops off a step, knee straight', level: 2 }),
  ).toBeVisible();
  await expect(page.getByText('Built-in', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit' })).toHaveCount(0);

  // Customise a copy: the editor opens on the item's content; the copy is made on Save.
  await page.getByRole('button', { name: 'Customise a copy' }).click();
  await expect(
    page.getByRole('heading', { name: /^Customise a copy of “Slow heel drops/ }),
  ).toBeVisible();
  await page.getByLabel('Title').fill('My heel drops for runners');
  await page.getByRole('button', { name: 'Add a step' }).click();
  const steps = page.getByRole('group', { name: 'Steps for the patient' }).getByRole('textbox');
  await steps.last().fill('Hold the banister lightly for balance.');
  await page.getByLabel('Sets', { exact: true }).fill('4');

  // Attach a photo with the file picker.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose photos…' }).click();
  await (await chooser).setFiles(photo);
  await expect(page.getByRole('listitem', { name: 'Photo 1' })).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByRole('heading', { name: 'My heel drops for runners', level: 2 }),
  ).toBeVisible();
  await expect(page.getByText('Own item')).toBeVisible();
  await expect(page.getByRole('img', { name: 'My heel drops for runners, photo 1' })).toBeVisible();

  // Found by a word from its steps; accents and case do not matter.
  await search(page, 'BÂNIS');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText('My heel drops for runners');
  await expect(page.getByText('1 item', { exact: true })).toBeVisible();
  await page
    .getByRole('heading', { name: 'My heel drops for runners', level: 2 })
    .scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, 'library-item-with-photo.png') });

  // Export the items in the list (just the copy) as a pack.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Import / export' }).click();
  await page.getByRole('menuitem', { name: 'Export the items in the list…' }).click();
  const packFile = path.join(os.tmpdir(), `pack-${Date.now()}.json`);
  await (await download).saveAs(packFile);
  const pack = JSON.parse(fs.readFileSync(packFile, 'utf8')) as {
    items: { title: string }[];
    images: object;
  };
  expect(pack.items.map((i) => i.title)).toEqual(['My heel drops for runners']);
  // The copy carries the built-in item's line drawing and the photo attached here.
  expect(Object.keys(pack.images)).toHaveLength(2);

  // Import it into another clinic's fresh library.
  const otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'physioplan-e2e-other-'));
  const other = await startHost(otherDir);
  const otherPage = await browser.newPage();
  try {
    await otherPage.goto(other.url);
    await unlockApp(otherPage);
    await otherPage.goto(`${new URL(other.url).origin}/#/library`);
    await search(otherPage, 'banister');
    await expect(otherPage.getByText('0 items')).toBeVisible();
    const packChooser = otherPage.waitForEvent('filechooser');
    await otherPage.getByRole('button', { name: 'Import / export' }).click();
    await otherPage.getByRole('menuitem', { name: 'Import a pack…' }).click();
    await (await packChooser).setFiles(packFile);
    const report = otherPage.getByRole('region', { name: 'Import report' });
    await expect(report).toContainText('1 added, 0 updated, 0 skipped; 1 photos stored');
    await otherPage.keyboard.press('Escape');
    const otherList = otherPage.getByRole('listbox', { name: 'Library items' });
    await expect(otherList.getByRole('option')).toHaveCount(1);
    await otherList.getByRole('option').first().click();
    await expect(
      otherPage.getByRole('img', { name: 'My heel drops for runners, photo 1' }),
    ).toBeVisible();
  } finally {
    await otherPage.close();
    await stopHost(other);
    fs.rmSync(otherDir, { recursive: true, force: true });
  }

  // The list with facets, for the record.
  await search(page, '');
  await page.getByRole('button', { name: 'Filter by kind' }).click();
  await page.getByRole('checkbox', { name: /Exercise/ }).check();
  await page.keyboard.press('Escape');
  await list.getByRole('option').first().click();
  await page.screenshot({ path: path.join(shots, 'library-list.png') });
});

test('a broken pack is refused with a clear report and the library is unchanged', async ({
  app,
}) => {
  const { page } = app;
  await app.goto('/library');
  const count = page.getByText(/^\d+ items$/);
  await expect(count).toBeVisible();
  const before = await count.textContent();
  const bad = path.join(os.tmpdir(), `bad-pack-${Date.now()}.json`);
  fs.writeFileSync(
    bad,
    JSON.stringify({
      format: 'physioplan.library-pack',
      version: 1,
      exportedAt: '2026-11-22T09:00:00.000Z',
      items: [{ title: 'No kind', id: 'x' }],
      images: {},
    }),
  );
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import / export' }).click();
  await page.getByRole('menuitem', { name: 'Import a pack…' }).click();
  await (await chooser).setFiles(bad);
  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report).toContainText('Nothing was imported');
  await expect(report.getByRole('table', { name: 'Import errors' })).toContainText('1 (No kind)');
  await page.keyboard.press('Escape');
  await expect(count).toHaveText(before ?? '');
});

test('the editor names the field at fault and saves nothing until it is fixed', async ({ app }) => {
  const { page } = app;
  await app.goto('/library/new/exercise');
  await page.getByLabel('Sets', { exact: true }).fill('50');
  await page.getByRole('button', { name: 'Save' }).click();
  // Each message shows beside its field and in the list of problems beside Save.
  await expect(page.getByText('Give the item a title.', { exact: true })).toHaveCount(2);
  await expect(page.getByText('Sets must be at most 20.', { exact: true })).toHaveCount(2);
  await page.getByLabel('Title').fill('Stair calf raise');
  await page.getByLabel('Sets', { exact: true }).fill('3');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Edit “Stair calf raise”' })).toBeVisible();
  await search(page, 'stair calf');
  await expect(page.getByRole('listbox', { name: 'Library items' }).getByRole('option')).toHaveText(
    [/Stair calf raise/],
  );
});
