import { describe, expect, it } from 'vitest';
import {
  faamAdlAnswersSchema,
  faamSportsAnswersSchema,
  scoreFaamAdl,
  scoreFaamSports,
  type FaamAdlAnswers,
  type FaamSportsAnswers,
} from '../../../shared/outcomes';

// A complete ADL form. Sum by hand:
// 4+4+3+3+2+4+3+2+4+1+2+3+4+4+3+4+4+4+3+0+2 = 63, so 63 ÷ (21 × 4) × 100 = 63/84 × 100 = 75.
const adlComplete: FaamAdlAnswers = [4, 4, 3, 3, 2, 4, 3, 2, 4, 1, 2, 3, 4, 4, 3, 4, 4, 4, 3, 0, 2];

describe('FAAM ADL', () => {
  it('has 21 items', () => {
    expect(adlComplete).toHaveLength(21);
    expect(faamAdlAnswersSchema.safeParse(adlComplete).success).toBe(true);
  });

  it('scores a complete form as sum ÷ (answered × 4) × 100', () => {
    expect(scoreFaamAdl(adlComplete)).toEqual({
      status: 'scored',
      measure: 'faam-adl',
      score: 75,
      maxScore: 100,
      answered: 21,
      items: 21,
    });
  });

  it('scores the ends of the scale: all 4 is 100, all 0 is 0', () => {
    expect(scoreFaamAdl(Array<number>(21).fill(4))).toMatchObject({ status: 'scored', score: 100 });
    expect(scoreFaamAdl(Array<number>(21).fill(0))).toMatchObject({ status: 'scored', score: 0 });
  });

  it('leaves N/A items out of the denominator (2 N/A: 19 answered, still scored)', () => {
    // Heavy work (0) and leisure (2) marked N/A: sum 63 − 0 − 2 = 61 over 19 items,
    // 61 ÷ 76 × 100 = 80.263…
    const answers: FaamAdlAnswers = [...adlComplete.slice(0, 19), 'na', 'na'];
    const result = scoreFaamAdl(answers);
    expect(result).toMatchObject({ status: 'scored', answered: 19, items: 21 });
    expect(result.status === 'scored' && result.score).toBeCloseTo(80.2632, 4);
  });

  it('does not score a form with only 18 answered (3 N/A)', () => {
    const answers: FaamAdlAnswers = [...adlComplete.slice(0, 18), 'na', 'na', 'na'];
    const result = scoreFaamAdl(answers);
    expect(result).toMatchObject({
      status: 'incomplete',
      measure: 'faam-adl',
      answered: 18,
      required: 19,
    });
    expect(result.status === 'incomplete' && result.message).toMatch(/at least 19 of 21/);
  });

  it('counts a blank item like N/A: 1 N/A + 1 blank is scored, 2 N/A + 1 blank is not', () => {
    // First item blank and last N/A: sum 63 − 4 − 2 = 57 over 19, 57 ÷ 76 × 100 = 75.
    const scored = scoreFaamAdl([null, ...adlComplete.slice(1, 20), 'na']);
    expect(scored).toMatchObject({ status: 'scored', score: 75, answered: 19 });
    const notScored = scoreFaamAdl([null, ...adlComplete.slice(1, 19), 'na', 'na']);
    expect(notScored).toMatchObject({ status: 'incomplete', answered: 18 });
  });

  it('does not score an empty form', () => {
    expect(scoreFaamAdl(Array<null>(21).fill(null))).toMatchObject({
      status: 'incomplete',
      answered: 0,
    });
  });

  it('refuses answers outside 0–4 and names the item', () => {
    const answers = [...adlComplete];
    answers[2] = 5;
    const result = faamAdlAnswersSchema.safeParse(answers);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]?.path).toEqual([2]);
    expect(result.error?.issues[0]?.message).toContain('item 3 (Walking barefoot on level ground)');
    expect(faamAdlAnswersSchema.safeParse([-1, ...adlComplete.slice(1)]).success).toBe(false);
    expect(faamAdlAnswersSchema.safeParse([3.5, ...adlComplete.slice(1)]).success).toBe(false);
  });

  it('reports every wrong box in one pass', () => {
    const answers = [...adlComplete];
    answers[0] = 9;
    answers[20] = 1.5;
    const result = faamAdlAnswersSchema.safeParse(answers);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([[0], [20]]);
  });

  it('refuses a form with 20 or 22 answers', () => {
    expect(faamAdlAnswersSchema.safeParse(adlComplete.slice(0, 20)).success).toBe(false);
    expect(faamAdlAnswersSchema.safeParse([...adlComplete, 4]).success).toBe(false);
  });
});

// Complete sports form: 3+2+2+3+1+4+2+3 = 20, so 20 ÷ 32 × 100 = 62.5.
const sportsComplete: FaamSportsAnswers = [3, 2, 2, 3, 1, 4, 2, 3];

describe('FAAM Sports', () => {
  it('scores a complete form', () => {
    expect(scoreFaamSports(sportsComplete)).toEqual({
      status: 'scored',
      measure: 'faam-sports',
      score: 62.5,
      maxScore: 100,
      answered: 8,
      items: 8,
    });
  });

  it('scores 7 answered with one N/A', () => {
    // Cutting (1) N/A: 19 ÷ (7 × 4) × 100 = 67.857…
    const answers: FaamSportsAnswers = [3, 2, 2, 3, 'na', 4, 2, 3];
    const result = scoreFaamSports(answers);
    expect(result).toMatchObject({ status: 'scored', answered: 7 });
    expect(result.status === 'scored' && result.score).toBeCloseTo(67.8571, 4);
  });

  it('does not score 6 answered (two N/A, or N/A and blank)', () => {
    expect(scoreFaamSports([3, 2, 2, 3, 'na', 'na', 2, 3])).toMatchObject({
      status: 'incomplete',
      measure: 'faam-sports',
      answered: 6,
      required: 7,
    });
    expect(scoreFaamSports([3, 2, null, 3, 'na', 4, 2, 3])).toMatchObject({
      status: 'incomplete',
      answered: 6,
    });
  });

  it('refuses answers outside 0–4', () => {
    expect(faamSportsAnswersSchema.safeParse([5, 2, 2, 3, 1, 4, 2, 3]).success).toBe(false);
    expect(faamSportsAnswersSchema.safeParse(sportsComplete.slice(0, 7)).success).toBe(false);
  });
});
