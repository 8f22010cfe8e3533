// A library item edited after it went into a plan: the plan editor says so on the item, with
// what changed (old → new), and Update takes the library's content while this plan's dose and
// patient note stay; the next version's diff lists the change. Adding an item the plan already
// holds asks first instead of silently adding a second copy with the library's default dose.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { call } from './seed';

const VIDEO = 'https://example.org/single-leg-heel-raise';

async function planWithOwnExercise(page: Page) {
  const patient = await call(page, 'patients.create', {
    patient: {
      firstName: 'Ana',
      lastName: 'Núñez',
      dateOfBirth: '1988-04-02',
      phone: '',
      email: '',
      address: '',
      conditions: ['Plantar heel pain'],
      diagnosis: '',
      preferredLanguage: 'en',
      notes: '',
    },
  });
  const draft = {
    kind: 'exercise' as const,
    title: 'Single-leg heel raise',
    summary: 'Strength for the calf and plantar fascia.',
    instructions: ['Stand on the sore leg.', 'Rise onto your toes, then lower.'],
    cautions: [],
    clinicianNotes: '',
    images: [],
    videoUrl: null,
    bodyRegions: [],
    conditions: ['Plantar heel pain'],
    tags: [],
    equipment: [],
    difficulty: null,
    parameters: { sets: 3, reps: 10 },
  };
  const item = await call(page, 'library.create', { draft });
  let plan = await call(page, 'plans.create', {
    patientId: patient.id,
    title: 'Heel pain plan',
    condition: 'Plantar heel pain',
  });
  const phaseId = plan.phases[0]?.id ?? '';
  const added = await call(page, 'plans.addItem', {
    planId: plan.id,
    revision: plan.revision,
    phaseId,
    libraryItemId: item.id,
  });
  plan = await call(page, 'plans.updateItem', {
    planId: plan.id,
    revision: added.plan.revision,
    itemId: added.itemId,
    dose: { kind: 'exercise', parameters: { sets: 4, reps: 15, side: 'left' } },
    patientNote: 'Hold the worktop.',
  });
  plan = (await call(page, 'plans.issue', { planId: plan.id, revision: plan.revision })).plan;
  // The library item changes afterwards: a clearer second step, a video and a photo.
  await call(page, 'library.update', {
    id: item.id,
    draft: {
      ...draft,
      instructions: ['Stand on the sore leg.', 'Rise onto your toes over 2 s, lower over 3 s.'],
      videoUrl: VIDEO,
    },
  });
  const photo = fs.readFileSync(path.join(import.meta.dirname, 'files/clinic-logo.png'));
  await call(page, 'library.addImage', {
    id: item.id,
    upload: { fileName: 'heel-raise.png', dataBase64: photo.toString('base64') },
  });
  return { patientId: patient.id, planId: plan.id, phaseTitle: plan.phases[0]?.title ?? '' };
}

test('a library change is offered on the plan item; Update keeps the dose and note', async ({
  app,
}) => {
  const { page } = app;
  const { patientId, planId } = await planWithOwnExercise(page);
  await app.goto(`/patients/${patientId}/plans/${planId}`);

  const card = page.getByRole('group', { name: 'Single-leg heel raise', exact: true });
  const notice = card.getByRole('region', { name: 'Library changes to Single-leg heel raise' });
  await expect(notice).toContainText('Library item changed since added — update this plan item?');
  await expect(notice.getByRole('listitem')).toHaveText([
    'Step 2: Rise onto your toes, then lower. → Rise onto your toes over 2 s, lower over 3 s.',
    'Photos: none → 1 photo',
    `Video: none → ${VIDEO}`,
  ]);
  await page.screenshot({ path: 'test-results/screenshots/plan-library-change.png' });
  const dose = card.getByTestId('dose-line');
  const doseBefore = await dose.textContent();

  await notice.getByRole('button', { name: 'Update' }).click();
  await expect(notice).toBeHidden();
  await expect(card).toBeFocused();
  await expect(dose).toHaveText(doseBefore ?? '');
  await expect(card.getByText('Note: Hold the worktop.')).toBeVisible();

  // Issued again, the new version's diff lists what the library brought in.
  await page.getByRole('button', { name: 'Issue plan' }).click();
  await page.getByRole('button', { name: 'Issue version 2' }).click();
  await expect(page.getByText('Version 2 issued.')).toBeVisible();
  await page.getByRole('tab', { name: /Versions/ }).click();
  const diff = page.getByRole('region', { name: 'Changes from v1 to v2' });
  await expect(diff.getByRole('region', { name: 'Changed items' })).toContainText(
    `Single-leg heel raise: Step 2: Rise onto your toes, then lower. → Rise onto your toes over 2 s, lower over 3 s., Photos: 1 photo added, Video: ${VIDEO} added`,
  );
  await page.screenshot({ path: 'test-results/screenshots/plan-version-diff-content.png' });
});

test('Keep leaves the plan item as it is, and the question does not come back', async ({ app }) => {
  const { page } = app;
  const { patientId, planId } = await planWithOwnExercise(page);
  await app.goto(`/patients/${patientId}/plans/${planId}`);
  const card = page.getByRole('group', { name: 'Single-leg heel raise', exact: true });
  const notice = card.getByRole('region', { name: 'Library changes to Single-leg heel raise' });
  await notice.getByRole('button', { name: 'Keep' }).click();
  await expect(notice).toBeHidden();
  await page.reload();
  await expect(card.getByTestId('dose-line')).toBeVisible();
  await expect(notice).toBeHidden();
});

test('adding an exercise already in the plan asks before adding a second copy', async ({ app }) => {
  const { page } = app;
  const { patientId, planId, phaseTitle } = await planWithOwnExercise(page);
  await app.goto(`/patients/${patientId}/plans/${planId}`);
  const copies = page.getByRole('group', { name: 'Single-leg heel raise', exact: true });
  await expect(copies).toHaveCount(1);

  const search = page.getByLabel('Search the library');
  await search.fill('single-leg heel raise');
  const result = page.getByRole('button', { name: `Add Single-leg heel raise to ${phaseTitle}` });
  await expect(result).toBeVisible();
  await search.press('Enter');
  const dialog = page.getByRole('dialog', {
    name: `Single-leg heel raise is already in ${phaseTitle} — add again?`,
  });
  await expect(dialog).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/plan-duplicate-warning.png' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(copies).toHaveCount(1);

  await result.click();
  await dialog.getByRole('button', { name: 'Add again' }).click();
  await expect(copies).toHaveCount(2);
});
