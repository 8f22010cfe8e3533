// Regress / progress from the visit screen: with pain over the limit the visit offers Regress
// first; applying it swaps the exercise in the plan, which the plan editor then shows, and a
// dose regression is set from the exercise's "Regression…" dialog.
import { expect, test } from './fixtures';
import { call, seedClinic } from './seed';

test('a reduce-load visit regresses an exercise in the plan', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  const clinic = await seedClinic(page);
  let plan = await call(page, 'plans.get', { planId: clinic.planId });
  const loading = plan.phases[1];
  if (!loading) throw new Error('two phases');
  plan = await call(page, 'plans.decidePhase', {
    planId: plan.id,
    revision: plan.revision,
    toPhaseId: loading.id,
    reason: 'First steps settled.',
  });
  const start = await call(page, 'visits.start', { patientId: clinic.patientId });
  const visit = await call(page, 'visits.create', {
    ...start.draft,
    painMonitoring: { firstStepPain: 3, duringExercise: 7, nextMorning: 4 },
  });

  await app.goto(`/visits/${visit.id}`);
  await expect(page.getByRole('alert', { name: 'Reduce load' })).toBeVisible();
  const panel = page.getByRole('region', { name: 'Regress or progress exercises' });
  await expect(panel.getByRole('status')).toHaveText(
    'The pain response says reduce load: regressing is suggested.',
  );
  const raises = panel.getByRole('group', { name: 'Calf raises on both legs' });
  const regress = raises.getByRole('button', {
    name: 'Regress: Change to Calf hold (suggested)',
  });
  await expect(regress).toBeVisible();
  await expect(
    raises.getByRole('button', {
      name: 'Progress: Change to Single-leg heel raise with toes on a towel',
    }),
  ).toBeVisible();
  await panel.screenshot({ path: 'test-results/exercise-steps-visit.png' });
  await page.screenshot({ path: 'test-results/exercise-steps-visit-page.png', fullPage: true });

  await regress.click();
  await expect(page.getByText('Regressed “Calf raises on both legs” in the plan.')).toBeVisible();
  await expect(
    panel
      .getByRole('group', { name: 'Calf hold' })
      .getByRole('button', { name: 'Progress: Change to Calf raises on both legs' }),
  ).toBeVisible();
  await expect(raises).toBeHidden();

  await app.goto(`/patients/${clinic.patientId}/plans/${clinic.planId}`);
  const phase = page.getByRole('region', { name: 'Phase: Weeks 2–6: start loading' });
  const hold = phase.getByRole('group', { name: 'Calf hold' });
  await expect(hold.getByText('Progression: Change to Calf raises on both legs')).toBeVisible();
  await expect(phase.getByRole('group', { name: 'Calf raises on both legs' })).toHaveCount(0);

  // A dose regression on another exercise, from the keyboard-reachable "Regression…" button.
  const arch = phase.getByRole('group', { name: 'Arch lift (short foot)' });
  await arch.getByRole('button', { name: 'Regression of Arch lift (short foot)…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Regression of Arch lift (short foot)' });
  await dialog.getByText('Same exercise, another dose').click();
  await dialog.getByRole('textbox', { name: 'Sets' }).fill('2');
  await page.screenshot({ path: 'test-results/exercise-steps-dialog.png' });
  await dialog.getByRole('button', { name: 'Save regression' }).click();
  await expect(dialog).toBeHidden();
  await expect(arch.getByText(/^Regression: Dose: 2 sets/)).toBeVisible();
});
