import { describe, expect, it } from 'vitest';
import {
  FFI_MINIMUM_RULE,
  ffiAnswersSchema,
  ffiMeasure,
  scoreFfi,
  type FfiAnswers,
} from '../../../shared/outcomes';

// Pain (9): orthosis items 7 and 8 N/A; 8+9+7+6+5+4+6 = 45 over 7 answered → 45/70 × 100 = 64.2857…
const pain: FfiAnswers = [8, 9, 7, 6, 5, 4, 'na', 'na', 6];
// Disability (9): 3+5+6+4+5+7+2+4+8 = 44 over 9 → 44/90 × 100 = 48.888…
const disability: FfiAnswers = [3, 5, 6, 4, 5, 7, 2, 4, 8];
// Activity limitation (5): 0+0+2+0+3 = 5 over 5 → 5/50 × 100 = 10.
const activity: FfiAnswers = [0, 0, 2, 0, 3];
// Total: (45 + 44 + 5) = 94 over 21 answered → 94/210 × 100 = 44.7619…
// (Not the mean of the subscales, 41.06: CLINICAL.md pools the answered items.)
const form: FfiAnswers = [...pain, ...disability, ...activity];

describe('FFI', () => {
  it('has 23 items: 9 pain, 9 disability, 5 activity limitation', () => {
    expect(form).toHaveLength(23);
    expect(ffiAnswersSchema.safeParse(form).success).toBe(true);
  });

  it('scores total and subscales as sum ÷ (answered × 10) × 100, skipping N/A', () => {
    const result = scoreFfi(form);
    if (result.status !== 'scored') throw new Error(`expected a score, got: ${result.message}`);
    expect(result.score).toBeCloseTo(44.7619, 4);
    expect(result.answered).toBe(21);
    expect(result.maxScore).toBe(100);
    expect(result.subscales?.pain).toMatchObject({ status: 'scored', answered: 7, items: 9 });
    expect(result.subscales?.pain?.status === 'scored' && result.subscales.pain.score).toBeCloseTo(
      64.2857,
      4,
    );
    expect(
      result.subscales?.disability?.status === 'scored' && result.subscales.disability.score,
    ).toBeCloseTo(48.8889, 4);
    expect(result.subscales?.activity_limitation).toEqual({
      status: 'scored',
      score: 10,
      answered: 5,
      items: 5,
    });
  });

  it('scores the ends: all 0 is 0, all 10 is 100', () => {
    expect(scoreFfi(Array<number>(23).fill(0))).toMatchObject({ status: 'scored', score: 0 });
    expect(scoreFfi(Array<number>(23).fill(10))).toMatchObject({ status: 'scored', score: 100 });
  });

  it('does not score 2 of 23 answered with the rest N/A (it used to score 50)', () => {
    const answers: FfiAnswers = Array<'na'>(23).fill('na');
    answers[0] = 5;
    answers[9] = 5;
    const result = scoreFfi(answers);
    expect(result).toMatchObject({ status: 'incomplete', measure: 'ffi', answered: 2 });
    expect(result.status === 'incomplete' && result.message).toBe(
      'FFI is not scored: too few items answered, the rest N/A (pain 1 of 9 (needs 5), ' +
        'disability 1 of 9 (needs 5), activity limitation 0 of 5 (needs 3)). At least half ' +
        'the items of each subscale must be answered.',
    );
  });

  it('scores a subscale from half its items (rounded up), not from fewer', () => {
    // Pain: 5 of 9 answered (6+6+6+6+6 = 30 over 5 → 60); disability full; activity 3 of 5.
    const atMinimum: FfiAnswers = [
      ...[6, 6, 6, 6, 6, 'na', 'na', 'na', 'na'],
      ...disability,
      ...[0, 0, 2, 'na', 'na'],
    ] as FfiAnswers;
    const result = scoreFfi(atMinimum);
    // Total: (30 + 44 + 2) = 76 over 17 answered → 76/170 × 100 = 44.7058…
    expect(result).toMatchObject({ status: 'scored', answered: 17 });
    expect(result.status === 'scored' && result.score).toBeCloseTo(44.7059, 4);
    expect(result.status === 'scored' && result.subscales?.pain).toEqual({
      status: 'scored',
      score: 60,
      answered: 5,
      items: 9,
    });

    const painShort: FfiAnswers = [...atMinimum];
    painShort[4] = 'na'; // pain now 4 of 9
    const short = scoreFfi(painShort);
    expect(short).toMatchObject({ status: 'incomplete', answered: 16, required: 13 });
    expect(short.status === 'incomplete' && short.message).toMatch(/pain 4 of 9 \(needs 5\)/);

    const activityShort: FfiAnswers = [...atMinimum];
    activityShort[20] = 'na'; // activity limitation now 2 of 5
    expect(scoreFfi(activityShort)).toMatchObject({ status: 'incomplete' });
  });

  it('does not score the total when a whole subscale is N/A', () => {
    // Before the minimum rule this scored 55.625 from pain and disability alone, a total
    // that cannot be compared with one including activity limitation.
    const answers: FfiAnswers = [...pain, ...disability, 'na', 'na', 'na', 'na', 'na'];
    const result = scoreFfi(answers);
    expect(result).toMatchObject({ status: 'incomplete', answered: 16 });
    expect(result.status === 'incomplete' && result.message).toMatch(
      /activity limitation 0 of 5 \(needs 3\)/,
    );
  });

  it('publishes the rule and the MCID source beside the measure', () => {
    expect(FFI_MINIMUM_RULE).toMatch(/pain 5 of 9, disability 5 of 9, activity limitation 3 of 5/);
    expect(ffiMeasure.mcid).toMatchObject({ points: 7, source: 'Landorf & Radford 2008' });
  });

  it('does not score a form with a blank item (blank is not N/A)', () => {
    const answers: FfiAnswers = [...form];
    answers[12] = null;
    const result = scoreFfi(answers);
    expect(result).toMatchObject({
      status: 'incomplete',
      measure: 'ffi',
      answered: 20,
      required: 23,
    });
    expect(result.status === 'incomplete' && result.message).toMatch(/1 item is blank/);
  });

  it('does not score a form that is all N/A', () => {
    expect(scoreFfi(Array<'na'>(23).fill('na'))).toMatchObject({
      status: 'incomplete',
      answered: 0,
    });
  });

  it('refuses answers outside 0–10', () => {
    const answers: unknown[] = [...form];
    answers[0] = 11;
    expect(ffiAnswersSchema.safeParse(answers).success).toBe(false);
    answers[0] = -1;
    expect(ffiAnswersSchema.safeParse(answers).success).toBe(false);
    expect(ffiAnswersSchema.safeParse(form.slice(0, 22)).success).toBe(false);
  });
});
