// A clinician's first day, at a laptop's 1366×768: the polish issue 16 asked for, each checked
// the way the clinician would see it (and photographed for review).
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { emptyDraft } from '../../shared/domain/library-defaults';
import { ageLabel } from '../../shared/patients/age';
import { expect, test } from './fixtures';
import { call, seedClinic } from './seed';

const shots = path.join(import.meta.dirname, '../../test-results/screenshots');
const photo = path.join(
  import.meta.dirname,
  '../fixtures/free-exercise-db/images/Standing_Gastrocnemius_Calf_Stretch/0.jpg',
);

test.use({ viewport: { width: 1366, height: 768 } });

function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Every visible button's box overlapping the notice's box, by name. */
async function buttonsUnder(page: Page, notice: Locator): Promise<string[]> {
  const box = await notice.boundingBox();
  if (!box) throw new Error('The notice is not on screen');
  const covered: string[] = [];
  for (const button of await page.locator('main').getByRole('button').all()) {
    const b = await button.boundingBox();
    if (!b || !(await button.isVisible())) continue;
    const overlaps =
      b.x < box.x + box.width &&
      box.x < b.x + b.width &&
      b.y < box.y + box.height &&
      box.y < b.y + b.height;
    if (overlaps) covered.push((await button.textContent()) ?? '?');
  }
  return covered;
}

test('patients: the highlighted condition, age beside birth date, ø found as o, notices clear of buttons', async ({
  app,
}) => {
  const { page } = app;
  await app.goto('/patients/new');
  await page.getByLabel('First name').fill('Kari');
  await page.getByLabel('Last name').fill('Ødegård');
  await page.getByLabel('Date of birth').fill('12 Mar 1988');
  const conditions = page.getByRole('combobox', { name: 'Conditions' });
  await conditions.fill('Plantar');
  await conditions.press('Enter');
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(page.getByRole('heading', { name: 'Kari Ødegård' })).toBeVisible();
  const details = page.getByRole('table', { name: 'Patient details' });
  await expect(details.getByRole('row', { name: /Conditions/ })).toContainText('Plantar heel pain');
  const age = ageLabel('1988-03-12', localIsoDate(new Date()));
  await expect(details.getByRole('row', { name: /Date of birth/ })).toContainText(
    `12 Mar 1988 (${age})`,
  );
  await page.screenshot({ path: path.join(shots, 'first-day-patient.png') });

  await app.goto('/patients');
  await page.getByLabel('Search patients').fill('odegard');
  await expect(page.getByRole('link', { name: 'Ødegård, Kari' })).toBeVisible();

  // A notice after saving does not cover the screen's buttons (at the top or the foot).
  await app.goto('/settings');
  await page.getByLabel('Clinic name').fill('Harbour Physio');
  await page.getByRole('button', { name: 'Save settings' }).click();
  const notice = page.getByRole('alert').filter({ hasText: 'Clinic settings saved.' });
  await expect(notice).toBeVisible();
  expect(await buttonsUnder(page, notice)).toEqual([]);
  await page.screenshot({ path: path.join(shots, 'first-day-notice.png') });
});

