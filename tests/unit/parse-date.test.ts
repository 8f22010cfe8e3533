import { describe, expect, it } from 'vitest';
import { parseClinicDate } from '../../renderer/src/app/parse-date';

describe('parseClinicDate', () => {
  it('reads the dates a clinician types, day before month', () => {
    expect(parseClinicDate('22 Nov 2026')).toBe('2026-11-22');
    expect(parseClinicDate('22 november 2026')).toBe('2026-11-22');
    expect(parseClinicDate('2 Apr 1988')).toBe('1988-04-02');
    expect(parseClinicDate(' 2nd  April, 1988 ')).toBe('1988-04-02');
    expect(parseClinicDate('2/4/1988')).toBe('1988-04-02');
    expect(parseClinicDate('02.04.1988')).toBe('1988-04-02');
    expect(parseClinicDate('2-4-1988')).toBe('1988-04-02');
    expect(parseClinicDate('1988-04-02')).toBe('1988-04-02');
    expect(parseClinicDate('1 Sept 2026')).toBe('2026-09-01');
  });

  it('refuses what is not a whole, real date', () => {
    expect(parseClinicDate('')).toBeNull();
    expect(parseClinicDate('2 Apr')).toBeNull();
    expect(parseClinicDate('2 Apr 19')).toBeNull();
    expect(parseClinicDate('31 Apr 2026')).toBeNull();
    expect(parseClinicDate('29 Feb 2026')).toBeNull();
    expect(parseClinicDate('29 Feb 2028')).toBe('2028-02-29');
    expect(parseClinicDate('13/13/2026')).toBeNull();
    expect(parseClinicDate('2 Ap 2026')).toBeNull();
    expect(parseClinicDate('2 Smarch 2026')).toBeNull();
  });
});
