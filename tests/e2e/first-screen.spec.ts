// The first screen: while the core has not answered yet, the page shows the app's layout (not a
// blank page or a lone spinner); then the patient list with its "New patient" link. Other
// screens load their code on first use and show the shape of a screen meanwhile.
import path from 'node:path';
import type { Route } from '@playwright/test';
import { expect, test } from './fixtures';

const shots = path.resolve(import.meta.dirname, '../../test-results/screenshots');

test('shows the layout at once, then the patient list; other screens load on first use', async ({
  app,
}) => {
  const { page } = app;
  // Hold the core's first answer to see what the page shows before it.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const holdStatus = async (route: Route) => {
    if (route.request().postData()?.includes('"recovery.status"')) await held;
    await route.continue();
  };
  // The method travels in the query string (?method=…), so match the path, not a glob.
  const isInvoke = (url: URL) => url.pathname === '/api/invoke';
  await page.route(isInvoke, holdStatus);
  // The Backups screen's code is held too (for the end of the test), so it is never cached.
  let releaseCode: () => void = () => undefined;
  const codeHeld = new Promise<void>((resolve) => (releaseCode = resolve));
  const holdCode = async (route: Route) => {
    await codeHeld;
    await route.continue();
  };
  await page.route('**/assets/BackupsPage-*.js', holdCode);
  await page.reload();

  const opening = page.getByRole('status', { name: 'Opening Physioplan' });
  await expect(opening).toBeVisible();
  await expect(opening).toContainText('Physioplan');
  await expect(page.getByRole('link', { name: 'New patient' })).toHaveCount(0);
  await page.screenshot({ path: path.join(shots, 'first-screen-opening.png') });

  release();
  await expect(page.getByRole('heading', { name: 'Patients', level: 2 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New patient' })).toBeVisible();
  await expect(opening).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Search patients' })).toBeFocused();
  await page.screenshot({ path: path.join(shots, 'first-screen-patients.png') });
  await page.unroute(isInvoke, holdStatus);

  // Opening the app on a screen whose code has not arrived yet: its skeleton, then the screen.
  await app.goto('/backups');
  await page.reload();
  await expect(page.getByRole('status', { name: 'Loading the screen' })).toBeVisible();
  await page.screenshot({ path: path.join(shots, 'first-screen-loading-a-screen.png') });
  releaseCode();
  await expect(page.getByRole('heading', { name: 'Backups' })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Loading the screen' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('combobox', { name: 'Search the library' })).toBeVisible();
});
