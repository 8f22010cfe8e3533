// First start, the idle lock and unlocking, through the real screens.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TEST_PASSPHRASE } from '../support/test-keys';
import { callApi, expect, startHost, stopHost, test } from './fixtures';

test('first start sets the passphrase and admin; the idle lock hides the patient until unlocked', async ({
  page,
}) => {
  // Setting up runs three production-cost key derivations and creates the whole record.
  test.slow();
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
    // Three scrypt runs at the production cost (passphrase, recovery key, PIN) and the first
    // start of the record (built-in library and drawings): give it time on a busy machine.
    await expect(recovery).toHaveText(
      /^([0-9A-Z]{4}-){3}[0-9A-Z]{4}([0-9A-Z]{4}-){3}[0-9A-Z]{4}$/,
      { timeout: 90_000 },
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

test('an administrator adds a clinician, sets the lock time and passphrase; the clinician signs in with their own PIN', async ({
  app,
}) => {
  // Five scrypt runs at the production cost (new PIN, passphrase checks, sign-in).
  test.slow();
  const { page } = app;
  await app.goto('/settings');
  const clinicians = page.getByRole('table', { name: 'Clinicians' });
  await expect(
    clinicians.getByRole('row', { name: /Alex Admin.*You.*Administrator/ }),
  ).toBeVisible();

  // A clinician with a PIN that is too short is refused in words; then added.
  await page.getByRole('button', { name: 'Add clinician' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a clinician' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Jonas Berg');
  await dialog.getByRole('textbox', { name: 'Their PIN' }).fill('13');
  await dialog.getByRole('button', { name: 'Add clinician' }).click();
  await expect(dialog.getByText('A PIN is 4 to 12 digits.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Their PIN' }).fill('1357');
  await dialog.getByRole('button', { name: 'Add clinician' }).click();
  await expect(dialog).toBeHidden();
  await expect(clinicians.getByRole('row', { name: /Jonas Berg.*Clinician.*PIN/ })).toBeVisible();

  // The last administrator cannot stop being one.
  await page.getByRole('button', { name: 'Make Alex Admin a clinician' }).click();
  await expect(page.getByText('The clinic needs at least one administrator.')).toBeVisible();

  await page.getByRole('textbox', { name: /Lock after/ }).fill('2.5');
  await page.getByRole('button', { name: 'Save lock time' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'locks after 2.5 min' })).toBeVisible();
  expect(await callApi(page, 'access.status', {})).toMatchObject({
    value: { idleLockSeconds: 150 },
  });

  const change = page.getByRole('form', { name: 'Change the clinic passphrase' });
  await change
    .getByRole('textbox', { name: 'Current clinic passphrase' })
    .fill('not the passphrase');
  await change
    .getByRole('textbox', { name: 'New clinic passphrase', exact: true })
    .fill('a new heel clinic passphrase');
  await change
    .getByRole('textbox', { name: 'New clinic passphrase again' })
    .fill('a new heel clinic passphrase');
  await change.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(change.getByText('This is not the current clinic passphrase.')).toBeVisible();
  await change.getByRole('textbox', { name: 'Current clinic passphrase' }).fill(TEST_PASSPHRASE);
  await change.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(change.getByRole('status')).toContainText('Clinic passphrase changed', {
    timeout: 30_000,
  });
  await page.screenshot({
    path: 'test-results/screenshots/access-settings-admin.png',
    fullPage: true,
  });

  // Lock; Jonas signs in with his PIN and sees no administrator controls.
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Physioplan is locked' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Clinician' }).click();
  await page.getByRole('option', { name: 'Jonas Berg' }).click();
  await page.getByRole('textbox', { name: 'PIN', exact: true }).fill('1357');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('banner')).toContainText('Jonas Berg', { timeout: 30_000 });
  await app.goto('/settings');
  await expect(clinicians.getByRole('row', { name: /Jonas Berg.*You/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add clinician' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Protection of the record' })).toHaveCount(0);

  await app.goto('/audit');
  const trail = page.getByRole('region', { name: 'All changes' });
  await expect(
    trail.getByRole('row', { name: /Clinician account.*Alex Admin/ }).first(),
  ).toBeVisible();
  await expect(trail.getByRole('row', { name: /Signed in.*Jonas Berg/ }).first()).toBeVisible();
});
