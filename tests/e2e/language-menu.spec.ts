// The screens' language: a clinician picks their own from the header, it stays after a reload
// and a restart, the clinic's language applies to everyone who has not chosen, and the sign-in
// screen keeps the last language used on this computer.
import { expect, test } from './fixtures';

test('a clinician switches the screens to German and back to the clinic’s language', async ({
  app,
}) => {
  const { page } = app;
  // Each language's messages are a file of their own, fetched when the screens first show it.
  const messageFiles: string[] = [];
  page.on('response', (response) => {
    const file = /\/assets\/(en|es|de|fr|pt)-[\w-]+\.js$/.exec(response.url());
    if (file?.[1]) messageFiles.push(file[1]);
  });
  await app.goto('/patients');
  await page.reload();
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await expect(nav.getByRole('link', { name: 'Patients' })).toBeVisible();
  expect(messageFiles).toEqual(['en']);

  await page.getByRole('button', { name: 'Screen language: English' }).click();
  await page.getByRole('menuitem', { name: 'Deutsch' }).click();
  const navDe = page.getByRole('navigation', { name: 'Bereiche' });
  await expect(navDe.getByRole('link', { name: 'Patienten' })).toBeVisible();
  await expect(navDe.getByRole('link', { name: 'Praxiseinstellungen' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  expect(messageFiles).toEqual(['en', 'de']);
  await page.screenshot({ path: 'test-results/screenshots/language-menu-de.png' });

  // Kept with the clinician's account: after a restart and sign-in the screens are German.
  await app.restart();
  await expect(
    page.getByRole('navigation', { name: 'Bereiche' }).getByRole('link', { name: 'Patienten' }),
  ).toBeVisible();

  // The clinic's language (French) applies once the clinician follows the clinic again.
  await app.goto('/settings');
  const language = page.getByRole('combobox', { name: 'Sprache der App' });
  await language.click();
  await page.getByRole('option', { name: 'Français' }).click();
  await page
    .getByRole('button', { name: /speichern/i })
    .first()
    .click();
  await page.getByRole('button', { name: 'Sprache der Oberfläche: Deutsch' }).click();
  await page.getByRole('menuitem', { name: 'Sprache der Praxis (Français)' }).click();
  await expect(
    page.getByRole('navigation', { name: 'Rubriques' }).getByRole('link', { name: 'Patients' }),
  ).toBeVisible();

  // And back to English for the clinic.
  await page.getByRole('combobox', { name: 'Langue de l’application' }).click();
  await page.getByRole('option', { name: 'English' }).click();
  await page
    .getByRole('button', { name: /enregistrer/i })
    .first()
    .click();
  await expect(nav.getByRole('link', { name: 'Clinic settings' })).toBeVisible();
});