test('library: Cancel leaves no copy and no photo; folded search', async ({ app }) => {
  const { page } = app;
  const own = await call(page, 'library.create', {
    draft: {
      ...emptyDraft('education'),
      title: 'Øvelser for hælen',
      summary: 'Hvorfor hælen gjør vondt.',
    },
  });

  await app.goto('/library');
  const box = page.getByRole('combobox', { name: 'Search the library' });
  await box.fill('ovelser haelen');
  const list = page.getByRole('listbox', { name: 'Library items' });
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(list.getByRole('option').first()).toContainText('Øvelser for hælen');

  // Customise a copy, then Cancel: nothing is made.
  await box.fill('heel drop');
  await list.getByRole('option', { name: /Slow heel drops off a step, knee straight/ }).click();
  await page.getByRole('button', { name: 'Customise a copy' }).click();
  await expect(page.getByRole('heading', { name: /^Customise a copy of/ })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(
    page.getByRole('heading', { name: 'Slow heel drops off a step, knee straight', level: 2 }),
  ).toBeVisible();
  const copies = await call(page, 'library.search', { query: 'copy', limit: 50 });
  expect(copies.items.filter((i) => i.title.endsWith('(copy)'))).toEqual([]);

  // A photo attached and then cancelled is not kept.
  await app.goto(`/library/${own.id}/edit`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose photos…' }).click();
  await (await chooser).setFiles(photo);
  await expect(page.getByRole('listitem', { name: 'Photo 1' })).toBeVisible();
  await expect(page.getByText('New photos are kept when you save the item.')).toBeVisible();
  await page.screenshot({ path: path.join(shots, 'first-day-photo-unsaved.png') });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(
    page.getByRole('heading', { name: 'Øvelser for hælen', exact: true, level: 2 }),
  ).toBeVisible();
  expect((await call(page, 'library.get', { id: own.id })).images).toEqual([]);
});

test('visit: the SOAP note on screen, quick phrase cursor, unchanged plan not issued, audit names', async ({
  app,
}) => {
  const { page } = app;
  const clinic = await seedClinic(page);

  await app.goto(`/visits/${clinic.visitId}`);
  const soap = page.getByRole('region', { name: 'SOAP note' });
  await expect(soap).toBeVisible();
  // Readable at 1366×768 without scrolling past the plan's panels.
  expect((await soap.boundingBox())?.y ?? 9999).toBeLessThan(768 - 100);
  await expect(page.getByRole('complementary', { name: 'Plan at this visit' })).toBeVisible();
  await page.screenshot({ path: path.join(shots, 'first-day-visit.png') });

  await page.getByRole('button', { name: /^(Edit|Amend) visit$/ }).click();
  const subjective = page.getByRole('textbox', { name: 'Subjective', exact: true });
  await subjective.fill('');
  await page.getByRole('button', { name: 'Add to Subjective: First-step pain: /10' }).click();
  await expect(subjective).toBeFocused();
  await page.keyboard.type('3');
  await expect(subjective).toHaveValue('First-step pain: 3/10');

  // The plan has not changed since version 2: a third identical version is refused.
  await app.goto(`/patients/${clinic.patientId}/plans/${clinic.planId}`);
  await page.getByRole('button', { name: 'Issue plan' }).click();
  const issue = page.getByRole('dialog', { name: 'Issue version 3' });
  await issue.getByRole('button', { name: 'Issue version 3' }).click();
  await expect(issue.getByRole('alert')).toContainText('Nothing has changed since version 2');
  await page.keyboard.press('Escape');

  await app.goto('/audit');
  const trail = page.getByRole('table', { name: 'All changes entries' });
  const visitRow = trail.getByRole('row', { name: /Visit created/ }).first();
  await expect(visitRow).toContainText('Ana Núñez');
  await expect(visitRow).toContainText(/Visit on \d{1,2} \w{3} \d{4} at \d\d:\d\d/);
  await expect(trail).not.toContainText(/#[0-9a-f]{6}/);
  await page.screenshot({ path: path.join(shots, 'first-day-audit.png') });
});

for (const height of [768, 900]) {
  test(`print dialog: Print and Save PDF on screen at 1366×${height}`, async ({ app }) => {
    const { page } = app;
    await page.setViewportSize({ width: 1366, height });
    const clinic = await seedClinic(page);
    await app.goto(`/patients/${clinic.patientId}/plans/${clinic.planId}`);
    await page.getByRole('tab', { name: /Versions/ }).click();
    await page.getByRole('button', { name: 'Print v2…' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Print plan' });
    await expect(dialog.getByRole('img', { name: /^Page 1 of \d+$/ })).toBeVisible();
    for (const name of ['Print…', 'Save PDF…']) {
      const button = dialog.getByRole('button', { name });
      const b = await button.boundingBox();
      expect(b, name).not.toBeNull();
      expect((b?.y ?? 0) + (b?.height ?? 0), `${name} inside the window`).toBeLessThanOrEqual(
        height,
      );
    }
    await page.screenshot({ path: path.join(shots, `first-day-print-${height}.png`) });
  });
}
