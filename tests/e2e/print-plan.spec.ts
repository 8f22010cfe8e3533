// Printing an issued plan version from the app: the dialog previews the exact PDF, the options
// change it, and Save gives a file that parses and passes qpdf.
import path from 'node:path';
import Database from 'better-sqlite3';
import { heelPainItems, snapshot } from '../fixtures/plan-snapshots';
import { flat, parsePdf, qpdfCheck } from '../support/pdf';
import { expect, test } from './fixtures';

/** Stores an issued version the way the plans service does (the plans screens come later). */
function issueVersion(dataDir: string): string {
  const snap = snapshot({ items: heelPainItems() });
  const db = new Database(path.join(dataDir, 'physioplan.sqlite'));
  try {
    const now = snap.issuedAt;
    db.prepare(
      `INSERT INTO patients (id, first_name, last_name, created_at, updated_at)
       VALUES (@id, @firstName, @lastName, @now, @now)`,
    ).run({
      id: snap.patient.id,
      firstName: snap.patient.firstName,
      lastName: snap.patient.lastName,
      now,
    });
    db.prepare(
      `INSERT INTO plans (id, patient_id, title, status, created_at, updated_at)
       VALUES (@id, @patientId, @title, 'active', @now, @now)`,
    ).run({ id: snap.planId, patientId: snap.patient.id, title: snap.title, now });
    db.prepare(
      `INSERT INTO plan_versions (id, plan_id, version_number, issued_at, snapshot)
       VALUES ('version-3', @planId, 3, @now, @snapshot)`,
    ).run({ planId: snap.planId, now, snapshot: JSON.stringify(snap) });
  } finally {
    db.close();
  }
  return 'version-3';
}

test('print the home programme and the clinician summary of an issued version', async ({ app }) => {
  const { page } = app;
  const versionId = issueVersion(app.dataDir);
  await app.goto(`/print/${versionId}`);
  // Headless Chromium has no save picker to click through: take the download path.
  await page.evaluate(() => {
    Object.defineProperty(globalThis, 'showSaveFilePicker', {
      value: undefined,
      configurable: true,
    });
  });

  const dialog = page.getByRole('dialog', { name: 'Print plan' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('img', { name: /^Page 1 of \d+$/ })).toBeVisible();
  await expect(dialog.getByText(/Unal-Zoe-home-programme-v3-\d{4}-\d{2}-\d{2}\.pdf/)).toBeVisible();

  // Large print makes more pages.
  const pagesBefore = Number(
    (await dialog.getByText(/\d+ pages? ·/).textContent())?.match(/\d+/)?.[0],
  );
  await dialog.getByLabel('Large print').check();
  await expect
    .poll(async () =>
      Number((await dialog.getByText(/\d+ pages? ·/).textContent())?.match(/\d+/)?.[0]),
    )
    .toBeGreaterThan(pagesBefore);

  const homeDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save PDF…' }).click();
  const home = await homeDownload;
  await expect(dialog.getByRole('status')).toHaveText(
    /Unal-Zoe-home-programme-v3-.*\.pdf was saved\./,
  );
  expect(home.suggestedFilename()).toMatch(/^Unal-Zoe-home-programme-v3-\d{4}-\d{2}-\d{2}\.pdf$/);
  const homeFile = await home.path();
  const homeBytes = (await import('node:fs')).readFileSync(homeFile);
  qpdfCheck(homeBytes, home.suggestedFilename());
  const homePdf = await parsePdf(homeBytes);
  expect(flat(homePdf.text)).toContain('Zoë Ünal');
  expect(flat(homePdf.text)).toContain(
    '3 sets of 10, hold 10 s, 3 times a day, every day — left leg',
  );
  expect(
    Math.min(
      ...homePdf.pages.flatMap((p) =>
        p.runs.filter((r) => r.text.startsWith('Sit down')).map((r) => r.size),
      ),
    ),
  ).toBeGreaterThanOrEqual(16);

  await dialog.getByRole('radiogroup', { name: 'Document' }).getByText('Clinician summary').click();
  await expect(dialog.getByRole('radio', { name: 'Clinician summary' })).toBeChecked();
  await expect(dialog.getByText(/Unal-Zoe-plan-summary-v3-\d{4}-\d{2}-\d{2}\.pdf/)).toBeVisible();
  const summaryDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save PDF…' }).click();
  const summary = await summaryDownload;
  const summaryBytes = (await import('node:fs')).readFileSync(await summary.path());
  qpdfCheck(summaryBytes, summary.suggestedFilename());
  const summaryText = flat((await parsePdf(summaryBytes)).text);
  expect(summaryText).toContain('Treatment plan summary');
  expect(summaryText).toContain('1.2 W/cm²');

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});
