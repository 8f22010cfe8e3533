// Walk–run intervals read as one sequence ("run 1 min, walk 2 min, 8 times"), never as sets.
import { describe, expect, it } from 'vitest';
import { doseText, shortDoseText } from '../../shared/plans/dose-text';

const walkRun = (extra: Record<string, unknown> = {}) =>
  ({
    kind: 'exercise',
    parameters: {
      pattern: 'walk_run',
      sets: 8,
      durationSeconds: 60,
      restSeconds: 120,
      daysPerWeek: 3,
      ...extra,
    },
  }) as const;

describe('walk–run dose text', () => {
  it('says the running and walking bouts and how many times', () => {
    expect(doseText(walkRun(), 'en')).toBe('Run 1 min, walk 2 min, 8 times, 3 days a week');
    expect(doseText(walkRun(), 'en')).not.toMatch(/sets|rest/);
    expect(shortDoseText(walkRun(), 'en')).toBe('run 1 min / walk 2 min ×8, 3 days a week');
  });

  it('reads a continuous run without a walk or repeats', () => {
    expect(
      doseText(walkRun({ sets: 1, durationSeconds: 1200, restSeconds: undefined }), 'en'),
    ).toBe('Run 20 min, 3 days a week');
  });

  it('keeps ordinary timed sets as sets', () => {
    expect(doseText(walkRun({ pattern: undefined }), 'en')).toBe(
      '8 sets of 1 min, rest 2 min between sets, 3 days a week',
    );
  });
});
