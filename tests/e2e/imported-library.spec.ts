// free-exercise-db beside a heel pain plan: its hundreds of gym exercises do not flood the
// plan's library panel (hidden until included), heel pain content is listed first, and
// imported items say where they came from ("free-exercise-db", not "Own item").
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
