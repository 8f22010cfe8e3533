// Autosaved visit note drafts through the API: one per new visit (per patient) and one per
// visit being edited, replaced on each save, removed when the visit is saved or the draft
// discarded, never audited, and refused for a patient or visit that does not exist.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/core';
import { emptyDraft, insertPatient } from '../support/visit-fixtures';

let core: TestCore;
beforeEach(() => {
  core = openTestCore();
  insertPatient(core.ctx.db, { id: 'pat-1', firstName: 'Zoë', lastName: 'Ünal' });
});
afterEach(() => core.close());

const soap = (subjective: string) => ({ subjective, objective: '', assessment: '', plan: '' });
const newVisit = { patientId: 'pat-1', visitId: null };
const auditCount = () =>
  (core.ctx.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;

describe('visit note drafts', () => {
  it('keeps the latest draft of a new visit, unaudited, and removes it when the visit is saved', async () => {
    expect(await core.call('visits.getNoteDraft', newVisit)).toBeNull();
    const audited = auditCount();
    await core.call('visits.saveNoteDraft', { ...newVisit, soap: soap('First steps 6/10') });
    const saved = await core.call('visits.saveNoteDraft', {
      ...newVisit,
      soap: soap('First steps 5/10'),
    });
    expect(await core.call('visits.getNoteDraft', newVisit)).toEqual(saved);
    expect(saved.soap.subjective).toBe('First steps 5/10');
    expect(auditCount()).toBe(audited);

    await core.call('visits.create', emptyDraft('pat-1', '2026-11-22', { soap: saved.soap }));
    expect(await core.call('visits.getNoteDraft', newVisit)).toBeNull();
  });

  it('keeps a recorded visit’s draft apart from the new visit’s, until its edit is saved', async () => {
    const visit = await core.call('visits.create', emptyDraft('pat-1', '2026-11-22'));
    const editing = { patientId: 'pat-1', visitId: visit.id };
    await core.call('visits.saveNoteDraft', { ...editing, soap: soap('Better today') });
    expect(await core.call('visits.getNoteDraft', newVisit)).toBeNull();
    expect((await core.call('visits.getNoteDraft', editing))?.soap.subjective).toBe('Better today');

    await core.call('visits.update', {
      id: visit.id,
      revision: visit.revision,
      draft: emptyDraft('pat-1', '2026-11-22', { soap: soap('Better today') }),
      amendmentReason: '',
    });
    expect(await core.call('visits.getNoteDraft', editing)).toBeNull();
  });

  it('discards a draft', async () => {
    await core.call('visits.saveNoteDraft', { ...newVisit, soap: soap('Typed by mistake') });
    expect(await core.call('visits.discardNoteDraft', newVisit)).toEqual({ discarded: true });
    expect(await core.call('visits.getNoteDraft', newVisit)).toBeNull();
  });

  it('refuses a draft for a patient or visit that is not there, saving nothing', async () => {
    await expect(
      core.call('visits.saveNoteDraft', { patientId: 'nobody', visitId: null, soap: soap('x') }),
    ).rejects.toThrow(/patient/i);
    await expect(
      core.call('visits.saveNoteDraft', {
        patientId: 'pat-1',
        visitId: 'no-visit',
        soap: soap('x'),
      }),
    ).rejects.toThrow(/visit/i);
    const rows = core.ctx.db.prepare('SELECT count(*) AS n FROM visit_note_drafts').get();
    expect(rows).toEqual({ n: 0 });
  });
});
