// First start, the idle lock and unlocking, through the real screens.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { callApi, expect, startHost, stopHost, test } from './fixtures';

test('first start sets the passphrase and admin; the idle lock hides the patient until unlocked', async ({
  page,
}) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'physioplan-e2e-access-'));
  const host = await startHost(dataDir);
  const origin = new URL(host.url).origin;
  try {
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'Set up Physioplan' })).toBeVisible();
    await page
      .getByRole('textbox', { name: 'Clinic passphrase', exact: true })
      .fill('heel clinic passphrase');
    await page
      .getByRole('textbox', { name: 'Clinic passphrase again' })
      .fill('heel clinic passphrase');
    await page.getByRole('textbox', { name: 'Your name' }).fill('Mara Lind');
    await page.getByRole('textbox', { name: 'Your PIN' }).fill('4711');
    await page.screenshot({
      path: 'test-results/screenshots/access-first-start.png',
      fullPage: true,
    });
    await page.getByRole('button', { name: 'Set up the clinic' }).click();

    const recovery = page.getByRole('group', { name: 'Recovery key' });
    // Three scrypt runs at the production cost (passphrase, recovery key, PIN): give it time.
    await expect(recovery).toHaveText(
      /^([0-9A-Z]{4}-){3}[0-9A-Z]{4}([0-9A-Z]{4}-){3}[0-9A-Z]{4}$/,
      {
        timeout: 30_000,
      },
    );
    await page.screenshot({
      path: 'test-results/screenshots/access-recovery-key.png',
      fullPage: true,
    });
    await page.getByRole('button', { name: 'I have kept it safe' }).click();
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Mara Lind');

    const created = await callApi(page, 'patients.create', {
      patient: {
        firstName: 'Zofia',
        lastName: 'Quistgaard',
        dateOfBirth: '1979-03-14',
        phone: '',
        email: '',
        address: '',
        conditions: ['Plantar heel pain'],
        diagnosis: '',
        preferredLanguage: 'en',
        notes: '',
      },
    });
    const patientId = (created.value as { id: string }).id;
    expect((await callApi(page, 'access.setIdleLock', { seconds: 5 })).ok).toBe(true);
    await page.reload();
    await page.goto(`${origin}/#/patients/${patientId}`);
    await expect(page.getByRole('heading', { name: /Quistgaard/ }).first()).toBeVisible();

    // Nobody touches the keyboard or mouse: the lock comes down by itself.
    await expect(page.getByRole('heading', { name: 'Physioplan is locked' })).toBeVisible({
      timeout: 20_000,
    });
    await expect(page.locator('body')).not.toContainText('Quistgaard');
    await expect(page).toHaveTitle('Physioplan — locked');
    await page.screenshot({
      path: 'test-results/screenshots/access-lock-screen.png',
      fullPage: true,
    });
    const refused = await callApi(page, 'patients.get', { id: patientId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'LOCKED' } });

    // A wrong PIN is refused in words; the right one brings the patient back.
    await page.getByRole('textbox', { name: 'PIN', exact: true }).fill('0000');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByText('That PIN is not right.')).toBeVisible();
    await page.getByRole('textbox', { name: 'PIN', exact: true }).fill('4711');
    await page.getByRole('button', { name: 'Unlock' }).click();
    // Checking the PIN (scrypt) and reloading the patient can take a while on a busy machine.
    await expect(page.getByRole('heading', { name: /Quistgaard/ }).first()).toBeVisible({
      timeout: 30_000,
    });
    expect((await callApi(page, 'access.setIdleLock', { seconds: 300 })).ok).toBe(true);

    // The audit log names who did what.
    await page.goto(`${origin}/#/audit`);
    const trail = page.getByRole('region', { name: 'All changes' });
    await expect(trail.getByText('Patient created')).toBeVisible();
    await expect(trail.getByRole('cell', { name: 'Mara Lind' }).first()).toBeVisible();
    await expect(trail.getByText('Signed in').first()).toBeVisible();
    await page.screenshot({
      path: 'test-results/screenshots/access-audit-names.png',
      fullPage: true,
    });
  } finally {
    await stopHost(host);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
