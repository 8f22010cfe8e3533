// The clinician's main path: a patient, a plan from a built-in protocol, doses changed,
// items reordered (keyboard and drag) and added from the library, two versions issued,
// and the diff between them shows exactly what changed; all of it survives a restart.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const EARLY = 'Weeks 0–2: settle pain, understand it';

function phase(page: Page, title: string): Locator {
  return page.getByRole('region', { name: `Phase: ${title}` });
}

async function itemTitles(page: Page, title: string): Promise<string[]> {
  return phase(page, title)
    .getByRole('group')
    .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
}

function doseLine(page: Page, item: string): Locator {
  return page.getByRole('group', { name: item, exact: true }).getByTestId('dose-line');
}

async function setDose(page: Page, item: string, fields: Record<string, string>): Promise<void> {
  await page.getByRole('button', { name: `Edit dose of ${item}`, exact: true }).click();
  const form = page.getByRole('form', { name: `Dose of ${item}`, exact: true });
  for (const [label, value] of Object.entries(fields)) {
    await form.getByLabel(label, { exact: true }).fill(value);
  }
  await form.getByRole('button', { name: 'Save dose' }).click();
  await expect(form).toBeHidden();
}

async function dragOnto(page: Page, handle: Locator, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  await handle.scrollIntoViewIfNeeded();
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('Nothing to drag');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 10, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 15 });
  await page.mouse.up();
}

async function issue(page: Page, version: number): Promise<void> {
  await page.getByRole('button', { name: 'Issue plan' }).click();
  await page.getByRole('button', { name: `Issue version ${version}` }).click();
  await expect(page.getByText(`Version ${version} issued.`)).toBeVisible();
}

