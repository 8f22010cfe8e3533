import { describe, expect, it } from 'vitest';
import { lefsAnswersSchema, scoreLefs, type LefsAnswers } from '../../../shared/outcomes';

// Sum by hand: 4+3+4+4+4+2+3+4+2+4 = 34; 4+3+3+3+4+1+1+0+1+4 = 24; total 58 of 80.
const complete: LefsAnswers = [4, 3, 4, 4, 4, 2, 3, 4, 2, 4, 4, 3, 3, 3, 4, 1, 1, 0, 1, 4];

describe('LEFS', () => {
  it('scores the sum of 20 items', () => {
    expect(complete).toHaveLength(20);
    expect(scoreLefs(complete)).toEqual({
      status: 'scored',
      measure: 'lefs',
      score: 58,
      maxScore: 80,
      answered: 20,
      items: 20,
    });
  });

  it('scores the ends: all 4 is 80, all 0 is 0', () => {
    expect(scoreLefs(Array<number>(20).fill(4))).toMatchObject({ score: 80 });
    expect(scoreLefs(Array<number>(20).fill(0))).toMatchObject({ status: 'scored', score: 0 });
  });

  it('flags a form with one blank item and does not score it', () => {
    const answers: LefsAnswers = [...complete];
    answers[19] = null;
    const result = scoreLefs(answers);
    expect(result).toMatchObject({
      status: 'incomplete',
      measure: 'lefs',
      answered: 19,
      required: 20,
    });
    expect(result.status === 'incomplete' && result.message).toMatch(/1 item is blank/);
  });

  it('has no N/A', () => {
    const answers: unknown[] = [...complete];
    answers[0] = 'na';
    expect(lefsAnswersSchema.safeParse(answers).success).toBe(false);
  });

  it('refuses answers outside 0–4', () => {
    expect(lefsAnswersSchema.safeParse([5, ...complete.slice(1)]).success).toBe(false);
    expect(lefsAnswersSchema.safeParse([-1, ...complete.slice(1)]).success).toBe(false);
  });
});
