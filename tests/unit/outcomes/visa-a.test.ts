import { describe, expect, it } from 'vitest';
import {
  EMPTY_VISA_A_Q8,
  scoreVisaA,
  visaAAnswersSchema,
  visaAQ8BandForMinutes,
  type VisaAAnswers,
  type VisaAQ8Band,
  type VisaAQ8Branch,
} from '../../../shared/outcomes';

// Q1–Q7: 6+5+7+6+4+3+7 = 38; Q8 "some pain, completes training" for 11–20 min = 10; total 48.
const form: VisaAAnswers = {
  items: [6, 5, 7, 6, 4, 3, 7],
  q8: { noPain: null, painCompletes: '11-20', painStops: null },
};

describe('VISA-A', () => {
  it('scores Q1–Q7 plus the Q8 branch points', () => {
    expect(visaAAnswersSchema.safeParse(form).success).toBe(true);
    expect(scoreVisaA(form)).toEqual({
      status: 'scored',
      measure: 'visa-a',
      score: 48,
      maxScore: 100,
      answered: 8,
      items: 8,
    });
  });

  it('scores 100 for no symptoms and 0 for the worst answers', () => {
    expect(
      scoreVisaA({
        items: [10, 10, 10, 10, 10, 10, 10],
        q8: { ...EMPTY_VISA_A_Q8, noPain: 'over-30' },
      }),
    ).toMatchObject({ status: 'scored', score: 100 });
    expect(
      scoreVisaA({ items: [0, 0, 0, 0, 0, 0, 0], q8: { ...EMPTY_VISA_A_Q8, painStops: 'nil' } }),
    ).toMatchObject({
      status: 'scored',
      score: 0,
    });
  });

  // Every Q8 cell from CLINICAL.md, added to Q1–Q7 = 0 so the total is the Q8 points.
  const table: [VisaAQ8Branch, VisaAQ8Band, number][] = [
    ['noPain', 'nil', 0],
    ['noPain', '1-10', 7],
    ['noPain', '11-20', 14],
    ['noPain', '21-30', 21],
    ['noPain', 'over-30', 30],
    ['painCompletes', 'nil', 0],
    ['painCompletes', '1-10', 4],
    ['painCompletes', '11-20', 10],
    ['painCompletes', '21-30', 14],
    ['painCompletes', 'over-30', 20],
    ['painStops', 'nil', 0],
    ['painStops', '1-10', 2],
    ['painStops', '11-20', 5],
    ['painStops', '21-30', 7],
    ['painStops', 'over-30', 10],
  ];
  it.each(table)('Q8 %s, %s minutes scores %i', (branch, band, points) => {
    const answers = { items: [0, 0, 0, 0, 0, 0, 0], q8: { ...EMPTY_VISA_A_Q8, [branch]: band } };
    expect(visaAAnswersSchema.parse(answers)).toEqual(answers);
    expect(scoreVisaA(answers)).toMatchObject({ status: 'scored', score: points });
  });

  it('refuses Q8 answered in two branches, with a message naming them', () => {
    const result = visaAAnswersSchema.safeParse({
      ...form,
      q8: { noPain: '21-30', painCompletes: '11-20', painStops: null },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['q8']);
    expect(result.error?.issues[0]?.message).toMatch(
      /answered in 2 branches.*No pain while training.*completes training/,
    );
    expect(
      visaAAnswersSchema.safeParse({
        ...form,
        q8: { noPain: 'nil', painCompletes: 'nil', painStops: 'nil' },
      }).success,
    ).toBe(false);
  });

  it('does not score a form without Q8', () => {
    const result = scoreVisaA({ items: form.items, q8: EMPTY_VISA_A_Q8 });
    expect(result).toMatchObject({
      status: 'incomplete',
      measure: 'visa-a',
      answered: 7,
      required: 8,
    });
  });

  it('does not score a form with a blank question among Q1–Q7', () => {
    const result = scoreVisaA({ items: [6, null, 7, 6, 4, 3, 7], q8: form.q8 });
    expect(result).toMatchObject({ status: 'incomplete', answered: 7, required: 8 });
    expect(result.status === 'incomplete' && result.message).toMatch(/1 is blank/);
  });

  it('refuses Q1–Q6 outside 0–10 and Q7 values that are not on the form (0, 4, 7, 10)', () => {
    const withItem = (index: number, value: unknown) => {
      const items: unknown[] = [...form.items];
      items[index] = value;
      return visaAAnswersSchema.safeParse({ ...form, items });
    };
    expect(withItem(0, 11).success).toBe(false);
    expect(withItem(5, -1).success).toBe(false);
    expect(withItem(2, 'na').success).toBe(false);
    for (const allowed of [0, 4, 7, 10]) expect(withItem(6, allowed).success).toBe(true);
    const q7 = withItem(6, 5);
    expect(q7.success).toBe(false);
    expect(q7.error?.issues[0]?.message).toMatch(/one of 0, 4, 7, 10/);
  });

  it('refuses a Q8 band that is not on the form', () => {
    expect(
      visaAAnswersSchema.safeParse({ ...form, q8: { ...EMPTY_VISA_A_Q8, noPain: '31-40' } })
        .success,
    ).toBe(false);
  });

  it.each([
    [0, 'nil'],
    [1, '1-10'],
    [10, '1-10'],
    [11, '11-20'],
    [20, '11-20'],
    [21, '21-30'],
    [30, '21-30'],
    [31, 'over-30'],
    [240, 'over-30'],
  ])('%i minutes of training is band %s', (minutes, band) => {
    expect(visaAQ8BandForMinutes(minutes)).toBe(band);
  });

  it('refuses negative or fractional minutes', () => {
    expect(() => visaAQ8BandForMinutes(-1)).toThrow(RangeError);
    expect(() => visaAQ8BandForMinutes(10.5)).toThrow(RangeError);
  });
});
