import { describe, expect, it } from 'vitest';
import { compareToBaseline } from '../../../shared/outcomes';

describe('compareToBaseline', () => {
  it('FAAM ADL: +8 reaches the MCID, +7.9 does not; higher is better', () => {
    expect(compareToBaseline('faam-adl', 60, 68)).toMatchObject({
      change: 8,
      improvement: 8,
      direction: 'better',
      reachesMcid: true,
      worseByMcid: false,
    });
    expect(compareToBaseline('faam-adl', 60, 67.9)).toMatchObject({
      direction: 'better',
      reachesMcid: false,
    });
  });

  it('FAAM ADL: a fall of 8 is worse by the MCID, not an improvement', () => {
    expect(compareToBaseline('faam-adl', 75, 67)).toMatchObject({
      change: -8,
      improvement: -8,
      direction: 'worse',
      reachesMcid: false,
      worseByMcid: true,
    });
  });

  it('does not miss an MCID-sized change through floating-point rounding', () => {
    // 57/7 − 1/7 is exactly 8, but the doubles subtract to 7.999999999999999.
    expect(compareToBaseline('faam-adl', 1 / 7, 57 / 7).reachesMcid).toBe(true);
  });

  it('FAAM Sports: MCID 9', () => {
    expect(compareToBaseline('faam-sports', 50, 59).reachesMcid).toBe(true);
    expect(compareToBaseline('faam-sports', 50, 58.9).reachesMcid).toBe(false);
  });

  it('LEFS: MCID 9', () => {
    expect(compareToBaseline('lefs', 40, 49)).toMatchObject({ change: 9, reachesMcid: true });
    expect(compareToBaseline('lefs', 40, 48)).toMatchObject({ change: 8, reachesMcid: false });
  });

  it('NPRS: lower is better; 2 points is meaningful', () => {
    expect(compareToBaseline('nprs', 8, 6)).toMatchObject({
      change: -2,
      improvement: 2,
      direction: 'better',
      reachesMcid: true,
    });
    expect(compareToBaseline('nprs', 8, 7)).toMatchObject({ improvement: 1, reachesMcid: false });
  });

  it('NPRS: a low baseline still needs 2 points (3 → 2 is not badged)', () => {
    // 3 → 2 is 33 % of the baseline but only 1 point: within the scale's error.
    expect(compareToBaseline('nprs', 3, 2)).toMatchObject({ improvement: 1, reachesMcid: false });
    expect(compareToBaseline('nprs', 3, 2).percentImprovement).toBeCloseTo(33.33, 2);
    expect(compareToBaseline('nprs', 3, 1)).toMatchObject({ improvement: 2, reachesMcid: true });
    expect(compareToBaseline('nprs', 2, 1)).toMatchObject({ reachesMcid: false });
    expect(compareToBaseline('nprs', 2, 0)).toMatchObject({ reachesMcid: true });
    // A high baseline: 2 points is enough even though it is under 30 % (10 → 8 is 20 %).
    expect(compareToBaseline('nprs', 10, 8)).toMatchObject({
      percentImprovement: 20,
      reachesMcid: true,
    });
    expect(compareToBaseline('nprs', 10, 9)).toMatchObject({ reachesMcid: false });
  });

  it('NPRS: a rise in pain is worse; 2 points is a meaningful worsening', () => {
    expect(compareToBaseline('nprs', 4, 6)).toMatchObject({
      change: 2,
      improvement: -2,
      direction: 'worse',
      reachesMcid: false,
      worseByMcid: true,
    });
    // From 0 there is no percentage; 1 point is not meaningful.
    expect(compareToBaseline('nprs', 0, 1)).toMatchObject({
      percentImprovement: null,
      worseByMcid: false,
    });
  });

  it('FFI: lower is better', () => {
    expect(compareToBaseline('ffi', 50, 43)).toMatchObject({
      improvement: 7,
      direction: 'better',
      reachesMcid: true,
    });
    expect(compareToBaseline('ffi', 50, 57)).toMatchObject({
      direction: 'worse',
      reachesMcid: false,
      worseByMcid: true,
    });
  });

  it('VISA-A: higher is better', () => {
    expect(compareToBaseline('visa-a', 50, 64)).toMatchObject({
      improvement: 14,
      reachesMcid: true,
    });
    expect(compareToBaseline('visa-a', 50, 63)).toMatchObject({
      improvement: 13,
      reachesMcid: false,
    });
    expect(compareToBaseline('visa-a', 50, 30)).toMatchObject({ direction: 'worse' });
  });

  it('no change is unchanged and never meaningful', () => {
    expect(compareToBaseline('nprs', 5, 5)).toMatchObject({
      change: 0,
      direction: 'unchanged',
      reachesMcid: false,
      worseByMcid: false,
    });
  });

  it('refuses scores that are not numbers', () => {
    expect(() => compareToBaseline('lefs', Number.NaN, 40)).toThrow(RangeError);
  });
});
