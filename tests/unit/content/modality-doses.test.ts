// Laser doses are stated as energy per point in joules, consistent with power × time:
// 200 mW for 3 min is 36 J in all, so 6 points get 6 J each (not "4 J/cm²" out of nowhere).
import { describe, expect, it } from 'vitest';
import { builtInItems } from '../../support/built-in-items';

const lasers = builtInItems().flatMap((item) =>
  item.kind === 'modality' && item.parameters.device === 'laser'
    ? [{ item, settings: item.parameters }]
    : [],
);

describe('built-in laser items', () => {
  it('exist', () => expect(lasers.length).toBeGreaterThan(0));

  it.each(lasers.map(({ item, settings }) => [item.key, item, settings] as const))(
    '%s: joules per point × points = power × time',
    (_key, item, settings) => {
      const totalJ = (settings.powerMw / 1000) * settings.minutes * 60;
      const notes = item.clinicianNotes;
      const perPoint = /(\d+(?:\.\d+)?) J per point/.exec(notes);
      const points = /(\d+) points/.exec(notes);
      const total = /(\d+(?:\.\d+)?) J in all/.exec(notes);
      expect(perPoint, 'notes state "N J per point"').not.toBeNull();
      expect(points, 'notes state "N points"').not.toBeNull();
      expect(Number(total?.[1])).toBeCloseTo(totalJ, 5);
      expect(Number(perPoint?.[1]) * Number(points?.[1])).toBeCloseTo(totalJ, 5);
      // A J/cm² figure in the notes is the one the settings print.
      const density = /(\d+(?:\.\d+)?) J\/cm²/.exec(notes);
      if (density) expect(Number(density[1])).toBe(settings.doseJPerCm2);
    },
  );
});
