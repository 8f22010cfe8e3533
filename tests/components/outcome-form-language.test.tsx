// @vitest-environment jsdom
// Outcome questionnaires keep their validated English wording: with the screens in German the
// form says so in German and its items stay as published; in English there is no note. The
// words the app writes around the form (instructions, subscale headings, scores) are German.
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  emptyOutcomeAnswers,
  formLanguageFor,
  outcomeMeasures,
  type OutcomeMeasureKey,
} from '../../shared/outcomes';
import type { UiLanguage } from '../../shared/i18n';
import { LanguageProvider, setUiLanguage } from '../../renderer/src/app/i18n';
import { OutcomesEditor } from '../../renderer/src/features/visits/OutcomesEditor';
import { renderWithTheme } from './render';

function showForms(
  language: UiLanguage,
  measures: readonly OutcomeMeasureKey[] = ['faam-adl', 'ffi', 'visa-a'],
) {
  setUiLanguage(language);
  return renderWithTheme(
    <LanguageProvider>
      <OutcomesEditor
        records={measures.map((measure) => ({ form: emptyOutcomeAnswers(measure), note: '' }))}
        onChange={() => undefined}
        baselines={{}}
        issueAt={() => undefined}
      />
    </LanguageProvider>,
  );
}

afterEach(() => setUiLanguage('en'));

describe('outcome questionnaires in another language', () => {
  it('German screens: each form carries the English-only note in German, items stay English', () => {
    showForms('de');
    const faam = screen.getByRole('region', {
      name: 'Foot and Ankle Ability Measure – Alltag',
    });
    const note = within(faam).getByRole('note', { name: 'Fragebogen nur auf Englisch' });
    expect(note.textContent).toBe(
      'Dieser Fragebogen wird in seiner validierten englischen Fassung gezeigt; eine validierte ' +
        'deutsche Übersetzung ist in Physioplan nicht enthalten.',
    );
    // The published items and answer anchors, word for word.
    expect(within(faam).getByText('Walking uphill')).toBeDefined();
    expect(within(faam).getByText('Stepping on and off kerbs')).toBeDefined();
    expect(within(faam).getByText(/„unable“.*„no difficulty“/)).toBeDefined();
    // The app's own instruction around them is German.
    expect(within(faam).getByText(/^Geben Sie jede Antwort ein/)).toBeDefined();

    // Every form shows the note: FFI and VISA-A too.
    expect(screen.getAllByRole('note', { name: 'Fragebogen nur auf Englisch' })).toHaveLength(3);
    const ffi = screen.getByRole('region', { name: 'Foot Function Index' });
    expect(within(ffi).getByText('Pain at its worst')).toBeDefined();
    // Subscale headings are the app's words: translated.
    expect(within(ffi).getByText('Aktivitätseinschränkung')).toBeDefined();
    const visaA = screen.getByRole('region', { name: 'VISA-A (Achillessehne)' });
    expect(within(visaA).getByText('Pain walking downstairs')).toBeDefined();
    expect(within(visaA).getByText('No pain while training')).toBeDefined();
  });

  it('English screens: no note, the same English items', () => {
    showForms('en', ['faam-adl']);
    expect(screen.queryByRole('note')).toBeNull();
    const faam = screen.getByRole('region', {
      name: 'Foot and Ankle Ability Measure — daily living',
    });
    expect(within(faam).getByText('Walking uphill')).toBeDefined();
    expect(
      within(faam).getByText(/^Type each answer: 0 = unable, 4 = no difficulty/),
    ).toBeDefined();
  });

  it('Spanish, French and Portuguese screens name their own language in the note', () => {
    const expected: Record<'es' | 'fr' | 'pt', RegExp> = {
      es: /traducción validada al español/,
      fr: /traduction française validée/,
      pt: /tradução portuguesa validada/,
    };
    for (const language of ['es', 'fr', 'pt'] as const) {
      const view = showForms(language, ['nprs']);
      const notes = screen.getAllByRole('note');
      expect(notes, language).toHaveLength(1);
      expect(notes[0]?.textContent, language).toMatch(expected[language]);
      view.unmount();
    }
  });
});

describe('which wording a form is shown in', () => {
  it('ships only the published English of every form today', () => {
    for (const measure of Object.values(outcomeMeasures)) {
      expect(measure.formLanguages, measure.key).toEqual(['en']);
      expect(formLanguageFor(measure, 'de'), measure.key).toBe('en');
    }
  });

  it('uses a validated translation once a form lists that language', () => {
    expect(formLanguageFor({ formLanguages: ['en', 'de'] }, 'de')).toBe('de');
    expect(formLanguageFor({ formLanguages: ['en', 'de'] }, 'fr')).toBe('en');
  });
});
