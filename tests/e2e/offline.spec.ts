// Offline guarantee: a full scenario through the UI while every request the page makes is
// recorded; none may leave 127.0.0.1. Anything else is also blocked, so a stray request
// cannot succeed even if the assertion were missed.
//
// Scenario: clinic settings with a logo, a patient, a plan built from a library search and
// issued, its home programme printed to PDF, a visit with an NPRS score, every section in the
// navigation, a backup, a whole-record export, the audit log and its CSV, then a restart.
import path from 'node:path';
import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures';

const files = path.resolve(import.meta.dirname, 'files');

/** Headless Chromium has no save dialog to show: make saving fall back to a download. */
async function saveAsDownload(page: Page): Promise<void> {
  const hide = () => {
    // It lives on Window.prototype; shadow it on the window (globalThis) itself.
    Object.defineProperty(globalThis, 'showSaveFilePicker', { value: undefined });
  };
  // For pages loaded from now on, and for the one already open.
  await page.addInitScript(hide);
  await page.evaluate(hide);
}

/** Loopback only (the host's port changes on restart); data: and blob: never leave the page. */
function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
  const parsed = new URL(url);
  return parsed.protocol === 'http:' && parsed.hostname === '127.0.0.1';
}

test('no request leaves the machine during a full working session', async ({ app }) => {
  // A whole working session in one test: more time than the default.
  test.slow();
  const { page } = app;
  await saveAsDownload(page);
  const origin = new URL(page.url()).origin;
  expect(new URL(origin).hostname).toBe('127.0.0.1');
  const seen: string[] = [];
  const foreign: string[] = [];
  const record = (request: Request) => {
    seen.push(request.url());
    if (!isLocal(request.url())) foreign.push(`${request.method()} ${request.url()}`);
  };
  page.context().on('request', record);
  page.on('websocket', (socket) => foreign.push(`websocket ${socket.url()}`));
  await page
    .context()
    .route('**/*', (route) =>
      isLocal(route.request().url()) ? route.continue() : route.abort('blockedbyclient'),
    );

  // Clinic settings and a logo.
  await app.goto('/settings');
  await page.getByLabel('Clinic name').fill('Offline Heel Clinic');
  await page.getByLabel('Clinician name').fill('Iris Novak');
  await page.getByLabel('Website').fill('https://offline-heel.example');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Clinic settings saved.')).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose logo…' }).click();
  await (await chooser).setFiles(path.join(files, 'clinic-logo.png'));
  await expect(page.getByRole('img', { name: 'Clinic logo' })).toBeVisible();

  // A patient and a plan for them.
  await app.goto('/patients/new');
  await page.getByLabel('First name').fill('Noor');
  await page.getByLabel('Last name').fill('Haddad');
  await page.getByLabel('Diagnosis').fill('Plantar heel pain, right');
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(page.getByRole('heading', { name: /Noor Haddad/ })).toBeVisible();
  await page.getByRole('button', { name: 'New plan' }).click();
  await page
    .getByRole('dialog', { name: 'New plan' })
    .getByRole('button', { name: 'Start plan' })
    .click();
  await expect(page).toHaveURL(/#\/patients\/[^/]+\/plans\/[^/]+/);
  // From the built-in library into the plan, then issue version 1.
  const library = page.getByRole('complementary', { name: 'Library' });
  await library.getByLabel('Search the library').fill('heel drop');
  const results = library.getByRole('list', { name: 'Library results' });
  await results.getByRole('button', { name: /^Add / }).first().click();
  await page.getByRole('button', { name: 'Issue plan' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Issue version 1' }).click();
  await expect(page.getByText('Version 1 issued.')).toBeVisible();

  // Print: the preview is the PDF made in the core; save the home programme.
  await page.getByRole('button', { name: 'Print v1…' }).first().click();
  const print = page.getByRole('dialog', { name: 'Print plan' });
  await expect(print.getByRole('img', { name: /^Page 1 of \d+$/ })).toBeVisible();
  const pdf = page.waitForEvent('download');
  await print.getByRole('button', { name: 'Save PDF…' }).click();
  expect((await pdf).suggestedFilename()).toMatch(/home-programme-v1-.*\.pdf$/);
  await print.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(print).toBeHidden();

  // A visit with an NPRS score.
  await app.goto('/patients');
  await page.getByRole('link', { name: 'Haddad, Noor' }).first().click();
  await page.getByRole('link', { name: 'Visits & progress' }).click();
  await page.getByRole('link', { name: 'Start visit' }).click();
  await expect(page.getByRole('heading', { name: /New visit/ })).toBeVisible();
  await page
    .getByRole('textbox', { name: 'Subjective', exact: true })
    .fill('First steps sore in the morning.');
  await page.getByRole('button', { name: 'Add measure' }).click();
  await page.getByRole('menuitem', { name: /^NPRS —/ }).click();
  await page.getByLabel(/^NPRS 1:/).click();
  await page.keyboard.type('5');
  await page.getByRole('button', { name: 'Save visit' }).click();
  await expect(page.getByText('Visit saved.')).toBeVisible();

  // Every section in the navigation, whatever main has by now.
  const navigation = page.getByRole('navigation', { name: 'Sections' });
  const links = await navigation.getByRole('link').all();
  expect(links.length).toBeGreaterThanOrEqual(3);
  for (const link of links) {
    const href = (await link.getAttribute('href')) ?? '';
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
    await expect(page.getByRole('main')).not.toBeEmpty();
    await expect(page.getByRole('alert')).toHaveCount(0);
  }

  // Backups: a backup and a whole-record export.
  await app.goto('/backups');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('table', { name: 'Backups' })).toContainText('Made by hand');
  await page
    .getByRole('textbox', { name: 'Passphrase for the export' })
    .fill('offline export passphrase');
  await page.getByRole('button', { name: 'Export whole record' }).click();
  await expect(page.getByText('Export written')).toBeVisible();

  // The audit log and its CSV.
  await app.goto('/audit');
  const trail = page.getByRole('region', { name: 'All changes' });
  await expect(trail.getByText('Clinic settings changed').first()).toBeVisible();
  await expect(trail.getByText('Patient created')).toBeVisible();
  await expect(trail.getByText('Plan created')).toBeVisible();
  await expect(trail.getByText('Plan version issued')).toBeVisible();
  await expect(trail.getByText('Visit created')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/offline-audit.png', fullPage: true });
  const download = page.waitForEvent('download');
  await trail.getByRole('button', { name: 'Export as CSV' }).click();
  await download;

  // And after a restart, the same again from a cold start.
  await app.restart();
  const restartedOrigin = new URL(page.url()).origin;
  await app.goto('/settings');
  await expect(page.getByLabel('Clinic name')).toHaveValue('Offline Heel Clinic');

  // The restarted host listens on the port it remembered in the data folder: the window's
  // address is the same, so its language and cached code are kept.
  expect(restartedOrigin).toBe(origin);
  expect(foreign).toEqual([]);
  expect(seen.filter((url) => !isLocal(url))).toEqual([]);
  expect(seen.length).toBeGreaterThan(20);
});
