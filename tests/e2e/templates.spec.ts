// From a template's page straight to a patient's plan: open a built-in protocol, start a plan
// from it for a patient found by search (by keyboard), and land in that plan's editor.
import { expect, test } from './fixtures';

test('start a plan for a patient from a built-in protocol on the Templates page', async ({
  app,
}) => {
  const { page } = app;
  for (const [first, last] of [
    ['Ana', 'Núñez'],
    ['Ben', 'Okafor'],
  ] as const) {
    await app.goto('/patients/new');
    await page.getByLabel('First name').fill(first);
    await page.getByLabel('Last name').fill(last);
    await page.getByRole('button', { name: 'Save patient' }).click();
    await expect(page.getByRole('heading', { name: `${first} ${last}` })).toBeVisible();
  }

  await page.getByRole('link', { name: 'Templates', exact: true }).click();
  await page.getByRole('link', { name: 'Plantar heel pain — early phase', exact: true }).click();
  await expect(
    page.getByRole('heading', { name: 'Plantar heel pain — early phase' }),
  ).toBeVisible();
  await expect(page.getByText('Built-in protocol', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Start a plan from this template' }).click();
  const dialog = page.getByRole('dialog', {
    name: 'Start a plan from “Plantar heel pain — early phase”',
  });
  await expect(dialog).toBeVisible();

  // Without a patient nothing is created, and the field says why.
  await dialog.getByRole('button', { name: 'Start plan' }).click();
  await expect(dialog.getByText('Choose the patient the plan is for.')).toBeVisible();

  // The patient found by typing part of the name, chosen with the keyboard.
  const patient = dialog.getByRole('combobox', { name: 'Patient' });
  await patient.focus();
  await page.keyboard.type('núñ');
  await expect(page.getByRole('option')).toHaveText(['Ana Núñez']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(patient).toHaveValue('Ana Núñez');
  await expect(dialog.getByText('Choose the patient the plan is for.')).toBeHidden();
  await dialog.getByLabel('Plan title').fill('Ana — heel, first weeks');
  await page.screenshot({ path: 'test-results/screenshots/start-plan-from-template.png' });
  await dialog.getByRole('button', { name: 'Start plan' }).click();

  // The new plan's editor, for Ana, with the protocol's items.
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Ana — heel, first weeks' })).toBeVisible();
  await expect(page).toHaveURL(/#\/patients\/[^/]+\/plans\/[^/]+$/);
  await expect(page.getByRole('link', { name: 'Ana Núñez' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Issue plan' })).toBeVisible();
  const early = page.getByRole('region', { name: 'Phase: Weeks 0–2: settle pain, understand it' });
  await expect(
    early.getByRole('group', { name: 'Plantar fascia stretch', exact: true }),
  ).toBeVisible();
  await expect(
    early.getByRole('group', { name: 'Understanding pain under the heel', exact: true }),
  ).toBeVisible();

  // The plan is on Ana's page, not Ben's.
  await page.getByRole('link', { name: 'Ana Núñez' }).click();
  await expect(page.getByRole('link', { name: 'Ana — heel, first weeks' })).toBeVisible();
});
