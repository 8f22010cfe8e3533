// The print dialog's language (issue 13): a patient who reads Spanish gets a Spanish sheet by
// default, the dialog lists the items that have no Spanish text before anything is printed,
// and any of the five languages can be chosen instead.
import fs from 'node:fs';
import path from 'node:path';
import type { Download, Locator, Page } from '@playwright/test';
import { flat, parsePdf } from '../support/pdf';
import { clinicSettings, patientDraft } from '../support/records';
import { expect, test } from './fixtures';
import { call } from './seed';

const shots = process.env['PHYSIOPLAN_SHOTS'] ?? path.join('test-results', 'print-language');

async function savedText(page: Page, dialog: Locator): Promise<string> {
  const download: Promise<Download> = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save PDF…' }).click();
  return flat((await parsePdf(fs.readFileSync(await (await download).path()))).text);
}

/** A Spanish-reading patient on the built-in early-phase plan, plus an own item with no Spanish. */
async function seedSpanishPatient(page: Page) {
  await call(page, 'settings.update', clinicSettings({ clinicName: 'Clínica del Puerto' }));
  const patient = await call(page, 'patients.create', {
    patient: patientDraft({ firstName: 'Lucía', lastName: 'Ibáñez', preferredLanguage: 'es' }),
  });
  const templates = await call(page, 'plans.listTemplates', {});
  const early = templates.find((t) => t.title === 'Plantar heel pain — early phase');
  if (!early) throw new Error('The built-in early-phase protocol is missing');
  let plan = await call(page, 'plans.create', { patientId: patient.id, templateId: early.id });
  const own = await call(page, 'library.create', {
    draft: {
      title: 'Towel scrunches with the toes',
      summary: 'Strengthens the small muscles of the foot.',
      instructions: ['Sit with your foot on a towel.', 'Scrunch the towel towards you.'],
      cautions: [],
      clinicianNotes: '',
      images: [],
      videoUrl: null,
      bodyRegions: ['Foot'],
      conditions: ['Plantar heel pain'],
      tags: [],
      equipment: ['Towel'],
      difficulty: null,
      kind: 'exercise',
      parameters: { sets: 3, reps: 10, timesPerDay: 1 },
    },
  });
  const phase = plan.phases[0];
  if (!phase) throw new Error('The protocol has no phase');
  plan = (
    await call(page, 'plans.addItem', {
      planId: plan.id,
      revision: plan.revision,
      phaseId: phase.id,
      libraryItemId: own.id,
    })
  ).plan;
  await call(page, 'plans.issue', { planId: plan.id, revision: plan.revision });
  await page.reload();
  return { patientId: patient.id, planId: plan.id };
}

test('prints a Spanish sheet for a Spanish-reading patient and lists the items without Spanish text', async ({
  app,
}) => {
  const { page } = app;
  const seeded = await seedSpanishPatient(page);
  await app.goto(`/patients/${seeded.patientId}/plans/${seeded.planId}`);
  await page.evaluate(() => {
    Object.defineProperty(globalThis, 'showSaveFilePicker', {
      value: undefined,
      configurable: true,
    });
  });
  await page.getByRole('button', { name: 'Print v1…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Print plan' });
  await expect(dialog.getByText(/\d+ pages? ·/)).toBeVisible();

  const language = dialog.getByRole('combobox', { name: 'Language of the sheet' });
  await expect(language).toHaveValue('Español');
  await expect(dialog.getByText('The patient prefers Spanish')).toBeVisible();
  await expect(
    dialog.getByText('1 item has no Spanish text and will print in English:'),
  ).toBeVisible();
  const missing = dialog.getByRole('list', { name: 'Some items print in English' });
  await expect(missing.getByRole('listitem')).toHaveText(['Towel scrunches with the toes']);
  fs.mkdirSync(shots, { recursive: true });
  await dialog.screenshot({ path: path.join(shots, 'print-dialog-spanish.png') });

  const spanish = await savedText(page, dialog);
  expect(spanish).toContain('Programa de ejercicios en casa');
  expect(spanish).toContain('Preparado para');
  expect(spanish).toContain('Cuándo parar y llamarnos');
  expect(spanish).toMatch(/Página 1 de \d/);
  expect(spanish).toContain('Towel scrunches with the toes');
  expect(spanish).toContain('3 series de 10, una vez al día');
  expect(spanish).not.toContain('Home exercise programme');
  expect(spanish).not.toContain('Prepared for');

  // Any other language can be chosen; English has nothing missing.
  await language.click();
  await page.getByRole('option', { name: 'English' }).click();
  await expect(language).toHaveValue('English');
  await expect(dialog.getByText(/no Spanish text/)).toBeHidden();
  const english = await savedText(page, dialog);
  expect(english).toContain('Home exercise programme');
  expect(english).toContain('3 sets of 10, once a day');

  // The clinician's summary starts in the screens' language.
  await dialog.getByRole('radiogroup', { name: 'Document' }).getByText('Clinician summary').click();
  await expect(dialog.getByRole('combobox', { name: 'Language of the summary' })).toHaveValue(
    'English',
  );
});
