// Three visits entered from paper forms with the keyboard: NPRS, FAAM ADL and VISA-A, the
// home grid and a shockwave session prefilled from the plan. The charts show three points,
// the MCID badge appears when FAAM ADL improves by 8 or more, and the summary PDF parses.
// The first test makes the patient and issues the plan through the patients and plans screens;
// the shorter ones seed them straight into the database.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { addDays, readableDate } from '../../shared/visits/dates';
import { pdfText } from '../support/visit-pdf-text';
import { expect, test } from './fixtures';
import { seedPatientWithPlan } from './seed-db';

function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A patient and a plan built from the library (shockwave in clinic, heel drops at home), active
 * and issued, all through the patients and plans screens.
 */
async function createPatientWithIssuedPlan(
  page: Page,
  goto: (route: string) => Promise<void>,
): Promise<void> {
  await goto('/patients/new');
  await page.getByLabel('First name').fill('Maria');
  await page.getByLabel('Last name').fill('Okafor');
  await page.getByLabel('Date of birth').fill('2 May 1984');
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(page.getByRole('heading', { name: 'Maria Okafor' })).toBeVisible();
  await page.getByRole('button', { name: 'New plan' }).click();
  await page.getByLabel('Plan title').fill('Achilles: load and settle');
  await page.getByRole('button', { name: 'Start plan' }).click();
  const search = page.getByLabel('Search the library');
  for (const [query, title] of [
    ['shockwave achilles', 'Radial shockwave for Achilles tendon pain'],
    ['heel drops', 'Slow heel drops off a step, knee straight'],
  ] as const) {
    await search.fill(query);
    await page.getByRole('button', { name: new RegExp(`^Add ${title} to`) }).click();
    await expect(page.getByRole('region', { name: /^Phase:/ }).getByText(title)).toBeVisible();
  }
  // A patient's first plan starts active: the plan in force at the visits.
  await expect(page.getByRole('button', { name: /^Status: Active/ })).toBeVisible();
  await page.getByRole('button', { name: 'Issue plan' }).click();
  await page.getByRole('button', { name: 'Issue version 1' }).click();
  await expect(page.getByText('Version 1 issued.')).toBeVisible();
}

interface VisitInput {
  date: string;
  nprs: string;
  faamAdl: string; // 21 digits, typed in one go
  visaA: string; // Q1–Q6
  pain: string; // 7 digits of first-step pain
  ticks: number; // heel-drop days ticked
  screenshot?: string;
}

interface PlanNames {
  planLabel: string;
  shockwave: string;
  pressure: string;
  heelDrops: RegExp;
}

const SEEDED: PlanNames = {
  planLabel: 'Plan in force: Plantar heel pain: load and settle, version 1',
  shockwave: 'Radial shockwave to the plantar fascia',
  pressure: '2.5',
  heelDrops: /^Eccentric heel drops,/,
};

async function recordVisit(
  page: Page,
  visit: VisitInput,
  names: PlanNames = SEEDED,
): Promise<void> {
  await page.getByRole('link', { name: 'Start visit' }).click();
  await expect(page.getByRole('heading', { name: /New visit/ })).toBeVisible();
  await expect(page.getByText(names.planLabel)).toBeVisible();
  await page.getByLabel('Date', { exact: true }).fill(readableDate(visit.date));
  await page
    .getByRole('textbox', { name: 'Subjective', exact: true })
    .fill('First steps sore, easing after a few minutes.');
  await page.getByRole('button', { name: 'Add to Objective: Windlass test:' }).click();

  // The shockwave session comes from the plan with its settings; only what changed is edited.
  const shockwave = page.getByRole('region', { name: `Treatment: ${names.shockwave}` });
  await expect(shockwave.getByLabel(`${names.shockwave}: Pressure (bar)`)).toHaveValue(
    names.pressure,
  );
  await shockwave.getByLabel(`${names.shockwave}: Pulses`).fill('2200');

  for (const measure of ['NPRS', 'FAAM ADL', 'VISA-A']) {
    await page.getByRole('button', { name: 'Add measure' }).click();
    await page.getByRole('menuitem', { name: new RegExp(`^${measure} —`) }).click();
  }
  await page.getByLabel(/^NPRS 1:/).click();
  await page.keyboard.type(visit.nprs);
  await page.getByLabel(/^FAAM ADL 1:/).click();
  await page.keyboard.type(visit.faamAdl);
  await page.getByLabel(/^VISA-A 1:/).click();
  await page.keyboard.type(visit.visaA);
  await page.getByRole('radio', { name: 'Modified training or competition (4)' }).check();
  await page
    .getByRole('radiogroup', { name: 'Some pain, but completes training' })
    .getByRole('radio', { name: '11–20 min' })
    .check();

  // The paper grid: heel drops ticked on the first days, then the pain of each morning.
  const heelDrops = page.getByRole('checkbox', { name: names.heelDrops });
  for (let day = 0; day < visit.ticks; day += 1) await heelDrops.nth(day).check();
  await page
    .getByLabel(/^First-step pain, /)
    .first()
    .click();
  await page.keyboard.type(visit.pain);

  if (visit.screenshot) await page.screenshot({ path: visit.screenshot, fullPage: true });
  await page.getByRole('button', { name: 'Save visit' }).click();
  await expect(page.getByText('Visit saved.')).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Visit / })).toBeVisible();
  await page.getByRole('link', { name: '← Maria Okafor' }).click();
}

