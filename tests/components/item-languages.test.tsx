// @vitest-environment jsdom
// The item editor's Languages tabs: a clinician writes the Spanish text of an own item and sees
// it "Translated"; once the English changes the Spanish reads "Out of date" with the English
// under each field; a half-written language says what is missing, in the clinician's words.
import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import {
  englishFingerprint,
  type EnglishText,
  type ItemTranslations,
} from '../../shared/domain/item-translations';
import { LanguageProvider } from '../../renderer/src/app/i18n';
import { ItemLanguages } from '../../renderer/src/features/library/ItemLanguages';
import {
  languageDraftsOf,
  translationsToSave,
  type LanguageDrafts,
} from '../../renderer/src/features/library/item-languages';
import type { TranslatedLanguage } from '../../shared/domain/item-translations';
import { renderWithTheme } from './render';

const english: EnglishText = {
  title: 'Calf raise on a step',
  summary: 'Rise onto the toes and lower slowly.',
  instructions: ['Stand on a step.', 'Lower the heels slowly.'],
  cautions: ['Stop if the pain goes above 5 out of 10.'],
  parameters: { sets: 3, reps: 15 },
};

// Autosizing text areas listen for web fonts loading, which jsdom does not have.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => undefined, removeEventListener: () => undefined },
  });
}

let saved: ReturnType<typeof translationsToSave> | undefined;

function Harness({ text, translations }: { text: EnglishText; translations?: ItemTranslations }) {
  const [drafts, setDrafts] = useState<LanguageDrafts>(() => languageDraftsOf(translations));
  const [active, setActive] = useState<TranslatedLanguage | null>(null);
  saved = translationsToSave(drafts, text);
  return (
    <LanguageProvider>
      <ItemLanguages
        english={text}
        value={drafts}
        onChange={setDrafts}
        errors={Object.fromEntries(saved.issues.map((i) => [i.path, i.problem]))}
        active={active}
        onActiveChange={setActive}
      />
    </LanguageProvider>
  );
}

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('item languages', () => {
  it('writing the Spanish text turns the tab "Translated" and stamps it from the English', () => {
    renderWithTheme(<Harness text={english} />);
    const tab = screen.getByRole('tab', { name: /Español/ });
    expect(tab.textContent).toContain('Not translated');
    fireEvent.click(tab);
    expect(
      screen.getByText('Not translated — sheets in this language print English for this item'),
    ).toBeTruthy();
    // The English is under each field, to translate from.
    expect(screen.getByText('English: Stand on a step.')).toBeTruthy();

    type('Title (Español)', 'Elevación de talones en un escalón');
    expect(screen.getByRole('tab', { name: /Español/ }).textContent).toContain('Translated');
    // Half written: each missing field is named.
    expect(saved?.issues.map((i) => i.path)).toEqual([
      'translations.es.summary',
      'translations.es.instructions.0',
      'translations.es.instructions.1',
      'translations.es.cautions.0',
    ]);
    type('Summary (Español)', 'Sube de puntillas y baja despacio.');
    type('Step 1 (Español)', 'Ponte de pie en un escalón.');
    type('Step 2 (Español)', 'Baja los talones despacio.');
    type('Caution 1 (Español)', 'Para si el dolor pasa de 5 sobre 10.');
    expect(saved?.issues).toEqual([]);
    expect(saved?.translations?.es).toMatchObject({
      title: 'Elevación de talones en un escalón',
      instructions: ['Ponte de pie en un escalón.', 'Baja los talones despacio.'],
      sourceFingerprint: englishFingerprint(english),
    });
    expect(screen.getByRole('tab', { name: /Deutsch/ }).textContent).toContain('Not translated');
  });

  it('after the English changes, the saved Spanish is "Out of date" until updated or confirmed', () => {
    const translations: ItemTranslations = {
      es: {
        title: 'Elevación de talones',
        summary: 'Sube y baja.',
        instructions: ['Ponte de pie.', 'Baja despacio.'],
        cautions: ['Para si duele más de 5 sobre 10.'],
        parameters: {},
        sourceFingerprint: englishFingerprint(english),
      },
    };
    const changed = { ...english, instructions: ['Stand on a low step.', 'Lower slowly.'] };
    renderWithTheme(<Harness text={changed} translations={translations} />);
    const tab = screen.getByRole('tab', { name: /Español/ });
    expect(tab.textContent).toContain('Out of date');
    fireEvent.click(tab);
    const panel = screen.getByRole('tabpanel');
    expect(within(panel).getByText('Out of date: the English changed since')).toBeTruthy();
    expect(within(panel).getByText('English: Stand on a low step.')).toBeTruthy();
    // Left alone, it keeps its old stamp (and prints English); confirmed, it is stamped afresh.
    expect(saved?.translations?.es?.sourceFingerprint).toBe(englishFingerprint(english));
    fireEvent.click(within(panel).getByRole('button', { name: 'Still matches the English' }));
    expect(screen.getByRole('tab', { name: /Español/ }).textContent).toContain('Translated');
    expect(saved?.translations?.es?.sourceFingerprint).toBe(englishFingerprint(changed));

    fireEvent.click(within(panel).getByRole('button', { name: 'Remove the Español text' }));
    expect(screen.getByRole('tab', { name: /Español/ }).textContent).toContain('Not translated');
    expect(saved?.translations).toBeUndefined();
  });
});
