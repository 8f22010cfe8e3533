// Visit notes are autosaved as drafts: leaving the form (even straight after typing) loses
// nothing, coming back shows the note marked "Draft — not saved to the record" with Discard
// draft and Save, and a saved visit leaves no draft behind.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedPatientWithPlan } from './seed-db';

const NOTE = 'First steps 6/10, easing after ten minutes.';

const subjective = (page: Page) => page.getByRole('textbox', { name: 'Subjective', exact: true });
const marker = (page: Page) =>
  page.getByRole('region', { name: 'Draft — not saved to the record' });

async function leaveByLibrary(page: Page) {
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Library' })
    .click();
  await expect(page.getByRole('combobox', { name: 'Search the library' })).toBeVisible();
}

test('a note typed and left at once comes back as a draft, and Save puts it in the record', async ({
  app,
}) => {
  const { page } = app;
  seedPatientWithPlan(app.dataDir);
  await app.goto('/visits/patient/pat-e2e/new');
  await subjective(page).fill(NOTE);
  // Straight away, before any autosave: leaving is not questioned and keeps the note.
  await leaveByLibrary(page);

  await app.goto('/visits/patient/pat-e2e/new');
  await expect(subjective(page)).toHaveValue(NOTE);
  await expect(marker(page)).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/visit-note-draft.png' });

  await marker(page).getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Visit saved.')).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Visit / })).toBeVisible();
  await expect(page.getByText(NOTE)).toBeVisible();

  // The next new visit starts clean: the saved note's draft is gone.
  await app.goto('/visits/patient/pat-e2e/new');
  await expect(page.getByRole('heading', { name: /New visit/ })).toBeVisible();
  await expect(subjective(page)).toHaveValue('');
  await expect(marker(page)).toHaveCount(0);
});

test('the note autosaves while typing, survives a reload, and Discard draft clears it', async ({
  app,
}) => {
  const { page } = app;
  seedPatientWithPlan(app.dataDir);
  await app.goto('/visits/patient/pat-e2e/new');
  await subjective(page).fill(NOTE);
  // Autosaved after a pause in typing, without leaving the form.
  await expect(marker(page)).toBeVisible();
  await expect(marker(page)).toContainText('Autosaved');
  await page.reload();
  await expect(subjective(page)).toHaveValue(NOTE);

  await marker(page).getByRole('button', { name: 'Discard draft' }).click();
  await expect(subjective(page)).toHaveValue('');
  await expect(marker(page)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: /New visit/ })).toBeVisible();
  await expect(subjective(page)).toHaveValue('');
});