test('build a plan from a protocol, issue two versions, diff them, and keep it all', async ({
  app,
}) => {
  // A long clinic session in one test (two versions, a restart): more time than the default.
  test.slow();
  const { page } = app;

  // A patient.
  await app.goto('/patients/new');
  await page.getByLabel('First name').fill('Ana');
  await page.getByLabel('Last name').fill('Núñez');
  await page.getByLabel('Date of birth').fill('2 Apr 1988');
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(page.getByRole('heading', { name: 'Ana Núñez' })).toBeVisible();

  // A plan from the built-in early-phase protocol.
  await page.getByRole('button', { name: 'New plan' }).click();
  await page.getByRole('combobox', { name: 'Start from' }).click();
  await page.getByRole('option', { name: 'Plantar heel pain — early phase (built-in)' }).click();
  await page.getByRole('button', { name: 'Start plan' }).click();
  await expect(
    page.getByRole('heading', { name: 'Plantar heel pain — early phase' }),
  ).toBeVisible();
  const start = await itemTitles(page, EARLY);
  expect(start.slice(0, 6)).toEqual([
    'Understanding pain under the heel',
    'Why your heel hurts first thing in the morning',
    'How much pain is OK during exercise?',
    'Plantar fascia stretch',
    'Calf stretch, knee straight',
    'Calf stretch, knee bent',
  ]);

  // Two doses changed; the plain-language line follows.
  await setDose(page, 'Plantar fascia stretch', { Reps: '12', 'Times per day': '2' });
  await expect(doseLine(page, 'Plantar fascia stretch')).toHaveText(
    '12 times, hold 10 s each, twice a day, every day — your sore leg',
  );
  await setDose(page, 'Calf stretch, knee straight', {
    Sets: '2',
    'Hold (s)': '45',
  });
  await expect(doseLine(page, 'Calf stretch, knee straight')).toContainText(
    '2 sets of 3, hold 45 s',
  );

  // Reorder by keyboard: the soleus stretch goes up one place.
  await page.getByRole('group', { name: 'Calf stretch, knee bent' }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect
    .poll(() => itemTitles(page, EARLY))
    .toEqual([
      ...start.slice(0, 4),
      'Calf stretch, knee bent',
      'Calf stretch, knee straight',
      ...start.slice(6),
    ]);
  await expect(page.getByRole('group', { name: 'Calf stretch, knee bent' })).toBeFocused();

  // Reorder by drag: the plantar fascia stretch goes to the top of the phase.
  await dragOnto(
    page,
    page.getByRole('button', { name: 'Drag Plantar fascia stretch', exact: true }),
    page.getByRole('group', { name: 'Understanding pain under the heel' }),
  );
  await expect
    .poll(async () => (await itemTitles(page, EARLY)).slice(0, 3))
    .toEqual([
      'Plantar fascia stretch',
      'Understanding pain under the heel',
      'Why your heel hurts first thing in the morning',
    ]);

  // Add from the library search (Enter on the result).
  await page.getByLabel('Search the library').fill('heel drops knee straight');
  const result = page.getByRole('button', {
    name: `Add Slow heel drops off a step, knee straight to ${EARLY}`,
  });
  await result.focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('group', { name: 'Slow heel drops off a step, knee straight' }),
  ).toBeVisible();
  const v1Order = await itemTitles(page, EARLY);
  expect(v1Order.at(-1)).toBe('Slow heel drops off a step, knee straight');
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: 'test-results/screenshots/plan-editor.png' });

  await issue(page, 1);

  // v2: one dose changed, one item removed.
  await setDose(page, 'Slow heel drops off a step, knee straight', { Reps: '20' });
  await page.getByRole('button', { name: 'Remove Towel scrunches', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Removed “Towel scrunches”.' }),
  ).toBeVisible();
  await issue(page, 2);

  await page.getByRole('tab', { name: /Versions/ }).click();
  const diff = page.getByRole('region', { name: 'Changes from v1 to v2' });
  await expect(
    diff.getByRole('region', { name: 'Changed items' }).getByRole('listitem'),
  ).toHaveText(['Slow heel drops off a step, knee straight: 3×15 → 3×20']);
  await expect(diff.getByRole('region', { name: 'Removed' }).getByRole('listitem')).toHaveText([
    'Towel scrunches (Weeks 2–6: start loading)',
  ]);
  await expect(diff.getByRole('region')).toHaveCount(2);
  await page.screenshot({ path: 'test-results/screenshots/plan-diff.png', fullPage: true });

  // Everything is still there after a restart.
  const url = new URL(page.url()).hash.slice(1);
  await app.restart();
  await app.goto(url);
  await expect(
    page.getByRole('heading', { name: 'Plantar heel pain — early phase' }),
  ).toBeVisible();
  await expect(page.getByText(/^v2 issued/)).toBeVisible();
  expect(await itemTitles(page, EARLY)).toEqual(v1Order);
  await expect(doseLine(page, 'Slow heel drops off a step, knee straight')).toContainText(
    '3 sets of 20',
  );
  await expect(doseLine(page, 'Plantar fascia stretch')).toContainText('12 times');
  await expect(page.getByRole('group', { name: 'Towel scrunches' })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Versions (2)' }).click();
  await expect(
    page.getByRole('region', { name: 'Changes from v1 to v2' }).getByRole('listitem'),
  ).toHaveCount(2);
});

