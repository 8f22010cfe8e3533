// One urgency per condition everywhere: a suspected Achilles rupture is "same day" in the
// red-flag screen, the Thompson test and the leaflets alike, as the red-flag table says.
import { describe, expect, it } from 'vitest';
import type { BuiltInItem } from '../../../shared/domain/library';
import {
  redFlagTypeInfo,
  urgencies,
  type RedFlagType,
  type Urgency,
} from '../../../shared/safety/red-flag-types';
import { builtInItems } from '../../support/built-in-items';

/** How content names each condition whose urgency it might state. */
const namings: Partial<Record<RedFlagType, RegExp>> = {
  suspected_tendon_rupture: /ruptur|torn tendon|sudden snap|sudden pop/i,
  swelling_redness_warmth: /infect|\bhot\b.*\b(?:red|swollen)\b|redness, heat/i,
  suspected_stress_fracture: /stress fracture|crack in the bone/i,
};

/** Any way of saying how soon; "urgent" alone only as an intensifier of the table's words. */
const urgencyPhrase =
  /same[- ]day|same[- ]week|next day|\btoday\b|within (?:a|one|a few|the next few|the next \d+|\d+|24|48) (?:hours?|days?|weeks?)|promptly|straight away|at once|immediately|as soon as (?:possible|you can)/i;

/** How the table words an urgency for clinicians ("same day") and patients ("today"). */
function wordings(urgency: Urgency): string[] {
  const { label, patient } = urgencies[urgency];
  return [label.toLowerCase(), patient];
}

function sentences(item: BuiltInItem): string[] {
  return [item.summary, item.clinicianNotes, ...item.instructions, ...item.cautions].flatMap(
    (text) => text.split(/(?<=[.!?;])\s+/),
  );
}

const items = builtInItems();

describe('urgency of each condition in built-in content', () => {
  for (const [type, naming] of Object.entries(namings)) {
    const words = wordings(redFlagTypeInfo[type as RedFlagType].urgency);
    it(`${type}: every sentence that says how soon says "${words.join('" or "')}"`, () => {
      const wrong = items.flatMap((item) =>
        sentences(item)
          .filter((s) => naming.test(s) && (urgencyPhrase.test(s) || /urgent/i.test(s)))
          .filter((s) => {
            const said = words.filter((w) => s.toLowerCase().includes(w));
            const rest = said.reduce((text, w) => text.replaceAll(w, ''), s.toLowerCase());
            return said.length === 0 || urgencyPhrase.test(rest);
          })
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
    const words = wordings(redFlagTypeInfo.suspected_tendon_rupture.urgency);
    const stated = (item ? sentences(item) : []).filter(
      (s) => rupture.test(s) && words.some((w) => s.toLowerCase().includes(w)),
    );
    expect(stated.length).toBeGreaterThan(0);
  });
});
