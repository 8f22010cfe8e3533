// One urgency per condition everywhere: a suspected Achilles rupture is "the same day" in the
// red-flag screen, the Thompson test and the leaflets alike, as redFlagUrgency says.
import { describe, expect, it } from 'vitest';
import type { RedFlagType } from '../../../shared/domain/plan';
import { redFlagUrgency, urgencyWords } from '../../../shared/domain/red-flag-urgency';
import type { BuiltInItem } from '../../../shared/domain/library';
import { builtInItems } from '../../support/built-in-items';

/** How content names each condition whose urgency it might state. */
const namings: Partial<Record<RedFlagType, RegExp>> = {
  suspected_tendon_rupture: /ruptur|torn tendon|sudden snap|sudden pop/i,
  swelling_redness_warmth: /infect|\bhot\b.*\b(?:red|swollen)\b|redness, heat/i,
  suspected_stress_fracture: /stress fracture|crack in the bone/i,
};

/** Any way of saying how soon; "urgent" alone only as an intensifier of the canonical words. */
const urgencyPhrase =
  /same[- ]day|same[- ]week|next day|within (?:a|one|\d+|24|48) (?:hours?|days?|weeks?)|promptly|straight away|at once|immediately|as soon as (?:possible|you can)/i;

function sentences(item: BuiltInItem): string[] {
  return [item.summary, item.clinicianNotes, ...item.instructions, ...item.cautions].flatMap(
    (text) => text.split(/(?<=[.!?;])\s+/),
  );
}

const items = builtInItems();

describe('urgency of each condition in built-in content', () => {
  for (const [type, naming] of Object.entries(namings)) {
    const urgency = redFlagUrgency[type as RedFlagType];
    if (urgency === null) continue;
    const words = urgencyWords[urgency];
    it(`${type}: every sentence that says how soon says "${words}"`, () => {
      const wrong = items.flatMap((item) =>
        sentences(item)
          .filter((s) => naming.test(s) && (urgencyPhrase.test(s) || /urgent/i.test(s)))
          .filter((s) => !s.includes(words) || urgencyPhrase.test(s.replaceAll(words, '')))
          .map((s) => `${item.key}: "${s}"`),
      );
      expect(wrong).toEqual([]);
    });
  }

  it.each([
    'assessment.red-flag-screen',
    'assessment.thompson-test',
    'education.when-to-seek-help',
    'education.understanding-achilles-pain',
  ])('%s states the rupture urgency', (key) => {
    const item = items.find((i) => i.key === key);
    const rupture = namings.suspected_tendon_rupture ?? /$^/;
    const stated = (item ? sentences(item) : []).filter(
      (s) => rupture.test(s) && s.includes(urgencyWords.same_day),
    );
    expect(stated.length).toBeGreaterThan(0);
  });
});
