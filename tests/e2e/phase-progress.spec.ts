// Progression by phase on screen: the clinician sets a phase's entry criteria in the plan, the
// visit shows which are met and which not, and one click records the decision with its reason,
// which then shows as the plan's current phase and in its phase timeline.
import { expect, test } from './fixtures';
import { seedClinic } from './seed';

test('entry criteria met and unmet at a visit, and the decision recorded in the plan', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  const clinic = await seedClinic(page);
  const planPath = `/patients/${clinic.patientId}/plans/${clinic.planId}`;

  await app.goto(planPath);
  const loading = page.getByRole('region', { name: 'Phase: Weeks 2–6: start loading' });
  await expect(loading.getByText('To start: First-step pain ≤ 4/10 for a week')).toBeVisible();
  await page.getByRole('button', { name: 'Phase actions: Weeks 2–6: start loading' }).click();
  await page.getByRole('menuitem', { name: 'Entry criteria…' }).click();
  const editor = page.getByRole('dialog', { name: 'Entry criteria: Weeks 2–6: start loading' });
  await editor.getByRole('button', { name: 'Add criterion' }).click();
  await editor.getByRole('combobox', { name: 'Criterion 2: measure' }).click();
  await page.getByRole('option', { name: 'FAAM daily living' }).click();
  await editor.getByRole('combobox', { name: 'Criterion 2: comparison' }).click();
  await page.getByRole('option', { name: 'at least (≥)' }).click();
  await editor.getByLabel('Criterion 2: target (%)').fill('80');
  await editor.getByLabel('Criterion 2: over days').fill('0');
  await expect(
    editor.getByText('FAAM daily living ≥ 80 % — from the FAAM ADL questionnaire'),
  ).toBeVisible();
  await editor.getByRole('button', { name: 'Save criteria' }).click();
  await expect(editor).toBeHidden();
  await expect(loading.getByText('FAAM daily living ≥ 80 %')).toBeVisible();
  await page.screenshot({ path: 'test-results/phases-plan-editor.png', fullPage: false });

  await app.goto(`/visits/${clinic.visitId}`);
  const panel = page.getByRole('region', { name: 'Phase progress' });
  const criteria = panel.getByRole('list', { name: 'Entry criteria of Weeks 2–6: start loading' });
  const first = criteria
    .getByRole('listitem')
    .filter({ hasText: 'First-step pain ≤ 4/10 for a week' });
  const faam = criteria.getByRole('listitem').filter({ hasText: 'FAAM daily living ≥ 80 %' });
  await expect(first.getByText('Met', { exact: true })).toBeVisible();
  await expect(faam.getByText('Not met', { exact: true })).toBeVisible();
  await expect(faam.getByText(/^Latest 69 % on \d+ \w{3} \d{4}\.$/)).toBeVisible();
  await expect(panel.getByRole('status')).toHaveText(
    '1 of 2 entry criteria of “Weeks 2–6: start loading” met: not yet.',
  );
  const reason = panel.getByLabel('Reason for the decision');
  await expect(reason).toHaveValue('Not yet met: FAAM daily living ≥ 80 %.');
  await page.screenshot({ path: 'test-results/phases-visit-panel.png', fullPage: false });

  await reason.fill('First steps settled; FAAM is the only gap and loading will help it.');
  await panel.getByRole('button', { name: 'Move on to Weeks 2–6: start loading' }).click();
  await expect(panel.getByText('Current phase: Weeks 2–6: start loading')).toBeVisible();

  await app.goto(planPath);
  await expect(loading.getByText('Current phase', { exact: true })).toBeVisible();
  await page.getByRole('tab', { name: /Progress/ }).click();
  const timeline = page.getByLabel('Phase decisions');
  await expect(
    timeline.getByText('Weeks 0–2: settle pain, understand it → Weeks 2–6: start loading'),
  ).toBeVisible();
  await expect(
    timeline.getByText('First steps settled; FAAM is the only gap and loading will help it.'),
  ).toBeVisible();
  await expect(timeline.getByText(/FAAM daily living ≥ 80 % \(not met\)/)).toBeVisible();
  await page.screenshot({ path: 'test-results/phases-timeline.png', fullPage: false });
});
