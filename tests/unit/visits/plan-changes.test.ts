import { describe, expect, it } from 'vitest';
import type { PlanVersionSnapshot } from '../../../shared/domain/plan';
import { timelinePlanChanges } from '../../../shared/visits/plan-changes';
import { fasciaStretchItem, heelDropItem, shockwaveItem } from '../../support/visit-fixtures';

const snapshot = (
  items: PlanVersionSnapshot['phases'][number]['items'],
  phaseId = 'phase-1',
): PlanVersionSnapshot => ({
  planId: 'plan-1',
  versionNumber: 1,
  issuedAt: '2026-10-01T10:00:00.000Z',
  patient: { id: 'p', firstName: 'A', lastName: 'B', dateOfBirth: null, preferredLanguage: 'en' },
  title: 'Plan',
  condition: '',
  goals: [],
  phases: [
    {
      id: phaseId,
      title: 'Phase',
      description: '',
      entryCriteria: [],
      items: items.map((item) => ({ ...item, phaseId })),
    },
  ],
  redFlags: [],
});

describe('plan changes between two versions', () => {
  it('lists items added, removed and changed in dose', () => {
    const before = snapshot([shockwaveItem, heelDropItem]);
    const after = snapshot([
      {
        ...heelDropItem,
        parameters: { ...heelDropItem.parameters, reps: 20 },
      } as typeof heelDropItem,
      fasciaStretchItem,
    ]);
    expect(timelinePlanChanges(before, after)).toEqual({
      added: ['Plantar fascia stretch'],
      removed: ['Radial shockwave to the plantar fascia'],
      changed: ['Eccentric heel drops'],
    });
  });

  it('sees no change when only the phase or key order differs', () => {
    const reordered = JSON.parse(JSON.stringify(heelDropItem), (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    ) as typeof heelDropItem;
    expect(timelinePlanChanges(snapshot([heelDropItem]), snapshot([reordered], 'phase-2'))).toEqual(
      {
        added: [],
        removed: [],
        changed: [],
      },
    );
  });
});
