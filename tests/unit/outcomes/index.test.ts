import { describe, expect, it } from 'vitest';
import {
  emptyOutcomeAnswers,
  formatChange,
  formatScore,
  outcomeAnswersSchema,
  outcomeMeasureKeys,
  outcomeMeasures,
  scoreOutcome,
  scoreResultSchema,
} from '../../../shared/outcomes';

describe('outcome measure registry', () => {
  it('declares item counts from CLINICAL.md', () => {
    expect(outcomeMeasures.nprs.items).toHaveLength(1);
    expect(outcomeMeasures['faam-adl'].items).toHaveLength(21);
    expect(outcomeMeasures['faam-sports'].items).toHaveLength(8);
    expect(outcomeMeasures.lefs.items).toHaveLength(20);
    expect(outcomeMeasures.ffi.items).toHaveLength(23);
    expect(outcomeMeasures['visa-a'].items).toHaveLength(7); // plus Q8, entered by branch
  });

  it('declares the direction and MCID of each measure', () => {
    expect(outcomeMeasures.nprs).toMatchObject({
      direction: 'lower_is_better',
      mcid: { points: 2, source: 'Farrar et al. 2001' },
    });
    expect(outcomeMeasures['faam-adl']).toMatchObject({
      direction: 'higher_is_better',
      mcid: { points: 8 },
    });
    expect(outcomeMeasures['faam-sports']).toMatchObject({
      direction: 'higher_is_better',
      mcid: { points: 9 },
    });
    expect(outcomeMeasures.lefs).toMatchObject({
      direction: 'higher_is_better',
      mcid: { points: 9 },
    });
    expect(outcomeMeasures.ffi.direction).toBe('lower_is_better');
    expect(outcomeMeasures['visa-a'].direction).toBe('higher_is_better');
  });

  it('names a source and a full reference for every MCID, and flags the values to review', () => {
    const sources = Object.fromEntries(
      outcomeMeasureKeys.map((key) => [key, outcomeMeasures[key].mcid.source]),
    );
    expect(sources).toEqual({
      nprs: 'Farrar et al. 2001',
      'faam-adl': 'Martin et al. 2005',
      'faam-sports': 'Martin et al. 2005',
      lefs: 'Binkley et al. 1999',
      ffi: 'Landorf & Radford 2008',
      'visa-a': 'JOSPT 2021 (12-week figure)',
    });
    for (const key of outcomeMeasureKeys) {
      expect(outcomeMeasures[key].mcid.reference).toMatch(/\d{4}/);
    }
    // Values that are not CLINICAL.md's own are marked for review.
    expect(outcomeMeasures.ffi.mcid.review).toBeDefined();
    expect(outcomeMeasures['visa-a'].mcid.review).toBeDefined();
    expect(outcomeMeasures.nprs.mcid.review).toMatch(/3 → 2/);
    expect(outcomeMeasures.lefs.mcid.review).toBeUndefined();
  });

  it('gives every item a distinct key and a short label', () => {
    for (const key of outcomeMeasureKeys) {
      const items = outcomeMeasures[key].items;
      expect(new Set(items.map((item) => item.key)).size).toBe(items.length);
      for (const item of items) expect(item.label.length).toBeLessThanOrEqual(50);
    }
  });

  it.each(outcomeMeasureKeys)('a blank %s form parses and is not scored', (key) => {
    const blank = emptyOutcomeAnswers(key);
    expect(outcomeAnswersSchema.parse(blank)).toEqual(blank);
    const result = scoreOutcome(blank);
    expect(result).toMatchObject({ status: 'incomplete', measure: key, answered: 0 });
    expect(scoreResultSchema.parse(result)).toEqual(result);
  });

  it('dispatches on the measure and checks the answers against it', () => {
    expect(
      scoreOutcome(outcomeAnswersSchema.parse({ measure: 'nprs', answers: [4] })),
    ).toMatchObject({ score: 4 });
    // 21 answers are a FAAM ADL form, not an FAAM Sports one.
    expect(
      outcomeAnswersSchema.safeParse({ measure: 'faam-sports', answers: Array(21).fill(4) })
        .success,
    ).toBe(false);
    expect(outcomeAnswersSchema.safeParse({ measure: 'koos', answers: [] }).success).toBe(false);
  });

  it('formats scores and changes for display', () => {
    expect(formatScore('faam-adl', 200 / 3)).toBe('66.7 %');
    expect(formatScore('faam-adl', 75)).toBe('75 %');
    expect(formatScore('lefs', 58)).toBe('58/80');
    expect(formatScore('nprs', 3)).toBe('3/10');
    expect(formatScore('visa-a', 48)).toBe('48/100');
    expect(formatChange(25 / 3)).toBe('+8.3');
    expect(formatChange(-2)).toBe('−2');
    expect(formatChange(0)).toBe('0');
  });
});
