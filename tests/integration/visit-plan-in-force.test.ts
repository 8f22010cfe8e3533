// The plan in force at a visit is the version issued on or before the visit's day, even when
// the visit is recorded later from a form prefilled with today's version.
process.env.TZ = 'UTC'; // the fixed clock is 2026-11-22T09:00Z, so "today" is 22 Nov 2026

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/core';
import {
  emptyDraft,
  heelDropItem,
  insertPatient,
  insertPlanVersion,
} from '../support/visit-fixtures';

let core: TestCore;
beforeEach(() => {
  core = openTestCore();
  insertPatient(core.ctx.db, { id: 'pat-1', firstName: 'Kari', lastName: 'Ødegård' });
  for (const [n, day] of [
    [1, '2026-10-01'],
    [2, '2026-11-02'],
    [4, '2026-11-20'],
  ] as const) {
    insertPlanVersion(core.ctx.db, {
      planId: 'plan-1',
      versionId: `pv-${n}`,
      versionNumber: n,
      patientId: 'pat-1',
      items: [heelDropItem],
      issuedAt: `${day}T15:00:00.000Z`,
    });
  }
});
afterEach(() => core.close());

describe('the plan in force at a visit', () => {
  it('is the version issued by the visit day, not the one prefilled today', async () => {
    const start = await core.call('visits.start', { patientId: 'pat-1' });
    expect(start.planVersion?.versionNumber).toBe(4);
    const visit = await core.call('visits.create', {
      ...emptyDraft('pat-1', '2026-11-10'),
      planVersionId: 'pv-4',
    });
    expect(visit.planVersionId).toBe('pv-2');
    expect(visit.planVersionNumber).toBe(2);
  });

  it('counts a version issued later on the visit day', async () => {
    const visit = await core.call('visits.create', {
      ...emptyDraft('pat-1', '2026-11-20'),
      planVersionId: 'pv-4',
    });
    expect(visit.planVersionNumber).toBe(4);
  });

  it('keeps an older version the clinician chose for that day', async () => {
    const visit = await core.call('visits.create', {
      ...emptyDraft('pat-1', '2026-11-21'),
      planVersionId: 'pv-1',
    });
    expect(visit.planVersionNumber).toBe(1);
  });

  it('is none before the plan was first issued', async () => {
    const visit = await core.call('visits.create', {
      ...emptyDraft('pat-1', '2026-09-15'),
      planVersionId: 'pv-4',
    });
    expect(visit.planVersionId).toBeNull();
    expect(visit.planTitle).toBeNull();
  });

  it('follows the date when a visit is moved to an earlier day', async () => {
    const visit = await core.call('visits.create', {
      ...emptyDraft('pat-1', '2026-11-22'),
      planVersionId: 'pv-4',
    });
    const moved = await core.call('visits.update', {
      id: visit.id,
      revision: visit.revision,
      draft: { ...emptyDraft('pat-1', '2026-11-05'), planVersionId: 'pv-4' },
      amendmentReason: '',
    });
    expect(moved.planVersionNumber).toBe(2);
  });
});
