import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, startHost, stopHost, test, unlockApp } from './fixtures';

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

async function saveClinicName(page: Page, name: string): Promise<void> {
  await page.getByLabel('Clinic name').fill(name);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Clinic settings saved.').last()).toBeVisible();
}

test('back up, change, restore: the record comes back and the audit log shows it', async ({
  app,
}) => {
  const { page } = app;
  await saveAsDownload(page);
  await app.goto('/settings');
  await saveClinicName(page, 'Before the mistake');

  await app.goto('/backups');
  await expect(page.getByRole('heading', { name: 'Backups' })).toBeVisible();
  // A new clinic already has its first backup, made when Physioplan first started.
  const table = page.getByRole('table', { name: 'Backups' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('Daily (automatic)');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table).toContainText('Made by hand');

  await app.goto('/settings');
  await saveClinicName(page, 'After the mistake');

  await app.goto('/backups');
  await table
    .getByRole('row', { name: /Made by hand/ })
    .getByRole('button', { name: /Restore the backup from/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('backs up the record as it is now');
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByText(/Restored the backup from/)).toBeVisible();
  await expect(table).toContainText('Before a restore');
  await page.screenshot({ path: 'test-results/screenshots/backups.png', fullPage: true });

  await app.goto('/settings');
  await expect(page.getByLabel('Clinic name')).toHaveValue('Before the mistake');

  await app.goto('/audit');
  const trail = page.getByRole('region', { name: 'All changes' });
  await expect(trail.getByText('Backup restored')).toBeVisible();
  await expect(trail.getByText('Audit log intact')).toBeVisible();
  const download = page.waitForEvent('download');
  await trail.getByRole('button', { name: 'Export as CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^physioplan-audit-clinic-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync((await file.path()) ?? '', 'utf8');
  expect(csv.split('\r\n')[0]).toBe(
    'seq,time_utc,entity,entity_id,patient_id,action,fields,clinician,hash',
  );
  expect(csv).toContain(',backup,');
  await page.screenshot({ path: 'test-results/screenshots/audit-log.png', fullPage: true });
});

test('a choice of backup folder that does not exist is refused beside the field', async ({
  app,
}) => {
  const { page } = app;
  await app.goto('/backups');
  await page.getByLabel('Folder for backups').fill('/no/such/drive/backups');
  await page.getByRole('button', { name: 'Use this folder' }).click();
  await expect(page.getByText('This folder does not exist or cannot be written to.')).toBeVisible();
  const external = fs.mkdtempSync(path.join(os.tmpdir(), 'physioplan-usb-'));
  await page.getByLabel('Folder for backups').fill(external);
  await page.getByRole('button', { name: 'Use this folder' }).click();
  await expect(page.getByText(`Backups are written to ${external}.`)).toBeVisible();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('table', { name: 'Backups' })).toContainText('Chosen folder');
  expect(fs.readdirSync(external).some((n) => n.endsWith('-manual.sqlite'))).toBe(true);
});

test('a damaged database opens the recovery screen, which restores the newest good backup', async ({
  page,
}) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'physioplan-e2e-recovery-'));
  let host = await startHost(dataDir);
  const origin = new URL(host.url).origin;
  await page.goto(host.url);
  await unlockApp(page);
  await page.goto(`${origin}/#/settings`);
  await saveClinicName(page, 'Good record');
  await page.goto(`${origin}/#/backups`);
  await page.getByRole('button', { name: 'Back up now' }).click();
  // The first start-up backup and this one.
  await expect(page.getByRole('table', { name: 'Backups' }).getByRole('row')).toHaveCount(3);
  await stopHost(host);

  const file = path.join(dataDir, 'physioplan.sqlite');
  const bytes = fs.readFileSync(file);
  bytes.fill(0x41, 100, Math.min(bytes.length, 64 * 1024));
  fs.writeFileSync(file, bytes);

  host = await startHost(dataDir);
  await page.goto(host.url);
  await unlockApp(page);
  await expect(
    page.getByRole('heading', { name: /clinic record (is damaged|could not be read)/ }),
  ).toBeVisible();
  const newest = page.getByRole('region', { name: 'Newest good backup' });
  await expect(newest).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/recovery.png', fullPage: true });
  await newest.getByRole('button', { name: /Restore the backup from/ }).click();
  // The restored record opens locked: a clinician from it signs in.
  await expect(page.getByRole('heading', { name: 'Physioplan is locked' })).toBeVisible();
  await unlockApp(page);
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await page.goto(`${new URL(host.url).origin}/#/settings`);
  await expect(page.getByLabel('Clinic name')).toHaveValue('Good record');
  expect(fs.readdirSync(dataDir).some((n) => n.includes('.set-aside-'))).toBe(true);
  await stopHost(host);
  fs.rmSync(dataDir, { recursive: true, force: true });
});
