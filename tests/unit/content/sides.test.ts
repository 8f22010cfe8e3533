// One-sided exercises, tapes and inserts default to the patient's sore side and print
// "your sore leg/foot"; an item whose steps say "the sore foot" never prints "both legs".
import { describe, expect, it } from 'vitest';
import { doseText } from '../../../shared/plans/dose-text';
import { builtInItems, isDosedHomeItem, patientText } from '../../support/built-in-items';

const namesSoreSide = /\b(?:sore|painful|good) (?:foot|leg|heel|ankle|side)\b/i;

const items = builtInItems().filter(isDosedHomeItem);

describe('sides of built-in home items', () => {
  it.each(items.map((item) => [item.key, item] as const))(
    '%s: side agrees with what the steps say',
    (_key, item) => {
      const mentions = patientText(item).filter((t) => namesSoreSide.test(t.text));
      const side = 'side' in item.parameters ? item.parameters.side : undefined;
      if (mentions.length > 0) {
        expect(side, `${mentions[0]?.where}: "${mentions[0]?.text}"`).toBe('affected');
        expect(doseText(item, 'en')).toMatch(/your sore (?:leg|foot|side)/);
      }
      if (side === 'both') expect(mentions.map((m) => m.text)).toEqual([]);
    },
  );

  it('prints the sore side in the patient’s words', () => {
    const byKey = new Map(items.map((item) => [item.key, item]));
    const heelDrop = byKey.get('exercise.eccentric-heel-drop');
    expect(heelDrop && doseText(heelDrop, 'en')).toMatch(/— your sore leg$/);
    expect(heelDrop && doseText(heelDrop, 'en')).not.toMatch(/both legs/);
    const splint = byKey.get('orthosis.night-splint');
    expect(splint && doseText(splint, 'en')).toMatch(/your sore foot/);
  });
});
