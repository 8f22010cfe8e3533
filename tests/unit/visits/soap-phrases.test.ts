import { describe, expect, it } from 'vitest';
import { translatorFor, uiLanguages } from '../../../shared/i18n';
import {
  appendPhrase,
  phraseLabel,
  SOAP_PHRASES,
} from '../../../renderer/src/features/visits/soap-phrases';

describe('SOAP quick phrases', () => {
  it('leaves the cursor where the pain score is typed, before "/10"', () => {
    const { text, cursor } = appendPhrase('', 'First-step pain: |/10');
    expect(text).toBe('First-step pain: /10');
    expect(text.slice(0, cursor)).toBe('First-step pain: ');
    expect(text.slice(cursor)).toBe('/10');
  });

  it('adds the phrase on a new line and counts the earlier note', () => {
    const { text, cursor } = appendPhrase('Sore after parkrun  \n', 'Running: | km this week');
    expect(text).toBe('Sore after parkrun\nRunning:  km this week');
    expect(text.slice(cursor)).toBe(' km this week');
  });

  it('puts the cursor at the end of a phrase without a mark', () => {
    const { text, cursor } = appendPhrase('', 'Windlass test: ');
    expect(cursor).toBe(text.length);
  });

  it('labels buttons without the mark or the trailing colon', () => {
    expect(phraseLabel('First-step pain: |/10')).toBe('First-step pain: /10');
    expect(phraseLabel('Windlass test: ')).toBe('Windlass test');
  });

  it('has every phrase in every language, with at most one cursor mark', () => {
    for (const language of uiLanguages) {
      const t = translatorFor(language);
      for (const key of Object.values(SOAP_PHRASES).flat()) {
        const phrase = t(key);
        expect(phrase, `${language} ${key}`).not.toBe(key);
        expect((phrase.match(/\|/g) ?? []).length, `${language} ${key}`).toBeLessThanOrEqual(1);
      }
    }
    // The pain score goes before "/10" in every language.
    for (const language of uiLanguages) {
      const phrase = translatorFor(language)('visits:phrases.subjective.firstStepPain');
      expect(phrase.endsWith('|/10'), language).toBe(true);
    }
  });
});
