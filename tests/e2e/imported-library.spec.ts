// free-exercise-db beside a heel pain plan: its hundreds of gym exercises do not flood the
// plan's library panel (hidden until included), heel pain content is listed first, and
// imported items say where they came from ("free-exercise-db", not "Own item").
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { call, seedClinic } from './seed';

const FOLDER = path.resolve(import.meta.dirname, '../fixtures/free-exercise-db');

test.describe.configure({ timeout: 150_000 });

test('the plan panel lists heel pain content first and imported items only when included', async ({
  app,
}) => {
  const { page } = app;
  const clinic = await seedClinic(page);
  const report = await call(page, 'library.importFreeExerciseDb', { folder: FOLDER });
  expect(report.added).toBeGreaterThan(800);
  // The first heel pain item by title, found by the condition filter.
  const heelPain = await call(page, 'library.search', {
    query: '',
    conditions: ['Plantar heel pain'],
    origins: ['built-in', 'own'],
    limit: 1,
  });
  const first = heelPain.items[0]?.title ?? '';

  await app.goto(`/patients/${clinic.patientId}/plans/${clinic.planId}`);
  const panel = page.getByRole('complementary', { name: 'Library' });
  const results = panel.getByRole('list', { name: 'Library results' }).getByRole('listitem');
  await expect(results.first()).toContainText(first);
  await expect(panel.getByText('free-exercise-db', { exact: true })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/plan-panel-heel-pain-first.png' });

  await panel.getByLabel('Search the library').fill('kettlebell windmill');
  await expect(panel.getByText(/Nothing in the library matches/)).toBeVisible();
  const include = panel.getByRole('checkbox', { name: /^Include free-exercise-db items/ });
  await include.check();
  const windmill = panel.getByRole('button', { name: /^Add Advanced Kettlebell Windmill to / });
  await expect(windmill).toBeVisible();
  await expect(windmill.getByText('free-exercise-db', { exact: true })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/plan-panel-imported-included.png' });

  // In the library the item reads as imported, with a Source filter.
  const imported = await call(page, 'library.search', { query: '3/4 Sit-Up', limit: 1 });
  await app.goto(`/library/${imported.items[0]?.id ?? ''}`);
  await expect(page.getByRole('heading', { name: '3/4 Sit-Up' })).toBeVisible();
  await expect(page.getByText('free-exercise-db', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('Own item', { exact: true })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/library-imported-source.png' });
});

test('the browser host chooses the import folder from a folder list, by keyboard', async ({
  app,
}) => {
  const { page } = app;
  // A folder under the home folder, as a clinician would have unpacked the download.
  const base = fs.mkdtempSync(path.join(os.homedir(), 'physioplan-e2e-folders-'));
  const target = path.join(base, 'free-exercise-db');
  fs.mkdirSync(path.join(target, 'exercises'), { recursive: true });
  try {
    await app.goto('/library');
    await page.getByRole('button', { name: 'Import / export' }).click();
    await page.getByRole('menuitem', { name: 'Import free-exercise-db…' }).click();
    await page.getByRole('button', { name: 'Choose folder…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Choose the free-exercise-db folder' });
    await expect(dialog.getByText(`Folder: ${os.homedir()}`)).toBeVisible();

    await dialog.getByRole('button', { name: `Open ${path.basename(base)}` }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog.getByText(`Folder: ${base}`)).toBeVisible();
    const only = dialog.getByRole('button', { name: 'Open free-exercise-db' });
    // The opened folder's first entry takes focus, ready for ↑ ↓ and Enter.
    await expect(only).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog.getByText(`Folder: ${target}`)).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Open exercises' })).toBeVisible();
    await page.keyboard.press('Backspace');
    await expect(dialog.getByText(`Folder: ${base}`)).toBeVisible();
    await only.click();
    await page.screenshot({ path: 'test-results/screenshots/folder-chooser.png' });
    await dialog.getByRole('button', { name: 'Choose this folder' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('textbox', { name: 'Folder' })).toHaveValue(target);
  } finally {
    fs.rmSync(base, { recursive: true, force: true });
  }
});
