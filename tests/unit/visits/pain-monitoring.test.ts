import { describe, expect, it } from 'vitest';
import type { AdherenceWeek } from '../../../shared/domain/visit';
import { EMPTY_PAIN_MONITORING } from '../../../shared/domain/load-monitoring';
import {
  PAIN_MODEL_RULE,
  assessPainMonitoring,
  diaryDays,
} from '../../../shared/visits/pain-monitoring';

type Row = (number | null)[];
const blank: Row = [null, null, null, null, null, null, null];

function week(
  weekStart: string,
  rows: { firstStep?: Row; during?: Row; nextMorning?: Row } = {},
): AdherenceWeek {
  return {
    weekStart,
    firstStepPain: rows.firstStep ?? blank,
    painDuringExercise: rows.during ?? blank,
    nextMorningPain: rows.nextMorning ?? blank,
    exercises: [],
  };
}

const VISIT = '2026-11-24';
const assess = (
  weeks: AdherenceWeek[],
  monitoring = EMPTY_PAIN_MONITORING,
  earlierMornings: { date: string; pain: number }[] = [],
) => assessPainMonitoring({ visitDate: VISIT, monitoring, weeks, earlierMornings });

describe('pain-monitoring model', () => {
  it('says nothing was recorded when there is nothing to judge', () => {
    expect(assess([])).toEqual({ status: 'not_recorded', reasons: [] });
    // First-step pain alone, one week: neither during, next morning nor a week to compare.
    expect(assess([week('2026-11-17', { firstStep: [3, 3, 3, 3, 3, 3, 3] })]).status).toBe(
      'not_recorded',
    );
  });

  it('accepts pain during exercise up to 5/10 and flags 6/10', () => {
    const atLimit = assess([week('2026-11-17', { during: [2, null, 5, null, 4, null, 3] })]);
    expect(atLimit).toEqual({ status: 'within_model', reasons: [] });

    const above = assess([week('2026-11-17', { during: [2, null, 6, null, 4, null, 7] })]);
    expect(above.status).toBe('reduce_load');
    expect(above.reasons).toEqual([
      {
        rule: 'during_above_limit',
        message:
          'Pain during exercise was above 5/10 on 2 days: 6/10 on 19 Nov 2026, 7/10 on 23 Nov 2026.',
      },
    ]);
  });

  it("reads the visit's own entry about the last session", () => {
    const during = assess([], { firstStepPain: 2, duringExercise: 6, nextMorning: 2 });
    expect(during.reasons.map((r) => r.rule)).toEqual(['during_above_limit']);
    expect(during.reasons[0]?.message).toContain('6/10 on 24 Nov 2026');

    const settled = assess([], { firstStepPain: 3, duringExercise: 4, nextMorning: 3 });
    expect(settled).toEqual({ status: 'within_model', reasons: [] });

    const unsettled = assess([], { firstStepPain: 3, duringExercise: 4, nextMorning: 4 });
    expect(unsettled.reasons).toEqual([
      {
        rule: 'not_settled',
        message:
          'Pain had not settled by the next morning on 1 day: after 24 Nov 2026, 4/10 against 3/10 that morning.',
      },
    ]);
  });

  it('flags next-morning pain above that morning’s first-step pain, not equal to it', () => {
    const equal = assess([
      week('2026-11-17', {
        firstStep: [3, 3, null, 3, 3, 3, 3],
        nextMorning: [3, 2, 5, 3, 3, 3, 3],
      }),
    ]);
    // 19 Nov has no first-step rating: nothing to compare the 5/10 with.
    expect(equal).toEqual({ status: 'within_model', reasons: [] });

    const worse = assess([
      week('2026-11-17', { firstStep: [3, 3, 3, 3, 3, 3, 3], nextMorning: [3, 4, 3, 3, 3, 3, 3] }),
    ]);
    expect(worse.status).toBe('reduce_load');
    expect(worse.reasons[0]).toMatchObject({ rule: 'not_settled' });
    expect(worse.reasons[0]?.message).toContain('after 18 Nov 2026, 4/10 against 3/10');
  });

  it('flags a rise of 1 point or more in the weekly average of morning pain', () => {
    // Week before: 3,3,3,3 → 3.0; this week 4,4,4,4 → 4.0: a rise of exactly 1.
    const earlier = ['2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13'].map((date) => ({
      date,
      pain: 3,
    }));
    const rise = assess(
      [week('2026-11-17', { firstStep: [4, 4, 4, 4, null, null, null] })],
      EMPTY_PAIN_MONITORING,
      earlier,
    );
    expect(rise.reasons).toEqual([
      {
        rule: 'weekly_rise',
        message:
          'Morning pain rose week on week: average 4.0/10 in the week from 17 Nov 2026 against 3.0/10 the week from 10 Nov 2026.',
      },
    ]);

    // 3.0 → 3.75 is under a point: within the model.
    const small = assess(
      [week('2026-11-17', { firstStep: [4, 4, 4, 3, null, null, null] })],
      EMPTY_PAIN_MONITORING,
      earlier,
    );
    expect(small).toEqual({ status: 'within_model', reasons: [] });
  });

  it('compares two weeks entered at the same visit, and needs 3 rated mornings in each', () => {
    const twoWeeks = [
      week('2026-11-10', { firstStep: [2, 2, 2, null, null, null, null] }),
      week('2026-11-17', { firstStep: [5, 5, 5, null, null, null, null] }),
    ];
    expect(assess(twoWeeks).reasons.map((r) => r.rule)).toEqual(['weekly_rise']);

    const thin = [
      week('2026-11-10', { firstStep: [2, 2, null, null, null, null, null] }),
      week('2026-11-17', { firstStep: [5, 5, 5, null, null, null, null] }),
    ];
    expect(assess(thin)).toEqual({ status: 'not_recorded', reasons: [] });
  });

  it('lists every rule broken at once', () => {
    const result = assess([], { firstStepPain: 2, duringExercise: 8, nextMorning: 5 });
    expect(result.reasons.map((r) => r.rule)).toEqual(['during_above_limit', 'not_settled']);
  });

  it('reads grids recorded before the diary rows existed as blank', () => {
    const old: AdherenceWeek = {
      weekStart: '2026-11-17',
      firstStepPain: [4, 4, 4, 4, 4, 4, 4],
      exercises: [],
    };
    expect(diaryDays([old])[0]).toEqual({
      date: '2026-11-17',
      firstStepPain: 4,
      duringExercise: null,
      nextMorning: null,
    });
  });

  it('publishes the rule with its reference', () => {
    expect(PAIN_MODEL_RULE).toMatch(/Silbernagel et al\. 2007/);
    expect(PAIN_MODEL_RULE).toMatch(/up to 5\/10/);
  });
});
