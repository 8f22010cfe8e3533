import { describe, expect, it } from 'vitest';
import { formatForInput, readNumber } from '../../renderer/src/app/parse-number';

const pressure = { label: 'Pressure', unit: 'bar', min: 0.5, max: 6, decimals: 1 };
const hold = { label: 'Hold', unit: 's', min: 1, max: 600, decimals: 0 };
const value = { label: 'Value', decimals: 3 };

describe('reading a typed number', () => {
  it('keeps half-typed decimals and reads them as the clinician means', () => {
    expect(readNumber('2', pressure, 'en-GB')).toEqual({ state: 'number', value: 2 });
    expect(readNumber('2.', pressure, 'en-GB')).toEqual({ state: 'number', value: 2 });
    expect(readNumber('2.0', pressure, 'en-GB')).toEqual({ state: 'number', value: 2 });
    expect(readNumber('1.8', pressure, 'en-GB')).toEqual({ state: 'number', value: 1.8 });
    expect(readNumber('.', pressure, 'en-GB')).toEqual({ state: 'partial' });
    expect(readNumber('', pressure, 'en-GB')).toEqual({ state: 'empty' });
  });

  it('reads a decimal comma where the locale writes one, and a point as well', () => {
    expect(readNumber('1,8', pressure, 'de-DE')).toEqual({ state: 'number', value: 1.8 });
    expect(readNumber('1.8', pressure, 'de-DE')).toEqual({ state: 'number', value: 1.8 });
    expect(formatForInput(7.5, 'de-DE')).toBe('7,5');
    expect(formatForInput(7.5, 'en-GB')).toBe('7.5');
  });

  it('refuses a minus sign where none is allowed, and allows it where it is', () => {
    expect(readNumber('-5', hold, 'en-GB')).toEqual({
      state: 'invalid',
      problem: "Hold can't be negative.",
    });
    expect(readNumber('-', hold, 'en-GB')).toEqual({
      state: 'invalid',
      problem: "Hold can't be negative.",
    });
    expect(readNumber('-', value, 'en-GB')).toEqual({ state: 'partial' });
    expect(readNumber('-2.5', value, 'en-GB')).toEqual({ state: 'number', value: -2.5 });
  });

  it('names range, precision and typing problems in the clinician’s words', () => {
    expect(readNumber('7', pressure, 'en-GB')).toEqual({
      state: 'number',
      value: 7,
      problem: 'Pressure must be at most 6 bar.',
    });
    expect(readNumber('2.5', hold, 'en-GB')).toEqual({
      state: 'number',
      value: 2.5,
      problem: 'Hold must be a whole number.',
    });
    expect(readNumber('2..5', pressure, 'en-GB')).toEqual({
      state: 'invalid',
      problem: 'Write pressure as a number, e.g. 2.5.',
    });
  });
});
