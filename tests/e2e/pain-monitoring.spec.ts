// Pain monitoring and running at a visit: the reduce-load verdict appears as the ratings
// cross the model's limits, the diary rows are typed in, the saved visit shows the verdict,
// and the patient page charts pain with running load. Outcome badges: FFI with 2 answers is
// not scored, NPRS 3 → 2 is not badged, and the MCID source stands beside the badge.
import fs from 'node:fs';
import { addDays, shortDate } from '../../shared/visits/dates';
import { heelDropItem, insertPatient, insertPlanVersion } from '../support/visit-fixtures';
import { openDataFolderDatabase } from '../support/test-keys';
import { expect, test } from './fixtures';

function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A runner with an issued plan and, a week ago, a visit where NPRS was 3. */
function seed(dataDir: string, baselineDate: string): void {
  const db = openDataFolderDatabase(dataDir);
  db.pragma('busy_timeout = 5000');
  insertPatient(db, { id: 'pat-run', firstName: 'Kofi', lastName: 'Mensah' });
  insertPlanVersion(db, {
    planId: 'plan-run',
    versionId: 'pv-run-1',
    versionNumber: 1,
    patientId: 'pat-run',
    items: [heelDropItem],
  });
  const at = `${baselineDate}T09:00:00.000Z`;
  db.prepare(
    `INSERT INTO visits (id, patient_id, visit_date, visit_time, created_at, updated_at)
     VALUES ('visit-base', 'pat-run', @date, '09:00', @at, @at)`,
  ).run({ date: baselineDate, at });
  db.prepare(
    `INSERT INTO outcome_records (id, visit_id, patient_id, measure, answers, status, score, result, created_at, updated_at)
     VALUES ('out-base', 'visit-base', 'pat-run', 'nprs', '[3]', 'scored', 3, @result, @at, @at)`,
  ).run({
    at,
    result: JSON.stringify({
      status: 'scored',
      measure: 'nprs',
      score: 3,
      maxScore: 10,
      answered: 1,
      items: 1,
    }),
  });
  db.close();
}

