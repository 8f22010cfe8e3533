// Patient names cannot hide control characters (NUL, line breaks) or text-direction marks
// (U+202E and friends) that would make a printed or listed name read differently.
import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/api';
import { openTestCore } from '../support/core';
import { patientDraft } from '../support/records';

const draft = (firstName: string, lastName: string): MethodInput<'patients.create'> => ({
  patient: patientDraft({ firstName, lastName, dateOfBirth: '1988-05-14' }),
});

describe('patient name characters', () => {
  it.each([
    ['a NUL', 'Ana\u0000', 'Núñez'],
    ['a right-to-left override', 'Ana', 'Núñez\u202Etxt.exe'],
    ['a bidi isolate', '\u2066Ana', 'Núñez'],
    ['a line break', 'Ana', 'Nú\nñez'],
    ['an escape sequence', 'Ana\u001b[31m', 'Núñez'],
  ])('refuses %s in a name and stores nothing', async (_label, first, last) => {
    const core = openTestCore();
    const error = await core.fail('patients.create', draft(first, last));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(
      /(First|Last) name contains a hidden control or text-direction character/,
    );
    expect(error.issues?.[0]?.message).toMatch(/name contains a hidden control/);
    expect((await core.call('patients.search', { query: '' })).patients).toEqual([]);
    core.close();
  });

  it('keeps names in any script, with accents, apostrophes and hyphens', async () => {
    const core = openTestCore();
    for (const [first, last] of [
      ['Zoë', "O'Brien-Ñúñez"],
      ['محمد', 'العلي'],
      ['Łukasz', 'Żółć'],
      ['美咲', '佐藤'],
    ] as const) {
      await core.call('patients.create', draft(first, last));
    }
    expect((await core.call('patients.search', { query: '' })).patients).toHaveLength(4);
    core.close();
  });
});