test('three visits: scores, grid and shockwave; charts, MCID badge and summary PDF', async ({
  app,
}) => {
  const { page } = app;
  const today = localIsoDate(new Date());
  fs.mkdirSync('test-results/screenshots', { recursive: true });
  await createPatientWithIssuedPlan(page, app.goto);

  // From the patient page to their visits.
  await page
    .getByRole('link', { name: /^Maria Okafor/ })
    .first()
    .click();
  await page.getByRole('link', { name: 'Visits & progress' }).click();
  await expect(page.getByRole('heading', { name: 'Maria Okafor' })).toBeVisible();
  const names: PlanNames = {
    planLabel: 'Plan in force: Achilles: load and settle, version 1',
    shockwave: 'Radial shockwave for Achilles tendon pain',
    pressure: '2',
    heelDrops: /^Slow heel drops off a step, knee straight,/,
  };

  // FAAM ADL: 21 × 2 = 42/84 = 50 %; then 45/84 = 53.6 % (+3.6); then 53/84 = 63.1 % (+13.1).
  await recordVisit(
    page,
    {
      date: addDays(today, -14),
      nprs: '7',
      faamAdl: '2'.repeat(21),
      visaA: '445534',
      pain: '7766655',
      ticks: 4,
    },
    names,
  );
  await recordVisit(
    page,
    {
      date: addDays(today, -7),
      nprs: '5',
      faamAdl: `${'2'.repeat(18)}333`,
      visaA: '556645',
      pain: '6655544',
      ticks: 6,
    },
    names,
  );

  // On the third form the live score already shows the badge before saving.
  await recordVisit(
    page,
    {
      date: today,
      nprs: '3',
      faamAdl: `${'3'.repeat(11)}${'2'.repeat(10)}`,
      visaA: '667756',
      pain: '4433322',
      ticks: 7,
      screenshot: 'test-results/screenshots/visit-form.png',
    },
    names,
  );

  // Three points on each chart, the FAAM ADL one with the MCID badge on the third.
  const faamValues = page.getByRole('table', { name: 'FAAM ADL values' });
  await expect(faamValues.getByRole('row')).toHaveCount(4); // header + 3 visits
  await expect(faamValues.getByRole('row').nth(1)).toContainText('50 %');
  await expect(faamValues.getByRole('row').nth(1)).toContainText('baseline');
  await expect(faamValues.getByRole('row').nth(2)).toContainText('53.6 %');
  await expect(faamValues.getByRole('row').nth(2)).not.toContainText('MCID reached');
  await expect(faamValues.getByRole('row').nth(3)).toContainText('63.1 %');
  await expect(faamValues.getByRole('row').nth(3)).toContainText('MCID reached');
  await expect(page.getByRole('table', { name: 'NPRS values' }).getByRole('row')).toHaveCount(4);
  await expect(page.getByRole('table', { name: 'VISA-A values' }).getByRole('row')).toHaveCount(4);
  await expect(page.getByTestId('chart-FAAM ADL').locator('.recharts-line-dot')).toHaveCount(3);
  // Three weeks of mornings from the three grids (each grid is the week before its visit).
  await expect(
    page.getByRole('table', { name: 'First-step pain values' }).getByRole('row'),
  ).toHaveCount(22);
  await expect(page.getByRole('table', { name: 'Adherence values' }).getByRole('row')).toHaveCount(
    4,
  );
  await expect(page.getByRole('table', { name: 'Visits' }).getByRole('row')).toHaveCount(4);
  await page.screenshot({ path: 'test-results/screenshots/progress.png', fullPage: true });

  // The latest visit shows the badge beside its FAAM ADL score; export its summary.
  await page.getByRole('table', { name: 'Visits' }).getByRole('link').first().click();
  const scores = page.getByRole('table', { name: 'Scores' });
  await expect(scores.getByRole('row', { name: /FAAM ADL/ })).toContainText('+13.1 from 50 %');
  await expect(scores.getByRole('row', { name: /FAAM ADL/ })).toContainText('MCID reached');
  // The summary is saved through the host like every document; headless Chromium has no save
  // picker to click through, so it takes the download path.
  await page.evaluate(() => {
    Object.defineProperty(globalThis, 'showSaveFilePicker', {
      value: undefined,
      configurable: true,
    });
  });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export summary PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`visit-summary-Okafor-${today}.pdf`);
  await expect(page.getByText(`visit-summary-Okafor-${today}.pdf was saved.`)).toBeVisible();
  const saved = path.join(app.dataDir, 'summary.pdf');
  await file.saveAs(saved);
  const pdf = await pdfText(fs.readFileSync(saved));
  const text = pdf.pages.join('\n');
  expect(text).toContain('Patient: Maria Okafor');
  expect(text).toContain('Radial shockwave · 2.0 bar · 2200 pulses · 8 Hz');
  expect(text).toContain('FAAM ADL: 63.1 % (baseline 50 %');
  expect(text).toMatch(/change \+13\.1, MCID reached/);
  expect(text).toContain('FAAM ADL (higher is better)');
});