test('pain monitoring flags reduce load, running is charted with pain, badges follow the rules', async ({
  app,
}) => {
  // One long flow through three screens with many fields typed from the keyboard.
  test.setTimeout(180_000);
  const { page } = app;
  const today = localIsoDate(new Date());
  seed(app.dataDir, addDays(today, -7));
  fs.mkdirSync('test-results/screenshots', { recursive: true });
  await app.goto('/visits/patient/pat-run/new');
  await expect(page.getByRole('heading', { name: /New visit/ })).toBeVisible();

  // Pain monitoring: 7/10 during exercise is over the model's 5/10.
  const painSection = page.getByRole('region', { name: 'Pain monitoring' });
  await painSection.getByLabel('First-step pain that morning (0–10)').fill('3');
  await painSection.getByLabel('Pain during exercise (0–10)').fill('7');
  await painSection.getByLabel('Pain the next morning (0–10)').fill('3');
  const verdict = painSection.getByRole('alert', { name: 'Reduce load' });
  await expect(verdict).toContainText('Pain during exercise was above 5/10 on 1 day: 7/10');
  // Back to 5/10: within the model, the flag goes.
  await painSection.getByLabel('Pain during exercise (0–10)').fill('5');
  await expect(verdict).toBeHidden();
  await expect(painSection.getByRole('status')).toContainText(
    'Pain is within the pain-monitoring model',
  );
  // Next morning worse than that morning: the pain has not settled.
  await painSection.getByLabel('Pain the next morning (0–10)').fill('4');
  await expect(verdict).toContainText('Pain had not settled by the next morning');
  // An impossible rating is named in words and not accepted.
  await painSection.getByLabel('Pain during exercise (0–10)').fill('12');
  await expect(
    painSection.getByText('Pain during exercise is a whole number from 0 to 10.'),
  ).toBeVisible();
  await painSection.getByLabel('Pain during exercise (0–10)').fill('4');

  const running = page.getByRole('region', { name: 'Running' });
  await running.getByLabel('Running time per week').fill('90');
  await running.getByLabel('Running distance per week').fill('12.5');
  await running.getByLabel('Walk-run stage (1–20)').fill('3');
  await running.getByLabel('Running note').fill('run 2 min, walk 1 min × 8');

  // The diary: pain during exercise, typed along the row.
  await page
    .getByLabel(/^Pain during exercise, /)
    .first()
    .click();
  await page.keyboard.type('3424243');
  await expect(page.getByLabel(/^Pain during exercise, /).nth(6)).toHaveValue('3');

  // NPRS 3 → 2: one point is not meaningful, whatever its percentage.
  await page.getByRole('button', { name: 'Add measure' }).click();
  await page.getByRole('menuitem', { name: /^NPRS —/ }).click();
  await page.getByLabel(/^NPRS 1:/).click();
  await page.keyboard.type('2');
  const nprsScore = page.getByRole('status', { name: 'NPRS score' });
  await expect(nprsScore).toContainText('−1 from 3/10');
  await expect(nprsScore).not.toContainText('MCID reached');
  await page.getByLabel(/^NPRS 1:/).fill('1');
  await expect(nprsScore).toContainText('MCID reached');
  await expect(nprsScore).toContainText('NPRS MCID 2 points · Farrar et al. 2001');

  // FFI with 2 answers and the rest N/A is not scored.
  await page.getByRole('button', { name: 'Add measure' }).click();
  await page.getByRole('menuitem', { name: /^FFI —/ }).click();
  const ffi = page.getByRole('region', { name: 'Foot Function Index' });
  await expect(ffi).toContainText('pain 5 of 9, disability 5 of 9, activity limitation 3 of 5');
  await page.getByLabel(/^FFI 1:/).click();
  await page.keyboard.type(`55${'n'.repeat(21)}`);
  await expect(ffi.getByRole('status')).toContainText(
    'FFI is not scored: too few items answered, the rest N/A',
  );

  await page.screenshot({ path: 'test-results/screenshots/pain-visit-form.png', fullPage: true });
  await page.getByRole('button', { name: 'Save visit' }).click();
  // Saving re-reads the patient's diaries for the model; slow when the machine is busy.
  await expect(page.getByText('Visit saved.')).toBeVisible({ timeout: 30_000 });

  // The saved visit shows the verdict and the running load.
  const load = page.getByRole('region', { name: 'Pain monitoring and running' });
  await expect(load.getByRole('alert', { name: 'Reduce load' })).toContainText(
    'Pain had not settled by the next morning on 1 day',
  );
  await expect(load).toContainText('90 min');
  await expect(load).toContainText('12.5 km');
  await expect(load).toContainText('Stage 3');
  const scores = page.getByRole('table', { name: 'Scores' });
  await expect(scores.getByRole('row', { name: /NPRS/ })).toContainText(
    'NPRS MCID 2 points · Farrar et al. 2001',
  );
  await expect(scores.getByRole('row', { name: /FFI/ })).toContainText('Not scored');
  await page.screenshot({ path: 'test-results/screenshots/pain-visit-view.png', fullPage: true });

  // The patient page charts pain monitoring and running load, each with its values.
  await page.getByRole('link', { name: '← Kofi Mensah' }).click();
  const painValues = page.getByRole('table', { name: 'Pain monitoring values' });
  // The diary days before the visit, then the visit's own entry.
  await expect(painValues.getByRole('row').nth(1).getByRole('cell')).toHaveText([
    shortDate(addDays(today, -7)),
    '',
    '3/10',
    '',
  ]);
  await expect(painValues.getByRole('row').last().getByRole('cell')).toHaveText([
    shortDate(today),
    '3/10',
    '4/10',
    '4/10',
  ]);
  const runningValues = page.getByRole('table', { name: 'Running load values' });
  await expect(runningValues.getByRole('row').nth(1).getByRole('cell')).toHaveText([
    shortDate(today),
    '90 min',
    '12.5 km',
    'Stage 3',
  ]);
  await page.getByRole('figure', { name: 'Running load chart' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/pain-progress.png', fullPage: true });
});
