// The handout language picker: each language in its own name, translated sheets first, and the
// others marked (in the clinician's language) as printing in English for now.
import { describe, expect, it } from 'vitest';
import { handoutLanguages } from '../../../shared/domain/common';
import { translatorFor } from '../../../shared/i18n';
import {
  handoutLanguageLabel,
  handoutLanguageOptions,
} from '../../../renderer/src/features/patients/handout-language-options';

describe('handout language options', () => {
  it('lists every language once, the translated ones first in their own names', () => {
    const options = handoutLanguageOptions(translatorFor('en'));
    expect(options.map((o) => o.value).sort()).toEqual(Object.keys(handoutLanguages).sort());
    expect(options.slice(0, 5).map((o) => o.label)).toEqual([
      'English',
      'Español',
      'Deutsch',
      'Français',
      'Português',
    ]);
    expect(options.find((o) => o.value === 'it')?.label).toBe(
      'Italiano — sheets print in English for now',
    );
  });

  it('says which sheets print in English in the clinician’s language', () => {
    expect(handoutLanguageLabel('pl', translatorFor('de'))).toBe(
      'Polski — Merkblätter vorerst auf Englisch',
    );
    expect(handoutLanguageLabel('uk', translatorFor('es'))).toBe(
      'Українська — por ahora las hojas se imprimen en inglés',
    );
    expect(handoutLanguageLabel('fr', translatorFor('de'))).toBe('Français');
  });
});
