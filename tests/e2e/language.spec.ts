// The screens in German end to end: the clinician switches language in the header, creates a
// patient, builds a plan from the library, issues and prints it, all by the German names of the
// controls; switching back brings the English names again. Screenshots of the German plan
// editor and templates page are kept to look at (test-results/screenshots/plans-de-*.png).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SHOTS = 'test-results/screenshots';

/** Chooses a screen language in the header's language menu, named as the screens are now. */
async function chooseLanguage(page: Page, menuName: RegExp, language: string): Promise<void> {
  await page.getByRole('button', { name: menuName }).click();
  // Menu items named by the language in its own words (the menu's role for them may change).
  await page.getByRole('menu', { name: menuName }).getByText(language, { exact: true }).click();
}

test('switch the screens to German, build and print a plan, and switch back', async ({ app }) => {
  const { page } = app;
  await app.goto('/patients');
  await expect(page.getByRole('link', { name: 'Templates', exact: true })).toBeVisible();

  await chooseLanguage(page, /^Screen language:/, 'Deutsch');
  await expect(page.getByRole('link', { name: 'Vorlagen', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Templates', exact: true })).toHaveCount(0);

  // A patient, by the German names of the form.
  await app.goto('/patients/new');
  await page.getByLabel('Vorname').fill('Jonas');
  await page.getByLabel('Nachname').fill('Weißmann');
  await page.getByRole('button', { name: 'Patient speichern' }).click();
  await expect(page.getByRole('heading', { name: 'Jonas Weißmann' })).toBeVisible();

  // An empty plan, filled from the library.
  await page.getByRole('button', { name: 'Neuer Plan' }).click();
  const newPlan = page.getByRole('dialog', { name: 'Neuer Plan' });
  await newPlan.getByRole('textbox', { name: 'Titel des Plans' }).fill('Fersenschmerz beim Laufen');
  await newPlan.getByRole('button', { name: 'Plan starten' }).click();
  await expect(page.getByRole('heading', { name: 'Fersenschmerz beim Laufen' })).toBeVisible();
  await expect(page.getByText('Noch nicht ausgegeben')).toBeVisible();
  const planUrl = page.url();

  const search = page.getByRole('textbox', { name: 'Bibliothek durchsuchen' });
  for (const [query, title] of [
    ['plantar fascia stretch', 'Plantar fascia stretch'],
    ['calf raises both legs', 'Calf raises on both legs'],
  ] as const) {
    await search.fill(query);
    await page.getByRole('button', { name: `${title} zu Phase 1 hinzufügen` }).click();
    await expect(
      page.getByRole('region', { name: 'Phase: Phase 1' }).getByRole('group', { name: title }),
    ).toBeVisible();
  }
  const stretch = page.getByRole('group', { name: 'Plantar fascia stretch' });
  await expect(
    stretch.getByRole('button', { name: 'Dosierung von Plantar fascia stretch bearbeiten' }),
  ).toBeVisible();
  await expect(stretch.getByText('Übung', { exact: true })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Ziele (0)' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Red Flags' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Phase hinzufügen' })).toBeVisible();
  // Nothing of the editor's own words is left in English.
  for (const english of ['Search the library', 'Add phase', 'Issue plan', 'Save as template']) {
    await expect(page.getByText(english, { exact: true })).toHaveCount(0);
  }
  await page.screenshot({ path: `${SHOTS}/plans-de-editor.png`, fullPage: true });

  // The phase's entry criteria, in German measures and units.
  await page.getByRole('button', { name: 'Aktionen zur Phase: Phase 1' }).click();
  await page.getByRole('menuitem', { name: 'Eingangskriterien…' }).click();
  const criteria = page.getByRole('dialog', { name: 'Eingangskriterien: Phase 1' });
  await criteria.getByRole('button', { name: 'Kriterium hinzufügen' }).click();
  await expect(
    criteria.getByText(
      'Anlaufschmerz (erste Schritte) ≤ 3/10 eine Woche lang – aus dem Übungstagebuch oder der Befundung des Anlaufschmerzes.',
    ),
  ).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/plans-de-entry-criteria.png` });
  await criteria.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(criteria).toBeHidden();

  // Issue, then print the home programme.
  await page.getByRole('button', { name: 'Plan ausgeben' }).click();
  const issue = page.getByRole('dialog', { name: 'Version 1 ausgeben' });
  await issue.getByRole('button', { name: 'Version 1 ausgeben' }).click();
  await expect(page.getByText('Version 1 ausgegeben.')).toBeVisible();
  await expect(page.getByText(/^v1 ausgegeben am \d{1,2}\.\d{1,2}\.\d{4}$/)).toBeVisible();

  // The print dialog in German too; the preview drawn means the document is ready to print.
  await page
    .getByRole('button', { name: /^v1 drucken/ })
    .first()
    .click();
  const print = page.getByRole('dialog', { name: 'Plan drucken' });
  await expect(print.getByRole('img', { name: /^Seite 1 von \d+$/ })).toBeVisible();
  await expect(print.getByLabel('Sprache des Blatts')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(print).toBeHidden();

  // The templates page.
  await page.getByRole('link', { name: 'Vorlagen', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Vorlagen' })).toBeVisible();
  const templates = page.getByRole('table', { name: 'Vorlagen' });
  await expect(templates.getByRole('columnheader', { name: 'Phasen' })).toBeVisible();
  await expect(templates.getByText('Mitgeliefert').first()).toBeVisible();
  await expect(
    templates.getByRole('button', { name: /^Plan aus .+ starten$/ }).first(),
  ).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/plans-de-templates.png`, fullPage: true });

  // Back to English: the same screens in their English names again.
  await chooseLanguage(page, /^Sprache der Oberfläche:/, 'English');
  await expect(page.getByRole('heading', { name: 'Templates' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Vorlagen', exact: true })).toHaveCount(0);
  await page.goto(planUrl);
  await expect(page.getByRole('textbox', { name: 'Search the library' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Goals (0)' })).toBeVisible();
  await expect(page.getByText(/^v1 issued \d{1,2} [A-Z][a-z]{2} \d{4}$/)).toBeVisible();
});