test('bad input is refused: a future date and VISA-A question 8 in two branches', async ({
  app,
}) => {
  const { page } = app;
  seedPatientWithPlan(app.dataDir);
  const tomorrow = addDays(localIsoDate(new Date()), 1);
  await app.goto('/visits/patient/pat-e2e/new');
  await expect(page.getByRole('heading', { name: /New visit/ })).toBeVisible();
  await page.getByRole('button', { name: 'Add measure' }).click();
  await page.getByRole('menuitem', { name: /^VISA-A —/ }).click();
  await page
    .getByRole('radiogroup', { name: 'No pain while training' })
    .getByRole('radio', { name: '1–10 min' })
    .check();
  await page
    .getByRole('radiogroup', { name: 'Pain stops training' })
    .getByRole('radio', { name: '21–30 min' })
    .check();
  await expect(page.getByRole('alert').filter({ hasText: 'answered in 2 branches' })).toBeVisible();
  await page.getByLabel('Date', { exact: true }).fill(readableDate(tomorrow));
  await page.getByRole('button', { name: 'Save visit' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'The visit was not saved' }),
  ).toBeVisible();
  // Leaving the unsaved visit by the app's navigation asks first; discarding it leaves nothing.
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Visits' })
    .click();
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await app.goto('/visits/patient/pat-e2e');
  await expect(page.getByText('No visits yet.')).toBeVisible();
});

test('a visit from an earlier day is amended with a reason; the original stays visible', async ({
  app,
}) => {
  const { page } = app;
  seedPatientWithPlan(app.dataDir);
  const yesterday = addDays(localIsoDate(new Date()), -1);
  await app.goto('/visits/patient/pat-e2e/new');
  await page.getByLabel('Date', { exact: true }).fill(readableDate(yesterday));
  await page.getByRole('textbox', { name: 'Subjective', exact: true }).fill('First-step pain 8/10');
  await page.getByRole('button', { name: 'Save visit' }).click();
  await expect(page.getByText('Visit saved.')).toBeVisible();
  await expect(page.getByText('In the record')).toBeVisible();

  await page.getByRole('button', { name: 'Amend visit' }).click();
  await page.getByRole('textbox', { name: 'Subjective', exact: true }).fill('First-step pain 6/10');
  await page.getByRole('button', { name: 'Save amendment' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'The visit was not saved' }),
  ).toContainText('Give a reason for the amendment');
  await page.getByLabel('Reason for the amendment').fill('Misread the patient’s form');
  await page.getByRole('button', { name: 'Save amendment' }).click();
  await expect(page.getByText('Amendment saved.')).toBeVisible();

  await expect(page.getByRole('region', { name: 'SOAP note' })).toContainText(
    'First-step pain 6/10',
  );
  const original = page.getByLabel('Subjective as first recorded');
  await expect(original).toContainText('Misread the patient’s form');
  await expect(original).toContainText('First-step pain 8/10');
  await expect(page.getByRole('region', { name: 'Amendments' })).toContainText('Subjective');
  await page.screenshot({ path: 'test-results/screenshots/visit-amended.png', fullPage: true });
});
