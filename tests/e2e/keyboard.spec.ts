// A small real task with the keyboard only: from the patient list to a plan, an item moved with
// Alt+↓, a dose changed and saved, a dialog opened and closed; focus is always somewhere useful.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedClinic } from './seed';

/** Presses Tab (or `key`) until `target` has focus; fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 60, key = 'Tab'): Promise<number> {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press(key);
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return presses;
  }
  throw new Error(`${limit} presses of Tab never reached ${target.toString()}`);
}

async function itemTitles(page: Page): Promise<string[]> {
  return page
    .getByRole('region', { name: /^Phase: Weeks 0–2/ })
    .getByRole('group')
    .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
}

test('open a patient, open the plan, move an item and change a dose without a mouse', async ({
  app,
}) => {
  const { page } = app;
  await seedClinic(page);
  await expect(page.getByRole('heading', { name: 'Patients' })).toBeVisible();

  // The list opens ready for typing a name.
  await expect(page.getByLabel('Search patients')).toBeFocused();
  await page.keyboard.type('nun');
  await expect(page.getByRole('table', { name: 'Patients' }).getByRole('row')).toHaveCount(2);
  expect(await tabTo(page, page.getByRole('link', { name: 'Núñez, Ana' }))).toBeLessThan(4);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Ana Núñez' })).toBeVisible();

  // The link that was pressed is gone with the list: focus starts again at the new screen.
  await tabTo(page, page.getByRole('link', { name: 'Plantar heel pain — early phase' }), 10);
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: 'Plantar heel pain — early phase' }),
  ).toBeVisible();

  // Past the library search without stopping at each of its results.
  const gastrocnemius = page.getByRole('group', {
    name: 'Calf stretch, knee straight',
  });
  const before = await itemTitles(page);
  expect(await tabTo(page, gastrocnemius)).toBeLessThan(40);
  await page.screenshot({ path: 'test-results/screenshots/ux-keyboard-focus.png' });
  await page.keyboard.press('Alt+ArrowDown');
  const at = before.indexOf('Calf stretch, knee straight');
  await expect
    .poll(() => itemTitles(page))
    .toEqual([...before.slice(0, at), before[at + 1], before[at], ...before.slice(at + 2)]);
  await expect(gastrocnemius).toBeFocused();

  // Change a dose: the form takes focus, Enter saves, focus comes back to Edit.
  const edit = page.getByRole('button', { name: 'Edit dose of Plantar fascia stretch' });
  await tabTo(page, edit, 20, 'Shift+Tab');
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Dose of Plantar fascia stretch' });
  await expect(form.getByLabel('Sets', { exact: true })).toBeFocused();
  await tabTo(page, form.getByLabel('Reps', { exact: true }), 3);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('15');
  await expect(form.getByTestId('dose-preview')).toHaveText(
    '15 times, hold 10 s each, twice a day, every day — your sore leg',
  );
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  await expect(
    page
      .getByRole('group', { name: 'Plantar fascia stretch', exact: true })
      .getByTestId('dose-line'),
  ).toHaveText('15 times, hold 10 s each, twice a day, every day — your sore leg');
  await expect(edit).toBeFocused();

  // Escape leaves the dose form without saving.
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('Sets', { exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(edit).toBeFocused();

  // A dialog keeps focus inside while open, closes with Escape and gives focus back.
  const issue = page.getByRole('button', { name: 'Issue plan' });
  await tabTo(page, issue, 60, 'Shift+Tab');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Issue version 3' });
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 6; i += 1) {
    await page.keyboard.press('Tab');
    await expect(dialog.locator(':focus')).toHaveCount(1);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(issue).toBeFocused();

  // On a fresh screen the first Tab offers a way past the navigation.
  await page.reload();
  await expect(
    page.getByRole('heading', { name: 'Plantar heel pain — early phase' }),
  ).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Ana Núñez' })).toBeFocused();
});

test('recording a red flag and its decision keeps focus on the flag, never the page body', async ({
  app,
}) => {
  const { page } = app;
  const clinic = await seedClinic(page);
  await app.goto(`/patients/${clinic.patientId}/plans/${clinic.planId}`);
  await page.getByRole('tab', { name: /Red flags/ }).click();
  await page.getByRole('combobox', { name: 'Red flag' }).click();
  await page.getByRole('option', { name: 'Suspected calcaneal stress fracture' }).click();
  await page.getByLabel('What you found').fill('Squeeze test painful');
  await page.getByRole('button', { name: 'Record red flag' }).focus();
  await page.keyboard.press('Enter');

  // The new flag takes focus; the next Tab stop is its decision.
  const flag = page.getByRole('region', { name: 'Red flag: Suspected calcaneal stress fracture' });
  await expect(flag).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(flag.getByRole('combobox', { name: 'Decision' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('option', { name: /^Cleared after assessment/ }).click();
  await flag.getByRole('button', { name: 'Record decision' }).focus();
  await page.keyboard.press('Enter');

  // Decided: the form is gone and "Change decision" holds focus instead of the body.
  const change = flag.getByRole('button', { name: 'Change decision' });
  await expect(change).toBeFocused();
  await page.screenshot({ path: 'test-results/screenshots/red-flag-focus.png' });
});
