// Every built-in item reads in every shipped language (issue 13): each of the 102 items has
// Spanish, German, French and Portuguese text with nothing left empty or in English, as many
// steps and cautions as the English, every number of the English kept, and exactly the
// item's free-text parameters; and the protocols' dictionaries cover every string they show.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  readBuiltInTranslations,
  type BuiltInTranslationEntry,
} from '../../../electron/core/library/built-in-translations';
import {
  translatableParameters,
  translatedLanguages,
  type TranslatedLanguage,
} from '../../../shared/domain/item-translations';
import type { BuiltInItem } from '../../../shared/domain/library';
import { builtInItems, resourcesDir } from '../../support/built-in-items';

const items = builtInItems();
const { entries, problems } = readBuiltInTranslations(path.join(resourcesDir, 'library'));

/** The English and translated text of one item, field by field ("step 2", "technique"). */
function pairs(item: BuiltInItem, entry: BuiltInTranslationEntry): [string, string, string][] {
  const own = translatableParameters(item.parameters);
  return [
    ['title', item.title, entry.title],
    ['summary', item.summary, entry.summary],
    ...item.instructions.map((text, i): [string, string, string] => [
      `step ${i + 1}`,
      text,
      entry.instructions[i] ?? '',
    ]),
    ...item.cautions.map((text, i): [string, string, string] => [
      `caution ${i + 1}`,
      text,
      entry.cautions[i] ?? '',
    ]),
    ...Object.entries(own).map(([p, text]): [string, string, string] => [
      p,
      text,
      entry.parameters?.[p as keyof typeof own] ?? '',
    ]),
  ];
}

/** The numbers in a text, decimal commas read as points ("2,5" and "2.5" are one number). */
function numbers(text: string): string[] {
  return (text.match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => n.replace(',', '.')).sort();
}

/** Text that is a name or numbers only may stay as the English has it ("Low-Dye", "0–10"). */
function isNameOrNumber(text: string): boolean {
  return text.split(/\s+/).filter((word) => /\p{L}{3,}/u.test(word)).length <= 2;
}

function entryOf(item: BuiltInItem, language: TranslatedLanguage) {
  return entries.get(item.key)?.get(language);
}

describe('translation files of the built-in library', () => {
  it('are valid and translate only items that exist', () => {
    expect(problems).toEqual([]);
  });

  it('cover the 102 built-in items', () => {
    expect(items).toHaveLength(102);
  });
});

describe.each(translatedLanguages)('built-in items in %s', (language) => {
  it('every item has text in this language, written for its current content', () => {
    const missing = items.filter((item) => !entryOf(item, language)).map((item) => item.key);
    const stale = items
      .filter((item) => {
        const entry = entryOf(item, language);
        return entry !== undefined && entry.contentVersion !== item.contentVersion;
      })
      .map((item) => `${item.key} (v${entryOf(item, language)?.contentVersion ?? ''})`);
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  const translated = items.flatMap((item) => {
    const entry = entryOf(item, language);
    return entry ? [[item.key, item, entry] as const] : [];
  });

  it('no field is empty, and there are as many steps and cautions as in English', () => {
    const wrong = translated.flatMap(([key, item, entry]) => [
      ...(entry.summary.trim() === '' && item.summary.trim() !== '' ? [`${key}: summary`] : []),
      ...(entry.instructions.length === item.instructions.length
        ? []
        : [`${key}: ${entry.instructions.length} steps, English has ${item.instructions.length}`]),
      ...(entry.cautions.length === item.cautions.length
        ? []
        : [`${key}: ${entry.cautions.length} cautions, English has ${item.cautions.length}`]),
      ...pairs(item, entry)
        .filter(([, , text]) => text.trim() === '')
        .map(([where]) => `${key}: ${where} is empty`),
    ]);
    expect(wrong).toEqual([]);
  });

  it('every number of the English is in the translation', () => {
    const wrong = translated.flatMap(([key, item, entry]) =>
      pairs(item, entry).flatMap(([where, english, text]) => {
        const have = numbers(text);
        const lost = numbers(english).filter((n) => {
          const at = have.indexOf(n);
          if (at === -1) return true;
          have.splice(at, 1);
          return false;
        });
        return lost.length > 0 ? [`${key} ${where}: ${lost.join(', ')} missing in "${text}"`] : [];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('translates exactly the free-text parameters the item has', () => {
    const wrong = translated.flatMap(([key, item, entry]) => {
      const own = Object.keys(translatableParameters(item.parameters)).sort();
      const given = Object.keys(entry.parameters ?? {}).sort();
      return own.join() === given.join() ? [] : [`${key}: ${given.join()} for ${own.join()}`];
    });
    expect(wrong).toEqual([]);
  });

  it('leaves no text in English (names and numbers aside)', () => {
    const wrong = translated.flatMap(([key, item, entry]) =>
      pairs(item, entry)
        .filter(([, english, text]) => text.trim() === english.trim() && !isNameOrNumber(english))
        .map(([where, english]) => `${key} ${where}: "${english}"`),
    );
    expect(wrong).toEqual([]);
  });
});

/** Every string of a protocol a clinician or patient reads (not keys, codes or measures). */
function protocolStrings(): string[] {
  const file = path.join(resourcesDir, 'protocols/heel-pain.json');
  const { protocols } = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    protocols: {
      title: string;
      condition: string;
      description: string;
      goals: { description: string; target: string }[];
      phases: { title: string; description: string; items: { note?: string }[] }[];
    }[];
  };
  const strings = protocols.flatMap((p) => [
    p.title,
    p.condition,
    p.description,
    ...p.goals.flatMap((g) => [g.description, g.target]),
    ...p.phases.flatMap((phase) => [
      phase.title,
      phase.description,
      ...phase.items.flatMap((i) => (i.note === undefined ? [] : [i.note])),
    ]),
  ]);
  return [...new Set(strings.filter((s) => s.trim() !== ''))];
}

describe.each(translatedLanguages)('the protocol dictionary in %s', (language) => {
  const file = path.join(resourcesDir, 'protocols/translations', `${language}.json`);

  it('translates every string the heel-pain protocols show', () => {
    expect(fs.existsSync(file), `${path.relative(resourcesDir, file)} is missing`).toBe(true);
    const dictionary = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      format: string;
      language: string;
      strings: Record<string, string>;
    };
    expect(dictionary).toMatchObject({ language });
    const missing = protocolStrings().filter(
      (english) => (dictionary.strings[english] ?? '').trim() === '',
    );
    expect(missing).toEqual([]);
    const untranslated = protocolStrings().filter(
      (english) => dictionary.strings[english] === english && !isNameOrNumber(english),
    );
    expect(untranslated).toEqual([]);
    const lostNumbers = protocolStrings().filter(
      (english) =>
        numbers(english).join() !== numbers(dictionary.strings[english] ?? english).join(),
    );
    expect(lostNumbers).toEqual([]);
  });
});
