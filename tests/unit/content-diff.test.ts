// Content differences between two copies of an item, as the plan editor and version diffs show
// them: one line per changed step or caution, photos by count, video and text old → new.
import { describe, expect, it } from 'vitest';
import { contentChanges } from '../../shared/plans/content-diff';
import { changeSummary, itemChanges } from '../../shared/plans/plan-diff';
import { planItem } from '../support/plan-items';

const image = (n: number) => ({
  sha256: String(n).repeat(64).slice(0, 64),
  mimeType: 'image/png' as const,
  width: 10,
  height: 10,
});
const base = planItem('i1', 'Heel raise', { kind: 'exercise', parameters: { sets: 3, reps: 10 } });

describe('content differences', () => {
  it('finds nothing between identical copies, whatever the dose', () => {
    const dosed = { ...base, parameters: { sets: 4, reps: 20 } };
    expect(contentChanges(base, dosed)).toEqual([]);
  });

  it('names each changed step and caution, photos by count and the video old → new', () => {
    const before = { ...base, instructions: ['Stand.', 'Rise.'], images: [image(1)] };
    const after = {
      ...base,
      instructions: ['Stand.', 'Rise slowly.', 'Lower.'],
      cautions: ['Stop if sharp pain.'],
      images: [image(1), image(2)],
      videoUrl: 'https://example.org/v',
    };
    expect(contentChanges(before, after).map((c) => [c.label, c.before, c.after])).toEqual([
      ['Step 2', 'Rise.', 'Rise slowly.'],
      ['Step 3', null, 'Lower.'],
      ['Caution 1', null, 'Stop if sharp pain.'],
      ['Photos', '1 photo', '2 photos'],
      ['Video', null, 'https://example.org/v'],
    ]);
  });

  it('says a photo changed when the count is the same', () => {
    const [change] = contentChanges(
      { ...base, images: [image(1)] },
      { ...base, images: [image(3)] },
    );
    expect(change).toMatchObject({
      label: 'Photos',
      before: '1 photo',
      after: '1 photo (changed)',
    });
  });

  it('is part of a version diff line, with labels', () => {
    const after = { ...base, title: 'Heel raise', videoUrl: 'https://example.org/v' };
    expect(changeSummary('Heel raise', itemChanges(base, after))).toBe(
      'Heel raise: Video: https://example.org/v added',
    );
  });
});
