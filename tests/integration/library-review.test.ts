// Imported free-exercise-db items come without cautions: they are marked "needs review" (badge
// and filter), may go into a plan, but no plan with one is issued and no home sheet with one is
// printed until the clinician marks it reviewed.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, tempDir, type TestCore } from '../support/core';
import { freeExerciseDbDir, openEmptyLibraryCore } from '../support/library';
import { patientAna } from '../support/plan-fixtures';

let core: TestCore | undefined;
afterEach(() => core?.close());

/** Two exercises of the fixture, as a clinic would import them. */
function smallFolder(): string {
  const all = JSON.parse(
    fs.readFileSync(path.join(freeExerciseDbDir, 'exercises.json'), 'utf8'),
  ) as { id: string }[];
  const dir = tempDir('free-exercise-db-');
  const chosen = all.filter((e) => e.id === 'Ankle_Circles' || e.id === 'Cat_Stretch');
  fs.writeFileSync(path.join(dir, 'exercises.json'), JSON.stringify(chosen));
  return dir;
}

async function importTwo(c: TestCore) {
  await c.call('library.importFreeExerciseDb', { folder: smallFolder() });
  const found = await c.call('library.search', { query: 'ankle circles' });
  const item = found.items.find((i) => i.title === 'Ankle Circles');
  if (!item) throw new Error('Ankle Circles was not imported');
  return item;
}

async function planWith(c: TestCore, libraryItemId: string) {
  const patient = await c.call('patients.create', { patient: patientAna });
  const plan = await c.call('plans.create', { patientId: patient.id });
  const phaseId = plan.phases[0]?.id ?? '';
  const added = await c.call('plans.addItem', {
    planId: plan.id,
    revision: plan.revision,
    phaseId,
    libraryItemId,
  });
  return added.plan;
}

describe('imported items that need review', () => {
  it('are marked, counted in the Review filter, and cleared by "Mark as reviewed"', async () => {
    const c = (core = openEmptyLibraryCore());
    const summary = await importTwo(c);
    expect(summary.needsReview).toBe(true);
    expect((await c.call('library.get', { id: summary.id })).needsReview).toBe(true);

    const own = await c.call('library.create', {
      draft: { ...(await c.call('library.get', { id: summary.id })), title: 'My own raise' },
    });
    expect(own.needsReview).toBe(false);

    const filtered = await c.call('library.search', { query: '', review: ['needs_review'] });
    expect(filtered.items.map((i) => i.title).sort()).toEqual(['Ankle Circles', 'Cat Stretch']);
    expect(filtered.facets.review).toEqual([{ value: 'needs_review', count: 2 }]);

    const reviewed = await c.call('library.markReviewed', { id: summary.id });
    expect(reviewed.needsReview).toBe(false);
    const after = await c.call('library.search', { query: '', review: ['needs_review'] });
    expect(after.items.map((i) => i.title)).toEqual(['Cat Stretch']);
  });

  it('can be planned, but the plan is not issued until the item is reviewed', async () => {
    const c = (core = openEmptyLibraryCore());
    const summary = await importTwo(c);
    const plan = await planWith(c, summary.id);
    expect(plan.phases[0]?.items.map((i) => i.title)).toEqual(['Ankle Circles']);

    const error = await c.fail('plans.issue', { planId: plan.id, revision: plan.revision });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe(
      '“Ankle Circles” was imported without cautions and needs your review before this plan is issued. Open it in the Library, check the steps and add any cautions, then choose “Mark as reviewed”.',
    );
    const stillDraft = await c.call('plans.listVersions', { planId: plan.id });
    expect(stillDraft).toEqual([]);

    await c.call('library.markReviewed', { id: summary.id });
    const { version } = await c.call('plans.issue', { planId: plan.id, revision: plan.revision });
    expect(version.itemCount).toBe(1);
  });

  it('refuses the home sheet of a version issued before the item was flagged again', async () => {
    // The shipped resources: printing needs their fonts.
    const c = (core = openTestCore());
    const summary = await importTwo(c);
    await c.call('library.markReviewed', { id: summary.id });
    const plan = await planWith(c, summary.id);
    const { version } = await c.call('plans.issue', { planId: plan.id, revision: plan.revision });
    // A re-import with new content marks the item again after the version was issued.
    c.ctx.db.prepare('UPDATE library_items SET needs_review = 1 WHERE id = ?').run(summary.id);

    const error = await c.fail('pdf.homeProgramme', { planVersionId: version.id, options: {} });
    expect(error.message).toMatch(
      /^“Ankle Circles” was imported without cautions .* before a home sheet is printed/,
    );
    await c.call('library.markReviewed', { id: summary.id });
    const pdf = await c.call('pdf.homeProgramme', { planVersionId: version.id, options: {} });
    expect(pdf.pageCount).toBeGreaterThan(0);
  });

  it('passes the mark on to a customised copy', async () => {
    const c = (core = openEmptyLibraryCore());
    const summary = await importTwo(c);
    const copy = await c.call('library.duplicate', { id: summary.id });
    expect(copy.needsReview).toBe(true);
  });
});
