// Built-in items arrive with their line drawing: stored in the image store, shown as the
// item's first picture, and printed on the patient's home sheet.
import { afterEach, describe, expect, it } from 'vitest';
import { loadImage } from '../../electron/core/images/image-store';
import { openTestCore, type TestCore } from '../support/core';
import { flat, parsePdf } from '../support/pdf';
import { patientAna } from '../support/plan-fixtures';

let core: TestCore | undefined;
afterEach(() => core?.close());

describe('built-in drawings in the library and on the home sheet', () => {
  it('gives every built-in exercise, taping and orthosis item a stored drawing', async () => {
    const c = (core = openTestCore());
    const found = await c.call('library.search', {
      query: '',
      kinds: ['exercise', 'taping', 'orthosis'],
      limit: 200,
    });
    expect(found.total).toBeGreaterThanOrEqual(49);
    for (const summary of found.items) {
      expect(summary.thumbnail, summary.title).not.toBeNull();
      const item = await c.call('library.get', { id: summary.id });
      const drawing = item.images[0];
      expect(drawing?.mimeType, item.title).toBe('image/png');
      expect(loadImage(c.ctx.db, drawing?.sha256 ?? '').data.length).toBeGreaterThan(500);
    }
  });

  it('prints the drawing of each home item of a plan started from a protocol', async () => {
    const c = (core = openTestCore());
    const templates = await c.call('plans.listTemplates', {});
    const early = templates.find((t) => t.title === 'Plantar heel pain — early phase');
    const patient = await c.call('patients.create', { patient: patientAna });
    const plan = await c.call('plans.create', { patientId: patient.id, templateId: early?.id });
    const drawn = plan.phases
      .flatMap((p) => p.items)
      .filter((i) => i.kind === 'exercise' || i.kind === 'taping' || i.kind === 'orthosis');
    expect(drawn.length).toBeGreaterThan(3);
    expect(drawn.every((i) => i.images.length > 0)).toBe(true);
    const { version } = await c.call('plans.issue', { planId: plan.id, revision: plan.revision });
    // The sample patient reads Spanish; this test reads the English sheet.
    const result = await c.call('pdf.homeProgramme', {
      planVersionId: version.id,
      language: 'en',
      options: { phaseIds: plan.phases.map((p) => p.id) },
    });
    const pdf = await parsePdf(Buffer.from(result.dataBase64, 'base64'));
    expect(pdf.pages.reduce((sum, p) => sum + p.images, 0)).toBe(drawn.length);
    expect(pdf.figureAlts).toEqual(
      expect.arrayContaining(drawn.map((i) => expect.stringContaining(i.title))),
    );
    expect(flat(pdf.text)).toContain('your sore leg');
  });
});
