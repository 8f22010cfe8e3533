import { describe, expect, it } from 'vitest';
import type { Plan, PlanItem } from '../../shared/domain/plan';
import {
  moveItemLocally,
  neighbourAfterRemoval,
  stepTarget,
} from '../../renderer/src/features/plans/plan-moves';
import { planItem } from '../support/plan-items';

const item = (id: string, phaseId: string): PlanItem =>
  planItem(id, id, { kind: 'education', parameters: {} }, phaseId);

const plan = {
  phases: [
    { id: 'p1', title: 'One', description: '', items: [item('a', 'p1'), item('b', 'p1')] },
    { id: 'p2', title: 'Two', description: '', items: [item('c', 'p2')] },
  ],
} as Plan;

const order = (p: Plan) => p.phases.map((phase) => phase.items.map((i) => i.id).join(''));

describe('moving plan items in the editor', () => {
  it('steps within a phase and across phase edges', () => {
    expect(stepTarget(plan, 'b', -1)).toEqual({ phaseId: 'p1', index: 0 });
    expect(stepTarget(plan, 'b', 1)).toEqual({ phaseId: 'p2', index: 0 });
    expect(stepTarget(plan, 'c', -1)).toEqual({ phaseId: 'p1', index: 2 });
    expect(stepTarget(plan, 'a', -1)).toBeNull();
    expect(stepTarget(plan, 'c', 1)).toBeNull();
  });

  it('moves locally the way the core will', () => {
    expect(order(moveItemLocally(plan, 'b', 'p1', 0))).toEqual(['ba', 'c']);
    expect(order(moveItemLocally(plan, 'a', 'p2', 1))).toEqual(['b', 'ca']);
    expect(order(moveItemLocally(plan, 'c', 'p1', 99))).toEqual(['abc', '']);
    expect(moveItemLocally(plan, 'c', 'p1', 0).phases[0]?.items[0]?.phaseId).toBe('p1');
    expect(order(plan)).toEqual(['ab', 'c']);
  });

  it('sends keyboard focus to the next item after a removal, or the one before', () => {
    expect(neighbourAfterRemoval(plan, 'a')).toBe('b');
    expect(neighbourAfterRemoval(plan, 'b')).toBe('c');
    expect(neighbourAfterRemoval(plan, 'c')).toBe('b');
    expect(neighbourAfterRemoval({ phases: [plan.phases[1]] } as Plan, 'c')).toBeNull();
  });
});
