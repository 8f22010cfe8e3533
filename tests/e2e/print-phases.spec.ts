// Printing by phase (issue 16 item 5): the home sheet covers the patient's current phase unless
// the clinician adds another in the print dialog, and its diary lists only the exercises of the
// printed phases (never tape put on in clinic, nor weeks 2–6 exercises on a week-1 sheet).
import fs from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import { flat, parsePdf } from '../support/pdf';
import { expect, test } from './fixtures';
import { seedClinic } from './seed';

async function savedText(page: Page, dialog: Locator): Promise<{ sheet: string; diary: string }> {
  const download: Promise<Download> = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save PDF…' }).click();
  const pdf = await parsePdf(fs.readFileSync(await (await download).path()));
  const diaryFrom = pdf.pages.findIndex((p) => flat(p.text).includes('Your exercise diary'));
  expect(diaryFrom, 'the sheet has a diary').toBeGreaterThan(0);
  return {
    sheet: flat(pdf.text),
    diary: flat(
      pdf.pages
        .slice(diaryFrom)
        .map((p) => p.text)
        .join('\n'),
    ),
  };
}

test('the home sheet prints the current phase, and the print dialog can add the next', async ({
  app,
}) => {
  const { page } = app;
  const clinic = await seedClinic(page);
  await app.goto(`/patients/${clinic.patientId}/plans/${clinic.planId}`);
  await page.evaluate(() => {
    Object.defineProperty(globalThis, 'showSaveFilePicker', {
      value: undefined,
      configurable: true,
    });
  });
  await page.getByRole('button', { name: 'Print v2…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Print plan' });
  await expect(dialog.getByText(/\d+ pages? ·/)).toBeVisible();

  const phases = dialog.getByRole('group', { name: 'Phases to print' });
  const current = phases.getByRole('checkbox', {
    name: 'Weeks 0–2: settle pain, understand it (current)',
  });
  const next = phases.getByRole('checkbox', { name: 'Weeks 2–6: start loading' });
  await expect(current).toBeChecked();
  await expect(next).not.toBeChecked();

  const weekOne = await savedText(page, dialog);
  expect(weekOne.sheet).toContain('Plantar fascia stretch');
  expect(weekOne.sheet).toContain('Low-Dye arch taping');
  expect(weekOne.sheet).not.toContain('Arch lift (short foot)');
  expect(weekOne.diary).toContain('Plantar fascia stretch');
  expect(weekOne.diary).not.toContain('Low-Dye arch taping');
  expect(weekOne.diary).not.toContain('Ready-made arch supports');
  expect(weekOne.diary).not.toContain('Arch lift (short foot)');
  expect(weekOne.diary).not.toContain('Calf raises on both legs');

  await next.check();
  const both = await savedText(page, dialog);
  expect(both.sheet).toContain('Weeks 2–6: start loading');
  expect(both.diary).toContain('Plantar fascia stretch');
  expect(both.diary).toContain('Arch lift (short foot)');
  expect(both.diary).toContain('Calf raises on both legs');
  expect(both.diary).not.toContain('Low-Dye arch taping');

  // Nothing chosen prints nothing, and says so.
  await current.uncheck();
  await next.uncheck();
  await expect(dialog.getByText('Choose at least one phase to print.').first()).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Save PDF…' })).toBeDisabled();
});
