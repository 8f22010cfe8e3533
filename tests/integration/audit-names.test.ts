// The audit screens name whose record an entry is about and what it is ("Visit on 22 Nov 2026
// at 10:30"), looked up when read: the log itself keeps only ids.
process.env.TZ = 'UTC';

import { afterEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../support/core';
import { draft } from '../support/library';
import { openPlanTestCore, patientAna } from '../support/plan-fixtures';
import { emptyDraft } from '../support/visit-fixtures';

let core: TestCore | undefined;
afterEach(() => core?.close());

describe('audit entries as listed', () => {
  it("carry the patient's name and what the entry is about", async () => {
    const c = (core = openPlanTestCore());
    const patient = await c.call('patients.create', { patient: patientAna });
    const plan = await c.call('plans.create', { patientId: patient.id, title: 'Heel pain, left' });
    const visit = await c.call('visits.create', emptyDraft(patient.id, '2026-11-20'));
    await c.call('visits.update', {
      id: visit.id,
      revision: visit.revision,
      draft: { ...emptyDraft(patient.id, '2026-11-20'), soap: { ...visit.soap, plan: 'Review' } },
      amendmentReason: 'Plan added after the call',
    });
    const item = await c.call('library.create', { draft: draft('Towel scrunches') });

    const { entries } = await c.call('audit.list', {});
    const name = `${patientAna.firstName} ${patientAna.lastName}`;
    const about = (entityId: string) => entries.filter((e) => e.entityId === entityId);
    expect(about(patient.id)[0]).toMatchObject({ patientName: name, subject: null });
    expect(about(plan.id)[0]).toMatchObject({
      patientName: name,
      subject: 'Plan: Heel pain, left',
    });
    expect(about(visit.id).map((e) => [e.action, e.patientName, e.subject])).toEqual([
      ['amend', name, 'Visit on 20 Nov 2026 at 10:30'],
      ['create', name, 'Visit on 20 Nov 2026 at 10:30'],
    ]);
    expect(about(item.id)[0]).toMatchObject({ patientName: null, subject: 'Towel scrunches' });
  });
});
