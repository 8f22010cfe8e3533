import { describe, expect, it } from 'vitest';
import { summariseAdherence } from '../../../shared/visits/adherence';
import { addDays, readableDate, weekdayLabels } from '../../../shared/visits/dates';

const week = (
  weekStart: string,
  exercises: { targetDays: number; ticks: string }[],
  pain = Array<number | null>(7).fill(null),
) => ({
  weekStart,
  firstStepPain: pain,
  exercises: exercises.map((e, i) => ({
    planItemId: null,
    title: `Exercise ${i + 1}`,
    targetDays: e.targetDays,
    days: [...e.ticks].map((c) => c === 'x'),
  })),
});

describe('adherence from the paper grid', () => {
  it('is days done over days prescribed', () => {
    // 5 of 7 and 3 of 7: 8/14 = 57.14 %.
    const summary = summariseAdherence([
      week('2026-11-02', [
        { targetDays: 7, ticks: 'xx.xx.x' },
        { targetDays: 7, ticks: 'x.x.x..' },
      ]),
    ]);
    expect(summary).toMatchObject({ daysDone: 8, daysTarget: 14 });
    expect(summary.percent).toBeCloseTo(57.1429, 4);
  });

  it('does not let extra days on one exercise make up for another', () => {
    // 7 ticked of 3 prescribed counts 3; 0 of 4: 3/7.
    const summary = summariseAdherence([
      week('2026-11-02', [
        { targetDays: 3, ticks: 'xxxxxxx' },
        { targetDays: 4, ticks: '.......' },
      ]),
    ]);
    expect(summary).toMatchObject({ daysDone: 3, daysTarget: 7 });
  });

  it('adds up several weeks, and is null with nothing prescribed', () => {
    const summary = summariseAdherence([
      week('2026-11-09', [{ targetDays: 7, ticks: 'xxxxxxx' }]),
      week('2026-11-02', [{ targetDays: 7, ticks: '.......' }]),
    ]);
    expect(summary.percent).toBe(50);
    expect(summariseAdherence([]).percent).toBeNull();
    expect(summariseAdherence([week('2026-11-02', [])]).percent).toBeNull();
  });

  it('turns first-step pain into a dated series, skipping blank days, across a month end', () => {
    const summary = summariseAdherence([week('2026-11-27', [], [6, null, 5, 5, null, 4, 3])]);
    expect(summary.painSeries).toEqual([
      { date: '2026-11-27', pain: 6 },
      { date: '2026-11-29', pain: 5 },
      { date: '2026-11-30', pain: 5 },
      { date: '2026-12-02', pain: 4 },
      { date: '2026-12-03', pain: 3 },
    ]);
  });

  it('date helpers', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(readableDate('2026-11-05')).toBe('5 Nov 2026');
    expect(weekdayLabels('2026-11-23')).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
  });
});
