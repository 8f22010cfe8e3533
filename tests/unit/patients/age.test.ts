import { describe, expect, it } from 'vitest';
import { ageLabel, monthsOld } from '../../../shared/patients/age';

describe('age beside the date of birth', () => {
  it('counts whole years, turning on the birthday', () => {
    expect(ageLabel('1988-03-12', '2026-03-11')).toBe('37 y');
    expect(ageLabel('1988-03-12', '2026-03-12')).toBe('38 y');
    expect(ageLabel('1988-03-12', '2026-12-06')).toBe('38 y');
  });

  it('gives months under a year, and 1 y at the first birthday', () => {
    expect(ageLabel('2026-05-20', '2026-12-06')).toBe('6 mo');
    expect(ageLabel('2026-12-06', '2026-12-06')).toBe('0 mo');
    expect(ageLabel('2025-12-06', '2026-12-06')).toBe('1 y');
  });

  it('reaches a 29 February birthday on 1 March in other years', () => {
    expect(ageLabel('2000-02-29', '2026-02-28')).toBe('25 y');
    expect(ageLabel('2000-02-29', '2026-03-01')).toBe('26 y');
  });

  it('has no age without a date of birth or for one in the future', () => {
    expect(ageLabel(null, '2026-12-06')).toBeNull();
    expect(monthsOld('2027-01-01', '2026-12-06')).toBeNull();
  });
});
