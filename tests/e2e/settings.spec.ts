import path from 'node:path';
import { expect, test } from './fixtures';

const files = path.resolve(import.meta.dirname, 'files');

test('clinic settings and logo survive a restart; a bad logo changes nothing', async ({ app }) => {
  const { page } = app;
  await app.goto('/settings');
  await expect(page.getByRole('heading', { name: 'Clinic settings' })).toBeVisible();

  await page.getByLabel('Clinic name').fill('Heel & Sole Physiotherapy');
  await page.getByLabel('Clinician name').fill('Zoë Ünal');
  await page.getByLabel('Credentials').fill('MSc, MCSP');
  await page.getByLabel('Phone').fill('+44 117 496 0123');
  await page.getByLabel('Email').fill('reception@heelandsole.example');
  await page.getByLabel('Website').fill('https://heelandsole.example');
  await page.getByLabel('Address').fill('12 Harbour Road, Bristol BS1 4QA');
  await page.getByRole('combobox', { name: 'Default paper size' }).click();
  await page.getByRole('option', { name: /Letter/ }).click();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Clinic settings saved.')).toBeVisible();

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose logo…' }).click();
  await (await chooser).setFiles(path.join(files, 'clinic-logo.png'));
  await expect(page.getByRole('img', { name: 'Clinic logo' })).toBeVisible();

  await app.restart();
  await app.goto('/settings');
  await expect(page.getByLabel('Clinic name')).toHaveValue('Heel & Sole Physiotherapy');
  await expect(page.getByLabel('Clinician name')).toHaveValue('Zoë Ünal');
  await expect(page.getByLabel('Email')).toHaveValue('reception@heelandsole.example');
  await expect(page.getByRole('combobox', { name: 'Default paper size' })).toHaveValue(/Letter/);
  const logo = page.getByRole('img', { name: 'Clinic logo' });
  await expect(logo).toBeVisible();
  const logoSrc = await logo.getAttribute('src');

  // A file that is not an image: a clear message beside the logo, and the old logo stays.
  const badChooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Replace logo…' }).click();
  await (await badChooser).setFiles(path.join(files, 'not-an-image.png'));
  await expect(page.getByRole('alert')).toContainText('not a PNG or JPEG image');
  await expect(page.getByRole('img', { name: 'Clinic logo' })).toHaveAttribute(
    'src',
    logoSrc ?? '',
  );
  await page.screenshot({ path: 'test-results/screenshots/settings.png', fullPage: true });
});

test('an invalid email is shown next to the field and nothing is saved', async ({ app }) => {
  const { page } = app;
  await app.goto('/settings');
  await page.getByLabel('Clinic name').fill('Should not be saved');
  await page.getByLabel('Email').fill('reception@');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(
    page.getByText('Enter an email address like reception@clinic.example.'),
  ).toBeVisible();
  await app.restart();
  await app.goto('/settings');
  await expect(page.getByLabel('Clinic name')).toHaveValue('');
});
