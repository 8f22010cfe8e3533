// An own library item with its own Spanish text: written in the editor's Spanish tab
// ("Translated"), shown on the item view, and flagged "Out of date" once the English changes.
// Then the editor's language section and a built-in item's view, screenshotted in German.
import path from 'node:path';
import { callApi, expect, test } from './fixtures';

const shots = path.resolve(import.meta.dirname, '../../test-results/screenshots');

test('writes the Spanish text of an own item, sees it translated, then out of date after an English edit', async ({
  app,
}) => {
  test.slow(); // Three editor round trips on a shared, busy machine.
  const { page } = app;
  const created = await callApi(page, 'library.create', {
    draft: {
      kind: 'exercise',
      title: 'Calf raise on a step',
      summary: 'Rise onto the toes and lower slowly.',
      instructions: ['Stand on a step.', 'Lower the heels slowly.'],
      cautions: ['Stop if the pain goes above 5 out of 10.'],
      clinicianNotes: '',
      images: [],
      videoUrl: null,
      bodyRegions: ['Calf'],
      conditions: [],
      tags: [],
      equipment: [],
      difficulty: null,
      parameters: { sets: 3, reps: 15, timesPerDay: 1, daysPerWeek: 7 },
    },
  });
  expect(created.ok).toBe(true);
  const id = (created.value as { id: string }).id;

  await app.goto(`/library/${id}`);
  const languages = page.getByRole('group', { name: 'Languages' });
  await expect(languages).toContainText('English only');

  await page.getByRole('link', { name: 'Edit' }).click();
  const spanish = page.getByRole('tab', { name: /Español/ });
  await expect(spanish).toContainText('Not translated');
  await spanish.click();
  await expect(
    page.getByText('Not translated — sheets in this language print English for this item'),
  ).toBeVisible();
  await page.getByLabel('Title (Español)').fill('Elevación de talones en un escalón');
  await page.getByLabel('Summary (Español)').fill('Sube de puntillas y baja despacio.');
  await page.getByLabel('Step 1 (Español)').fill('Ponte de pie en un escalón.');
  // One step left empty: Save names it and goes to it.
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Step 2 (Español)')).toBeFocused();
  await expect(page.getByRole('alert', { name: 'Some details need fixing' })).toContainText(
    'Write step 2 in Español.',
  );
  await page.getByLabel('Step 2 (Español)').fill('Baja los talones despacio.');
  await page.getByLabel('Caution 1 (Español)').fill('Para si el dolor pasa de 5 sobre 10.');
  await expect(spanish).toContainText('Translated');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('heading', { name: 'Calf raise on a step', level: 2 })).toBeVisible();
  await expect(languages.getByText('Español', { exact: true })).toBeVisible();

  // The English changes: the Spanish no longer matches it.
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByRole('textbox', { name: /^Title( \*)?$/ }).fill('Calf raise on a low step');
  await expect(spanish).toContainText('Out of date');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByRole('heading', { name: 'Calf raise on a low step', level: 2 }),
  ).toBeVisible();
  await expect(languages).toContainText('Español: out of date');

  await page.getByRole('link', { name: 'Edit' }).click();
  await spanish.click();
  await expect(page.getByText('Out of date: the English changed since')).toBeVisible();
  await expect(page.getByText('English: Calf raise on a low step')).toBeVisible();
});

test('the language section and a built-in item, in German', async ({ app }) => {
  test.slow();
  const { page } = app;
  const own = await callApi(page, 'library.search', { query: 'heel drop' });
  const first = (own.value as { items: { id: string; title: string }[] }).items[0];
  expect(first).toBeDefined();
  const copy = await callApi(page, 'library.duplicate', { id: first?.id ?? '' });
  const copyId = (copy.value as { id: string }).id;
  expect((await callApi(page, 'access.setMyLanguage', { uiLanguage: 'de' })).ok).toBe(true);
  await page.reload();

  // A built-in item: its four languages, all current.
  await app.goto(`/library/${first?.id ?? ''}`);
  const languages = page.getByRole('group', { name: 'Sprachen' });
  for (const name of ['Español', 'Deutsch', 'Français', 'Português'])
    await expect(languages.getByText(name, { exact: true })).toBeVisible();
  await page.screenshot({ path: path.join(shots, 'library-item-view-de.png'), fullPage: true });

  // The customised copy's editor, on its German tab.
  await app.goto(`/library/${copyId}/edit`);
  const german = page.getByRole('tab', { name: /Deutsch/ });
  await expect(german).toContainText('Übersetzt');
  await german.click();
  await expect(page.getByLabel('Titel (Deutsch)')).not.toHaveValue('');
  // The tabs at the top of the view, the German text and its English below them.
  await page.getByRole('tablist').evaluate((tabs) => tabs.scrollIntoView({ block: 'start' }));
  await page.screenshot({
    path: path.join(shots, 'library-editor-languages-de.png'),
    fullPage: true,
  });

  expect((await callApi(page, 'access.setMyLanguage', { uiLanguage: 'en' })).ok).toBe(true);
});
