import { describe, expect, it } from 'vitest';
import { nprsAnswersSchema, scoreNprs } from '../../../shared/outcomes';

describe('NPRS', () => {
  it('scores the rating itself, 0 and 10 included', () => {
    expect(scoreNprs([7])).toEqual({
      status: 'scored',
      measure: 'nprs',
      score: 7,
      maxScore: 10,
      answered: 1,
      items: 1,
    });
    expect(scoreNprs([0])).toMatchObject({ status: 'scored', score: 0 });
    expect(scoreNprs([10])).toMatchObject({ status: 'scored', score: 10 });
  });

  it('does not score a blank rating', () => {
    expect(scoreNprs([null])).toMatchObject({ status: 'incomplete', answered: 0, required: 1 });
  });

  it.each([[-1], [11], [2.5], ['na'], ['7']])('refuses %j', (value) => {
    expect(nprsAnswersSchema.safeParse([value]).success).toBe(false);
  });

  it('names the item and the range when a rating is out of range', () => {
    const result = nprsAnswersSchema.safeParse([11]);
    expect(result.error?.issues[0]?.message).toMatch(/NPRS item 1 .* 0 to 10; 11 is out of range/);
    expect(result.error?.issues[0]?.path).toEqual([0]);
  });

  it('refuses a form with the wrong number of answers', () => {
    expect(nprsAnswersSchema.safeParse([]).success).toBe(false);
    expect(nprsAnswersSchema.safeParse([3, 4]).success).toBe(false);
  });
});
