// Insertional Achilles pain: calf raises stay at floor level (no heel drop below a step) in the
// early phases; only a later phase, entered on stated criteria, may go below the step.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInProtocolFileSchema } from '../../../shared/domain/protocol';
import { builtInItems, resourcesDir } from '../../support/built-in-items';

const protocol = builtInProtocolFileSchema
  .parse(JSON.parse(fs.readFileSync(path.join(resourcesDir, 'protocols/heel-pain.json'), 'utf8')))
  .protocols.find((p) => p.key === 'protocol.achilles-insertional');
const library = new Map(builtInItems().map((item) => [item.key, item]));

/** Steps that take the heel below the level of the forefoot. */
const belowStep = /below (?:the )?(?:step|level)|edge of a step|off (?:a|the) step|hang below/i;

/** A protocol note is not always printed, so the item's own steps decide. */
function dropsBelowStep(key: string): boolean {
  const item = library.get(key);
  return belowStep.test([...(item?.instructions ?? []), item?.summary ?? ''].join(' '));
}

describe('insertional Achilles protocol', () => {
  it('exists', () => expect(protocol).toBeDefined());

  const phases = protocol?.phases ?? [];
  const firstBelow = phases.findIndex((phase) =>
    phase.items.some((item) => dropsBelowStep(item.key)),
  );

  it('keeps the first two phases at floor level', () => {
    const early = phases
      .slice(0, 2)
      .flatMap((phase) =>
        phase.items.filter((item) => dropsBelowStep(item.key)).map((item) => item.key),
      );
    expect(early).toEqual([]);
    expect(firstBelow === -1 || firstBelow >= 2).toBe(true);
  });

  it('lets only a criteria-gated later phase go below the step', () => {
    expect(firstBelow).toBeGreaterThanOrEqual(2);
    const gated = phases[firstBelow];
    expect(gated?.description).toMatch(/only (?:once|when)/i);
    expect(gated?.description).toMatch(/floor[- ]level/i);
  });

  it('uses the floor-level heel lowering early on', () => {
    const early = phases.slice(0, 2).flatMap((phase) => phase.items.map((item) => item.key));
    expect(early).toContain('exercise.eccentric-heel-drop-floor-level');
  });
});
