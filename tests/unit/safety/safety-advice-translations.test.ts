// The safety sheet's patient advice in every language the app prints: every advice line of every
// red-flag type, every decision's patient text and every "see a doctor when" word has a real
// translation that keeps the English's numbers, and no translation is left for a line that is gone.
import { describe, expect, it } from 'vitest';
import { uiLanguages } from '../../../shared/i18n';
import {
  redFlagDecisions,
  redFlagTypeInfo,
  redFlagTypeKeys,
  urgencies,
} from '../../../shared/safety/red-flag-types';
import { safetyAdviceStrings, safetyLineIn } from '../../../shared/safety/safety-advice-text';

/** Every English line a patient can read on the safety sheet. */
const englishLines: string[] = [
  ...new Set([
    ...redFlagTypeKeys.flatMap((key) => {
      const { why, toDo, notToDo, offloading, emergency } = redFlagTypeInfo[key].advice;
      return [why, ...toDo, ...notToDo, ...offloading, ...emergency];
    }),
    ...Object.values(redFlagDecisions).flatMap((d) => (d.patient ? [d.patient] : [])),
    ...Object.values(urgencies).map((u) => u.patient),
  ]),
];
const languages = uiLanguages.filter((language) => language !== 'en');
const numbers = (line: string): string[] => line.match(/\d+(?:[.,]\d+)?/g) ?? [];

describe('safety advice translations', () => {
  it('covers every language the app prints, and at least the lines the sheet is built from', () => {
    expect(Object.keys(safetyAdviceStrings).sort()).toEqual([...languages].sort());
    expect(englishLines).toContain('Do not stand on tiptoe or do heel raises.');
    expect(englishLines).toContain(redFlagDecisions.referred_same_day.patient);
    expect(englishLines.length).toBeGreaterThan(60);
  });

  describe.each(languages)('%s', (language) => {
    const strings = safetyAdviceStrings[language];

    it('translates every advice, decision and urgency line', () => {
      const missing = englishLines.filter((line) => !strings[line]?.trim());
      expect(missing).toEqual([]);
    });

    it('never leaves a line in English', () => {
      const untouched = englishLines.filter((line) => strings[line] === line);
      expect(untouched).toEqual([]);
    });

    it('keeps every number of the English', () => {
      const lost = englishLines.filter((line) =>
        numbers(line).some((n) => !numbers(strings[line] ?? '').includes(n)),
      );
      expect(lost).toEqual([]);
    });

    it('holds no translation for a line that no longer exists', () => {
      const stale = Object.keys(strings).filter((line) => !englishLines.includes(line));
      expect(stale).toEqual([]);
    });
  });

  it('prints English as written, and the translation in its language', () => {
    const line = redFlagTypeInfo.suspected_tendon_rupture.advice.notToDo[0];
    expect(safetyLineIn(line, 'en')).toBe(line);
    expect(safetyLineIn(line, 'es')).toBe('No camine más de lo imprescindible y no conduzca.');
    expect(safetyLineIn(line, 'de')).toContain('fahren Sie nicht selbst Auto');
    expect(safetyLineIn('A line no one has translated.', 'fr')).toBe(
      'A line no one has translated.',
    );
  });

  it('keeps the emergency department and the GP in the words patients use', () => {
    const sameDay = redFlagDecisions.referred_same_day.patient;
    expect(safetyLineIn(sameDay, 'es')).toContain('urgencias');
    expect(safetyLineIn(sameDay, 'de')).toContain('Notaufnahme');
    expect(safetyLineIn(sameDay, 'fr')).toContain('urgences');
    expect(safetyLineIn(sameDay, 'pt')).toContain('urgência');
    const gp = redFlagDecisions.referred_gp.patient;
    expect(safetyLineIn(gp, 'es')).toContain('médico de cabecera');
    expect(safetyLineIn(gp, 'de')).toContain('Hausarzt');
    expect(safetyLineIn(gp, 'fr')).toContain('médecin traitant');
    expect(safetyLineIn(gp, 'pt')).toContain('médico de família');
  });
});
