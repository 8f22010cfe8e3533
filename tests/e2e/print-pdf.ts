// Printing a plan from its page and reading back what the patient gets: opens "Print v1…",
// lets the test look at and set the print dialog, saves the PDF the dialog names, checks the
// file with qpdf and returns its text.
import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { flat, parsePdf, qpdfCheck } from '../support/pdf';
import { expect } from './fixtures';

/** Making a PDF preview on a busy machine. */
export const SLOW = 30_000;

export async function printAndParse(
  page: Page,
  fileName: RegExp,
  inDialog: (dialog: Locator) => Promise<void> = async () => undefined,
): Promise<string> {
  await page.getByRole('button', { name: 'Print v1…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Print plan' });
  await inDialog(dialog);
  await expect(dialog.getByText(fileName)).toBeVisible({ timeout: SLOW });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save PDF…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(fileName);
  const bytes = fs.readFileSync(await file.path());
  qpdfCheck(bytes, file.suggestedFilename());
  return flat((await parsePdf(bytes)).text);
}