test('a change made in another window is never overwritten; an open red flag blocks issuing', async ({
  app,
}) => {
  const { page } = app;
  await app.goto('/patients/new');
  await page.getByLabel('First name').fill('Zoë');
  await page.getByLabel('Last name').fill('Ünal');
  await page.getByRole('button', { name: 'Save patient' }).click();
  await page.getByRole('button', { name: 'New plan' }).click();
  await page.getByRole('combobox', { name: 'Start from' }).click();
  await page.getByRole('option', { name: 'Mid-portion Achilles tendinopathy (built-in)' }).click();
  await page.getByRole('button', { name: 'Start plan' }).click();
  await expect(
    page.getByRole('heading', { name: 'Mid-portion Achilles tendinopathy' }),
  ).toBeVisible();

  // A second window on the same plan (same browser, so the same session cookie).
  const { origin, hash } = new URL(page.url());
  const other = await page.context().newPage();
  await other.goto(`${origin}/${hash}`);
  await expect(
    other.getByRole('heading', { name: 'Mid-portion Achilles tendinopathy' }),
  ).toBeVisible();

  const drops = 'Slow heel drops off a step, knee straight';
  await setDose(other, drops, { Reps: '12' });
  await expect(doseLine(other, drops)).toContainText('3 sets of 12');

  // This window still shows 3×15; its change is refused, and it can reload.
  await page.getByRole('button', { name: `Edit dose of ${drops}`, exact: true }).click();
  const form = page.getByRole('form', { name: `Dose of ${drops}`, exact: true });
  await form.getByLabel('Reps', { exact: true }).fill('20');
  await form.getByRole('button', { name: 'Save dose' }).click();
  await expect(page.getByRole('alert', { name: 'Changed in another window' })).toContainText(
    'This plan was changed in another window',
  );
  await page.screenshot({ path: 'test-results/screenshots/plan-conflict.png' });
  await page.getByRole('button', { name: 'Reload plan' }).click();
  await expect(doseLine(page, drops)).toContainText('3 sets of 12');
  await other.close();

  // A modality setting outside its range is named next to its field and cannot be saved.
  const shockwave = 'Radial shockwave for Achilles tendon pain';
  await page.getByRole('button', { name: `Edit dose of ${shockwave}`, exact: true }).click();
  const settings = page.getByRole('form', { name: `Dose of ${shockwave}`, exact: true });
  await settings.getByLabel('Pressure (bar)').fill('7');
  await expect(settings.getByText('Pressure must be at most 6 bar.')).toBeVisible();
  await expect(settings.getByRole('button', { name: 'Save dose' })).toBeDisabled();
  await settings.getByLabel('Pressure (bar)').fill('3');
  await expect(settings.getByTestId('dose-preview')).toHaveText(
    'Radial shockwave 3.0 bar, 2000 pulses at 8 Hz, 4 sessions',
  );
  await page.screenshot({ path: 'test-results/screenshots/plan-dose-form.png' });
  await settings.getByRole('button', { name: 'Save dose' }).click();
  await expect(doseLine(page, shockwave)).toHaveText(
    'Radial shockwave 3.0 bar, 2000 pulses at 8 Hz, 4 sessions',
  );

  // A suspected stress fracture blocks the home sheet until the clinician decides.
  await page.getByRole('tab', { name: 'Red flags' }).click();
  await page.getByRole('combobox', { name: 'Red flag' }).click();
  await page.getByRole('option', { name: 'Suspected calcaneal stress fracture' }).click();
  await page.getByLabel('What you found').fill('Squeeze test painful, night pain');
  await page.getByRole('button', { name: 'Record red flag' }).click();
  await expect(page.getByRole('tab', { name: /Red flags/ })).toContainText('1 open');
  await page.getByRole('button', { name: 'Issue plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Issue version 1' });
  await expect(dialog.getByRole('alert')).toContainText('A home sheet must not go out');
  await expect(dialog.getByRole('button', { name: 'Issue version 1' })).toBeDisabled();
  // The decision is offered right in the issue dialog.
  await dialog.getByRole('combobox', { name: 'Decision' }).click();
  await page.getByRole('option', { name: /^Cleared after assessment/ }).click();
  await dialog.getByLabel('Details (optional)').fill('MRI clear; cleared to load');
  await dialog.getByRole('button', { name: 'Record decision' }).click();
  await expect(dialog.getByRole('button', { name: 'Issue version 1' })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(
    page.getByText(
      'Decision: Cleared after assessment: continue the plan — MRI clear; cleared to load',
    ),
  ).toBeVisible();
  await issue(page, 1);
});
