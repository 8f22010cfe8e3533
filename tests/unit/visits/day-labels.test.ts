// Chart axes and the home grid's columns write days as each language does; English keeps the
// clinic's own abbreviations, as printed on the patient's grid.
import { describe, expect, it } from 'vitest';
import { dayText, shortDay, weekdayNames } from '../../../renderer/src/features/visits/day-labels';

describe('day labels per language', () => {
  it('writes a chart day as each language does', () => {
    expect(shortDay('2026-09-04', 'en')).toBe('4 Sep');
    expect(shortDay('2026-03-12', 'de')).toBe('12. März');
    expect(shortDay('2026-03-12', 'es')).toBe('12 mar');
    expect(shortDay('2026-03-12', 'fr')).toBe('12 mars');
  });

  it('names the seven days from a week start, in order', () => {
    // 30 Nov 2026 is a Monday.
    expect(weekdayNames('2026-11-30', 'en')).toEqual([
      'Mon',
      'Tue',
      'Wed',
      'Thu',
      'Fri',
      'Sat',
      'Sun',
    ]);
    expect(weekdayNames('2026-12-06', 'de')).toEqual(['So', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa']);
    expect(weekdayNames('2026-11-30', 'es')[0]).toBe('lun');
  });

  it('writes a whole date as the rest of the screens do', () => {
    expect(dayText('2026-12-04', 'en')).toBe('4 Dec 2026');
    expect(dayText('2026-12-04', 'de')).toBe('4.12.2026');
    expect(dayText('2026-12-04', 'pt')).toBe('04/12/2026');
  });
});
