// An imported free-exercise-db item shows "Needs review" in the list and on the item, can be
// found with the Review filter, and loses the mark when the clinician marks it reviewed. The
// built-in items show their line drawing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { call } from './seed';
import { patientDraft } from '../support/records';

const fixture = path.resolve(import.meta.dirname, '../fixtures/free-exercise-db/exercises.json');

function oneExerciseFolder(): string {
  const all = JSON.parse(fs.readFileSync(fixture, 'utf8')) as { id: string }[];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'free-exercise-db-'));
  fs.writeFileSync(
    path.join(dir, 'exercises.json'),
    JSON.stringify(all.filter((e) => e.id === 'Ankle_Circles')),
  );
  return dir;
}

test('an imported item needs review until the clinician marks it reviewed', async ({ app }) => {
  const { page } = app;
  await app.goto('/library');
  await call(page, 'library.importFreeExerciseDb', { folder: oneExerciseFolder() });
  await page.reload();

  const list = page.getByRole('listbox', { name: 'Library items' });
  await page.getByRole('button', { name: 'Filter by review' }).click();
  await page.getByRole('checkbox', { name: /Needs review/ }).check();
  await page.keyboard.press('Escape');
  const row = list.getByRole('option', { name: /Ankle Circles/ });
  await expect(row).toContainText('Needs review');
  await expect(list.getByRole('option')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/library-review-list.png' });

  await row.click();
  await expect(page.getByRole('heading', { name: 'Ankle Circles', level: 2 })).toBeVisible();
  const notice = page.getByRole('alert').filter({ hasText: 'Needs review before a patient' });
  await expect(notice).toContainText('imported without cautions');
  await page.screenshot({ path: 'test-results/library-review-item.png' });
  await notice.getByRole('button', { name: 'Mark as reviewed' }).click();
  await expect(notice).toBeHidden();
  // Reviewed: it leaves the list filtered on “Needs review”.
  await expect(row).toHaveCount(0);
});

test('built-in exercises show their line drawing', async ({ app }) => {
  const { page } = app;
  await app.goto('/library');
  const list = page.getByRole('listbox', { name: 'Library items' });
  await page.getByRole('combobox', { name: 'Search the library' }).fill('heel drop');
  await list.getByRole('option', { name: /Slow heel drops off a step, knee straight/ }).click();
  const drawing = page.getByRole('img', { name: /Slow heel drops off a step, knee straight/ });
  await expect(drawing.first()).toBeVisible();
  await page.screenshot({ path: 'test-results/library-drawing-item.png' });
});

test('a plan item shows the drawing it was copied with', async ({ app }) => {
  const { page } = app;
  await app.goto('/patients');
  const patient = await call(page, 'patients.create', {
    patient: patientDraft({ firstName: 'Zoë', lastName: 'Ünal' }),
    allowDuplicate: false,
  });
  const found = await call(page, 'library.search', { query: 'plantar fascia stretch' });
  const plan = await call(page, 'plans.create', { patientId: patient.id });
  await call(page, 'plans.addItem', {
    planId: plan.id,
    revision: plan.revision,
    phaseId: plan.phases[0]?.id ?? '',
    libraryItemId: found.items.find((i) => i.title === 'Plantar fascia stretch')?.id ?? '',
  });
  await app.goto(`/patients/${patient.id}/plans/${plan.id}`);
  const card = page.getByRole('group', { name: 'Plantar fascia stretch', exact: true });
  await expect(card.getByTestId('dose-line')).toHaveText(/your sore leg$/);
  await expect(card.locator('img')).toBeVisible();
  await page.screenshot({ path: 'test-results/plan-item-drawing.png' });
});
