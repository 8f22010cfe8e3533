// Entry criteria read in the screens' language: measure names, units, decimal commas and the
// plural of days, rebuilt from the criterion's codes rather than the core's English.
import { afterEach, describe, expect, it } from 'vitest';
import { translatorFor } from '../../shared/i18n';
import { setFormatLanguage } from '../../renderer/src/app/format';
import { criterionText } from '../../renderer/src/features/phases/criterion-words';

const nbsp = ' ';

describe('entry criteria in the screens’ language', () => {
  afterEach(() => setFormatLanguage('en'));

  it('writes English as the clinic reads it', () => {
    const t = translatorFor('en');
    expect(
      criterionText(t, { measure: 'first_step_pain', comparator: 'at_most', target: 3, days: 7 }),
    ).toBe('First-step pain ≤ 3/10 for a week');
    expect(
      criterionText(t, { measure: 'visa_a', comparator: 'at_least', target: 80, days: 0 }),
    ).toBe(`VISA-A ≥ 80${nbsp}points`);
    expect(
      criterionText(t, { measure: 'heel_raise_reps', comparator: 'at_least', target: 25, days: 1 }),
    ).toBe(`Single-leg heel raises, weaker side ≥ 25${nbsp}reps for 1 day`);
  });

  it('writes German units, decimal commas and days', () => {
    setFormatLanguage('de');
    const t = translatorFor('de');
    expect(
      criterionText(t, { measure: 'faam_adl', comparator: 'at_least', target: 82.5, days: 3 }),
    ).toBe(`FAAM Alltag ≥ 82,5${nbsp}% 3 Tage lang`);
    expect(
      criterionText(t, { measure: 'first_step_pain', comparator: 'at_most', target: 2, days: 7 }),
    ).toBe('Anlaufschmerz (erste Schritte) ≤ 2/10 eine Woche lang');
  });

  it('uses each language’s plural of days', () => {
    setFormatLanguage('es');
    const es = translatorFor('es');
    const one = { measure: 'nprs', comparator: 'at_most', target: 2, days: 1 } as const;
    expect(criterionText(es, one)).toBe('Dolor (EVN) ≤ 2/10 durante 1 día');
    expect(criterionText(es, { ...one, days: 14 })).toBe('Dolor (EVN) ≤ 2/10 durante 14 días');
    setFormatLanguage('fr');
    expect(criterionText(translatorFor('fr'), { ...one, target: 2.5, days: 0 })).toBe(
      'Douleur (EN) ≤ 2,5/10',
    );
  });
});
