// Forms as a clinician types into them: decimals typed key by key (and with a decimal comma
// where the locale writes one), a minus sign refused where it means nothing, unsaved work
// kept unless the clinician discards it, and problems shown where the clinician is looking.
import type { Page } from '@playwright/test';
import { addDays, readableDate } from '../../shared/visits/dates';
import { callApi, expect, test } from './fixtures';
import { seedClinic } from './seed';
import { seedPatientWithPlan } from './seed-db';

async function chooseOption(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('decimals can be typed key by key in settings and loads; a minus sign is refused', async ({
  app,
}) => {
  const { page } = app;
  await app.goto('/library/new/modality');
  await chooseOption(page, 'Device', 'Shockwave');
  const pressure = page.getByRole('textbox', { name: 'Pressure (bar)' });
  await pressure.clear();
  await pressure.pressSequentially('2.0');
  await expect(pressure).toHaveValue('2.0');
  await pressure.clear();
  await pressure.pressSequentially('1.8');
  await expect(pressure).toHaveValue('1.8');
  await expect(page.getByText('Radial shockwave needs a pressure in bar.')).toHaveCount(0);
  await page.getByLabel('Title').fill('Radial shockwave, low pressure');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByRole('heading', { name: 'Edit “Radial shockwave, low pressure”' }),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Pressure (bar)' })).toHaveValue('1.8');

  await app.goto('/library/new/exercise');
  await chooseOption(page, 'Load', 'Weight (kg)');
  const weight = page.getByRole('textbox', { name: 'Weight (kg)' });
  await weight.clear();
  await weight.pressSequentially('7.5');
  await expect(weight).toHaveValue('7.5');
  const hold = page.getByRole('textbox', { name: 'Hold (s)' });
  await hold.pressSequentially('-5');
  await expect(hold).toHaveValue('-5');
  await expect(page.getByText("Hold can't be negative.").first()).toBeVisible();
  await page.getByLabel('Title').fill('Weighted calf raise');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'New library item' })).toBeVisible();
  await hold.clear();
  await hold.pressSequentially('5');
  await expect(page.getByText("Hold can't be negative.")).toHaveCount(0);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Edit “Weighted calf raise”' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Weight (kg)' })).toHaveValue('7.5');
  await expect(page.getByRole('textbox', { name: 'Hold (s)' })).toHaveValue('5');
});

test.describe('where the screens’ language writes a decimal comma', () => {
  test.use({ locale: 'de-DE' });

  test('a setting typed as 1,8 is kept as 1.8 and shown back as 1,8', async ({ app }) => {
    const { page } = app;
    // The screens in German: numbers are read and written the German way.
    const result = await callApi(page, 'access.setMyLanguage', { uiLanguage: 'de' });
    expect(result.ok).toBe(true);
    await page.reload();
    await app.goto('/library/new/modality');
    await chooseOption(page, 'Gerät', 'Stoßwelle');
    const pressure = page.getByRole('textbox', { name: 'Druck (bar)' });
    await pressure.clear();
    await pressure.pressSequentially('1,8');
    await expect(pressure).toHaveValue('1,8');
    await page.getByRole('textbox', { name: 'Titel', exact: true }).fill('Radial shockwave, comma');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(
      page.getByRole('heading', { name: '„Radial shockwave, comma“ bearbeiten' }),
    ).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Druck (bar)' })).toHaveValue('1,8');
  });
});

test('unsaved work is kept unless the clinician chooses to discard it', async ({ app }) => {
  const { page } = app;
  await app.goto('/library/new/exercise');
  await page.getByLabel('Title').fill('Towel scrunches');
  await page.getByRole('option', { name: /^Arch lift \(short foot\)/ }).click();
  const leave = page.getByRole('dialog', { name: 'Discard changes to this new library item?' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Keep editing' }).click();
  await expect(leave).toBeHidden();
  await expect(page.getByLabel('Title')).toHaveValue('Towel scrunches');
  await page.getByRole('option', { name: /^Arch lift \(short foot\)/ }).click();
  await leave.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByRole('heading', { name: 'Arch lift (short foot)' })).toBeVisible();

  seedPatientWithPlan(app.dataDir);
  await app.goto('/visits/patient/pat-e2e/new');
  // The SOAP note is autosaved as a draft (visit-drafts.spec); other changes are asked about.
  const date = page.getByLabel('Date', { exact: true });
  const dayBefore = readableDate(addDays(new Date().toISOString().slice(0, 10), -2));
  await date.fill(dayBefore);
  await page.getByRole('link', { name: 'Library' }).click();
  const leaveVisit = page.getByRole('dialog', { name: 'Discard changes to this visit?' });
  await expect(leaveVisit).toBeVisible();
  await leaveVisit.getByRole('button', { name: 'Keep editing' }).click();
  await expect(date).toHaveValue(dayBefore);
});

test('every problem shows at once beside Save, the first field is focused, fixed ones clear', async ({
  app,
}) => {
  const { page } = app;
  await app.goto('/library/new/exercise');
  await page.getByRole('textbox', { name: 'Sets', exact: true }).fill('50');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Title')).toBeFocused();
  const problems = page.getByRole('alert').filter({ hasText: 'Some details need fixing' });
  await expect(problems).toContainText('Give the item a title.');
  await expect(problems).toContainText('Sets must be at most 20.');
  await page.getByLabel('Title').fill('Stair calf raise');
  await expect(page.getByText('Give the item a title.')).toHaveCount(0);
  await expect(problems).toContainText('Sets must be at most 20.');

  seedPatientWithPlan(app.dataDir);
  await app.goto('/visits/patient/pat-e2e/new');
  const date = page.getByLabel('Date', { exact: true });
  const tomorrow = addDays(new Date().toISOString().slice(0, 10), 2);
  await date.fill(readableDate(tomorrow));
  await page.getByRole('button', { name: 'Save visit' }).click();
  await expect(date).toBeFocused();
  await expect(date).toBeInViewport();
  const notSaved = page.getByRole('alert').filter({ hasText: 'The visit was not saved' });
  await expect(notSaved).toBeVisible();
  await expect(notSaved).not.toContainText('(date)');
  await page.screenshot({ path: 'test-results/screenshots/forms-visit-problems.png' });
});

test('keyboard: Ctrl+K returns to the library search, drags are announced in clinic words', async ({
  app,
}) => {
  const { page } = app;
  const clinic = await seedClinic(page);
  await app.goto(`/patients/${clinic.patientId}/plans/${clinic.planId}`);
  const search = page.getByRole('textbox', { name: 'Search the library' });
  await search.fill('towel');
  await expect(page.getByRole('status').filter({ hasText: /^Highlighted: .*Towel/i })).toHaveCount(
    1,
  );
  await search.press('Enter');
  await expect(page.getByRole('group', { name: /Towel/ }).first()).toBeVisible();
  // From anywhere in the plan, Ctrl+K comes back to the search.
  await page.getByRole('button', { name: 'Drag Plantar fascia stretch' }).focus();
  await expect(search).not.toBeFocused();
  await page.keyboard.press('ControlOrMeta+K');
  await expect(search).toBeFocused();

  const handle = page.getByRole('button', { name: 'Drag Plantar fascia stretch' });
  await handle.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  const live = page.getByRole('status').filter({ hasText: /Plantar fascia stretch/ });
  await expect(live).toContainText(/Plantar fascia stretch moved to position \d+ of /);
  await expect(page.getByRole('status').filter({ hasText: /item:|droppable/ })).toHaveCount(0);
});
