// The visit screens in German: the patient's progress charts (axis, legend and table in German,
// decimal commas), a recorded visit, and a new visit's outcome entry where each questionnaire
// keeps its published English items under a German note that it is English-only. Then back to
// English. Screenshots of each screen land in test-results/screenshots/*-de.png.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { addDays } from '../../shared/visits/dates';
import { callApi, expect, test } from './fixtures';
import { seedPatientWithPlan } from './seed-db';

function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function api(page: Page, method: string, input: unknown): Promise<unknown> {
  const result = await callApi(page, method, input);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value;
}

interface Start {
  draft: {
    adherence: { firstStepPain: (number | null)[]; exercises: { days: boolean[] }[] }[];
  } & Record<string, unknown>;
}

/** A visit recorded through the API: NPRS, FAAM ADL (every item the same) and a home grid. */
async function recordVisit(
  page: Page,
  date: string,
  nprs: number,
  faam: number[],
  mornings: number[],
): Promise<string> {
  const start = (await api(page, 'visits.start', { patientId: 'pat-e2e' })) as Start;
  const week = start.draft.adherence[0];
  const adherence = week
    ? [
        {
          ...week,
          weekStart: addDays(date, -7),
          firstStepPain: mornings,
          exercises: week.exercises.map((e) => ({ ...e, days: e.days.map((_, i) => i < 5) })),
        },
      ]
    : [];
  const visit = (await api(page, 'visits.create', {
    ...start.draft,
    date,
    time: '09:30',
    soap: {
      subjective: 'Anlaufschmerz morgens 5/10, nach 10 Minuten besser.',
      objective: 'Windlass-Test positiv rechts.',
      assessment: 'Verbesserung wie erwartet',
      plan: 'Programm fortsetzen',
    },
    outcomes: [
      { form: { measure: 'nprs', answers: [nprs] }, note: '' },
      { form: { measure: 'faam-adl', answers: faam }, note: '' },
    ],
    adherence,
  })) as { id: string };
  return visit.id;
}

test('visits in German: progress charts, a visit, outcome entry with the English-only note', async ({
  app,
}) => {
  // Four screens, two languages and a form typed in; the shared test machine is slow.
  test.setTimeout(240_000);
  const { page } = app;
  const today = localIsoDate(new Date());
  fs.mkdirSync('test-results/screenshots', { recursive: true });
  seedPatientWithPlan(app.dataDir);
  await app.goto('/visits/patient/pat-e2e');
  await expect(page.getByRole('heading', { name: 'Maria Okafor' })).toBeVisible();

  // FAAM ADL 42/84 = 50 %, then 53/84 = 63.1 % (+13.1: the MCID of 8 is reached).
  await recordVisit(page, addDays(today, -7), 6, Array<number>(21).fill(2), [7, 6, 6, 6, 5, 5, 5]);
  const latest = await recordVisit(
    page,
    today,
    3,
    [...Array<number>(11).fill(3), ...Array<number>(10).fill(2)],
    [5, 4, 4, 3, 3, 3, 2],
  );

  await api(page, 'access.setMyLanguage', { uiLanguage: 'de' });
  await page.reload();
  await app.goto('/visits/patient/pat-e2e');

  // Progress: German headings, German table names and decimal commas.
  await expect(page.getByRole('heading', { name: 'Verlauf' })).toBeVisible();
  const faamValues = page.getByRole('table', { name: 'Werte FAAM ADL' });
  await expect(faamValues.getByRole('columnheader', { name: 'Datum' })).toBeVisible();
  await expect(faamValues.getByRole('row').nth(1)).toContainText('50 %');
  await expect(faamValues.getByRole('row').nth(1)).toContainText('Ausgangswert');
  await expect(faamValues.getByRole('row').nth(2)).toContainText('63,1 %');
  await expect(faamValues.getByRole('row').nth(2)).toContainText('MCID erreicht');
  await expect(
    page.getByText(/^Höher ist besser; gestrichelt: MCID ab Ausgangswert/),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Werte Anlaufschmerz' })).toBeVisible();
  const visits = page.getByRole('table', { name: 'Termine' });
  await expect(visits.getByRole('row')).toHaveCount(3);
  await expect(visits.getByRole('row').nth(1)).toContainText('Maßnahme');
  await page.screenshot({ path: 'test-results/screenshots/progress-de.png', fullPage: true });

  // One visit: German labels, the score change with a decimal comma, the date as 4.12.2026.
  await app.goto(`/visits/${latest}`);
  await expect(
    page.getByRole('heading', { name: /^Termin \d{1,2}\.\d{1,2}\.\d{4} · 09:30/ }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zusammenfassung als PDF' })).toBeVisible();
  const scores = page.getByRole('table', { name: 'Scores' });
  await expect(scores.getByRole('row', { name: /FAAM ADL/ })).toContainText('+13,1 gegenüber 50 %');
  await expect(scores.getByRole('row', { name: /FAAM ADL/ })).toContainText('MCID erreicht');
  await expect(page.getByRole('region', { name: 'SOAP-Notiz' })).toContainText('Beurteilung');
  await page.screenshot({ path: 'test-results/screenshots/visit-de.png', fullPage: true });

  // A new visit's outcome entry: German around the form, the published English inside it.
  await app.goto('/visits/patient/pat-e2e/new');
  await expect(page.getByRole('heading', { name: 'Neuer Termin – Maria Okafor' })).toBeVisible();
  await page.getByRole('button', { name: 'Messinstrument hinzufügen' }).click();
  await page.getByRole('menuitem', { name: /^FAAM ADL —/ }).click();
  const faam = page.getByRole('region', { name: 'Foot and Ankle Ability Measure – Alltag' });
  const note = faam.getByRole('note', { name: 'Fragebogen nur auf Englisch' });
  await expect(note).toHaveText(
    'Dieser Fragebogen wird in seiner validierten englischen Fassung gezeigt; eine validierte ' +
      'deutsche Übersetzung ist in Physioplan nicht enthalten.',
  );
  await expect(faam.getByText('Walking uphill', { exact: true })).toBeVisible();
  await faam.getByLabel(/^FAAM ADL 1:/).click();
  await page.keyboard.type('3'.repeat(21));
  await expect(faam.getByRole('status', { name: 'Score FAAM ADL' })).toContainText('Score 75 %');
  await expect(faam.getByRole('status', { name: 'Score FAAM ADL' })).toContainText(
    '+25 gegenüber 50 %',
  );
  // From the top of the page, so the app's fixed header does not cover the card's heading.
  await page.evaluate('window.scrollTo(0, 0)');
  const card = await faam.boundingBox();
  expect(card).not.toBeNull();
  if (card) {
    await page.screenshot({
      path: 'test-results/screenshots/outcome-entry-de.png',
      fullPage: true,
      clip: card,
    });
  }
  await page.screenshot({ path: 'test-results/screenshots/visit-form-de.png', fullPage: true });

  // Back to English: the same form, no note.
  // The form is left as it was, so nothing asks about unsaved changes.
  await faam.getByRole('button', { name: 'FAAM ADL entfernen' }).click();
  await api(page, 'access.setMyLanguage', { uiLanguage: 'en' });
  await page.reload();
  await app.goto('/visits/patient/pat-e2e/new');
  await page.getByRole('button', { name: 'Add measure' }).click();
  await page.getByRole('menuitem', { name: /^FAAM ADL —/ }).click();
  const english = page.getByRole('region', {
    name: 'Foot and Ankle Ability Measure — daily living',
  });
  await expect(english.getByText('Walking uphill', { exact: true })).toBeVisible();
  await expect(english.getByRole('note')).toHaveCount(0);
});
