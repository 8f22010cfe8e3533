import { describe, expect, it } from 'vitest';
import type { Plan, PlanItem } from '../../shared/domain/plan';
import { translatorFor } from '../../shared/i18n';
import { dragAnnouncements } from '../../renderer/src/features/plans/drag-announcements';
import { planItem } from '../support/plan-items';

const item = (id: string, title: string, phaseId: string): PlanItem =>
  planItem(id, title, { kind: 'education', parameters: {} }, phaseId);

const plan = {
  phases: [
    {
      id: 'p1',
      title: 'Phase 1',
      description: '',
      items: [item('a', 'Calf stretch', 'p1'), item('b', 'Heel raise', 'p1')],
    },
    { id: 'p2', title: 'Phase 2', description: '', items: [item('c', 'Hop test', 'p2')] },
  ],
} as Plan;

const at = (id: string, current: object) => ({ id, data: { current } });

describe('drag announcements', () => {
  const say = dragAnnouncements(plan, translatorFor('en'));

  it('names the item and its new place in the clinic’s words, never internal ids', () => {
    const active = at('item:b', { type: 'item', itemId: 'b' });
    const overA = at('item:a', { type: 'item', itemId: 'a' });
    const overPhase2 = at('phase:p2', { type: 'phase', phaseId: 'p2' });
    expect(say.onDragStart({ active })).toBe('Picked up Heel raise.');
    expect(say.onDragOver({ active, over: overA })).toBe(
      'Heel raise is over position 1 of Phase 1.',
    );
    expect(say.onDragEnd({ active, over: overPhase2 })).toBe(
      'Heel raise moved to position 2 of Phase 2.',
    );
    expect(say.onDragCancel({ active, over: null })).toBe(
      'Moving Heel raise was cancelled; it stays where it was.',
    );
    const library = at('library:x', {
      type: 'library',
      libraryItemId: 'x',
      title: 'Towel scrunches',
    });
    const end = say.onDragEnd({ active: library, over: overA });
    expect(end).toBe('Towel scrunches added at position 1 of Phase 1.');
    expect(end).not.toMatch(/item:|library:|droppable/);
  });

  it('speaks the screens’ language, with the clinic’s own titles left as written', () => {
    const german = dragAnnouncements(plan, translatorFor('de'));
    const active = at('item:b', { type: 'item', itemId: 'b' });
    const overPhase2 = at('phase:p2', { type: 'phase', phaseId: 'p2' });
    expect(german.onDragStart({ active })).toBe('Heel raise aufgenommen.');
    expect(german.onDragEnd({ active, over: overPhase2 })).toBe(
      'Heel raise an Position 2 in Phase 2 verschoben.',
    );
    expect(german.onDragEnd({ active, over: null })).toBe(
      'Heel raise wurde außerhalb des Plans abgelegt; nichts geändert.',
    );
    const library = at('library:x', {
      type: 'library',
      libraryItemId: 'x',
      title: 'Towel scrunches',
    });
    expect(german.onDragEnd({ active: library, over: overPhase2 })).toBe(
      'Towel scrunches an Position 2 in Phase 2 hinzugefügt.',
    );
    expect(german.onDragCancel({ active: library, over: null })).toBe(
      'Verschieben von Towel scrunches abgebrochen; es bleibt an seinem Platz.',
    );
    const spanish = dragAnnouncements(plan, translatorFor('es'));
    expect(spanish.onDragOver({ active, over: null })).toBe(
      'Heel raise no está sobre ninguna fase.',
    );
  });
});
