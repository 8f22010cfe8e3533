import { describe, expect, it } from 'vitest';
import { formatForInput, readNumber } from '../../renderer/src/app/parse-number';

const pressure = { label: 'Pressure', unit: 'bar', min: 0.5, max: 6, decimals: 1 };
const hold = { label: 'Hold', unit: 's', min: 1, max: 600, decimals: 0 };
const value = { label: 'Value', decimals: 3 };

describe('reading a typed number', () => {
  it('keeps half-typed decimals and reads them as the clinician means', () => {
    expect(readNumber('2', pressure, 'en')).toEqual({ state: 'number', value: 2 });
    expect(readNumber('2.', pressure, 'en')).toEqual({ state: 'number', value: 2 });
    expect(readNumber('2.0', pressure, 'en')).toEqual({ state: 'number', value: 2 });
    expect(readNumber('1.8', pressure, 'en')).toEqual({ state: 'number', value: 1.8 });
    expect(readNumber('.', pressure, 'en')).toEqual({ state: 'partial' });
    expect(readNumber('', pressure, 'en')).toEqual({ state: 'empty' });
  });

  it('reads a decimal comma where the locale writes one, and a point as well', () => {
    expect(readNumber('1,8', pressure, 'de')).toEqual({ state: 'number', value: 1.8 });
    expect(readNumber('1.8', pressure, 'de')).toEqual({ state: 'number', value: 1.8 });
    expect(formatForInput(7.5, 'de')).toBe('7,5');
    expect(formatForInput(7.5, 'en')).toBe('7.5');
  });

  it('refuses a minus sign where none is allowed, and allows it where it is', () => {
    expect(readNumber('-5', hold, 'en')).toEqual({
      state: 'invalid',
      problem: "Hold can't be negative.",
    });
    expect(readNumber('-', hold, 'en')).toEqual({
      state: 'invalid',
      problem: "Hold can't be negative.",
    });
    expect(readNumber('-', value, 'en')).toEqual({ state: 'partial' });
    expect(readNumber('-2.5', value, 'en')).toEqual({ state: 'number', value: -2.5 });
  });

  it('names range, precision and typing problems in the clinician’s words', () => {
    expect(readNumber('7', pressure, 'en')).toEqual({
      state: 'number',
      value: 7,
      problem: 'Pressure must be at most 6 bar.',
    });
    expect(readNumber('2.5', hold, 'en')).toEqual({
      state: 'number',
      value: 2.5,
      problem: 'Hold must be a whole number.',
    });
    expect(readNumber('2..5', pressure, 'en')).toEqual({
      state: 'invalid',
      problem: 'Write pressure as a number, e.g. 2.5.',
    });
  });
});

describe('number problems in the screens’ language', () => {
  const pressure = { label: 'Druck', unit: 'bar', min: 0.5, max: 6, decimals: 1 };
  it('says what is wrong in German, with a decimal comma', () => {
    expect(readNumber('0,2', pressure, 'de')).toEqual({
      state: 'number',
      value: 0.2,
      problem: 'Druck muss mindestens 0,5 bar sein.',
    });
    expect(readNumber('zwei', pressure, 'de')).toEqual({
      state: 'invalid',
      problem: 'Geben Sie Druck als Zahl ein, z. B. 2,5.',
    });
  });
});
