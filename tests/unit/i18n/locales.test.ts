// Every language has every message, with the same placeholders and every plural form its
// grammar needs; no message is left unused; dates and numbers read as each language writes them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatList,
  formatNumber,
  formatShortDay,
  formatWeekday,
  intlLocales,
  translatorFor,
  uiLanguages,
  type UiLanguage,
} from '../../../shared/i18n';
import { namespaces, resources } from '../../../shared/i18n/resources';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

function messagesOf(language: UiLanguage, namespace: string): Map<string, string> {
  return flatten(resources[language][namespace as (typeof namespaces)[number]]);
}

/** A key without its plural ending, and the ending ("items_one" → ["items", "one"]). */
function splitPlural(key: string): [string, string | null] {
  const match = PLURAL.exec(key);
  return match ? [key.slice(0, match.index), match[1] ?? null] : [key, null];
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

function pluralCategories(language: UiLanguage): string[] {
  return new Intl.PluralRules(intlLocales[language]).resolvedOptions().pluralCategories.slice();
}

/** What each language must have: English's keys, with plurals in that language's forms. */
function expectedKeys(language: UiLanguage, namespace: string): Set<string> {
  const keys = new Set<string>();
  for (const key of messagesOf('en', namespace).keys()) {
    const [base, category] = splitPlural(key);
    if (category === null) keys.add(key);
    else for (const form of pluralCategories(language)) keys.add(`${base}_${form}`);
  }
  return keys;
}

describe('locale files', () => {
  it('has a file per language and namespace, and nothing else', () => {
    for (const language of uiLanguages) {
      const files = fs
        .readdirSync(path.join(ROOT, 'resources/locales', language))
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.replace(/\.json$/, ''))
        .sort();
      expect(files, language).toEqual([...namespaces].sort());
    }
  });

  for (const language of uiLanguages.filter((l) => l !== 'en')) {
    it(`${language} has exactly the English keys, in its own plural forms`, () => {
      for (const namespace of namespaces) {
        const have = [...messagesOf(language, namespace).keys()].sort();
        const want = [...expectedKeys(language, namespace)].sort();
        expect(have, `${language}/${namespace}.json`).toEqual(want);
      }
    });
  }

  it('English has both plural forms wherever it has one', () => {
    for (const namespace of namespaces) {
      const keys = [...messagesOf('en', namespace).keys()];
      for (const key of keys) {
        const [base, category] = splitPlural(key);
        if (category === null) continue;
        expect(keys, `${namespace}:${base}`).toEqual(
          expect.arrayContaining([`${base}_one`, `${base}_other`]),
        );
      }
    }
  });

  it('no message is empty, and each keeps the English placeholders', () => {
    for (const language of uiLanguages) {
      for (const namespace of namespaces) {
        const english = messagesOf('en', namespace);
        for (const [key, text] of messagesOf(language, namespace)) {
          const where = `${language}/${namespace}.json ${key}`;
          expect(text.trim(), where).not.toBe('');
          const [base, category] = splitPlural(key);
          const source = english.get(key) ?? english.get(`${base}_other`);
          if (source === undefined) continue; // reported by the key test
          // A "one" form may say "a" or "un" instead of the count.
          const want = placeholders(source).filter((p) => category === null || p !== 'count');
          const have = placeholders(text).filter((p) => category === null || p !== 'count');
          expect(new Set(have), where).toEqual(new Set(want));
        }
      }
    }
  });

  it('every key is used by the code, written whole as a literal', () => {
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(ts|tsx)$/.test(entry.name)) sources.push(fs.readFileSync(full, 'utf8'));
      }
    };
    for (const dir of ['renderer/src', 'electron', 'shared']) walk(path.join(ROOT, dir));
    const code = sources.join('\n');
    // A message may pull in another with $t(ns:key).
    const nested = [...messagesOfAll('en')].join('\n');
    const unused: string[] = [];
    for (const namespace of namespaces) {
      for (const key of messagesOf('en', namespace).keys()) {
        const [base] = splitPlural(key);
        const literal = `${namespace}:${base}`;
        const used =
          code.includes(`'${literal}'`) ||
          code.includes(`"${literal}"`) ||
          code.includes(`\`${literal}\``) ||
          nested.includes(`$t(${literal}`);
        if (!used) unused.push(literal);
      }
    }
    expect([...new Set(unused)]).toEqual([]);
  });
});

function* messagesOfAll(language: UiLanguage): Generator<string> {
  for (const namespace of namespaces) yield* messagesOf(language, namespace).values();
}

describe('plurals, dates and numbers per language', () => {
  it('picks the singular and plural forms by count in every language', () => {
    let checked = 0;
    for (const language of uiLanguages) {
      const t = translatorFor(language) as unknown as (key: string, o?: object) => string;
      for (const namespace of namespaces) {
        const messages = messagesOf(language, namespace);
        for (const key of messages.keys()) {
          const [base, category] = splitPlural(key);
          if (category !== 'one') continue;
          const one = t(`${namespace}:${base}`, { count: 1 });
          const five = t(`${namespace}:${base}`, { count: 5 });
          expect(one, `${language} ${namespace}:${base}`).toBe(
            messages.get(`${base}_one`)?.replaceAll(/\{\{\s*count\s*\}\}/g, '1'),
          );
          expect(five, `${language} ${namespace}:${base}`).toBe(
            messages.get(`${base}_other`)?.replaceAll(/\{\{\s*count\s*\}\}/g, '5'),
          );
          checked += 1;
        }
      }
    }
    // Only meaningful once plural messages exist; the app has many.
    expect(checked).toBeGreaterThan(0);
  });

  it('writes dates, times and numbers as each language does', () => {
    const day = '2026-12-04';
    const at = new Date(2026, 11, 4, 14, 5);
    const expected: Record<UiLanguage, [string, string, string, string]> = {
      en: ['4 Dec 2026', '4 Dec 2026, 14:05', '1,234.5', '2.5'],
      es: ['4/12/2026', '4/12/2026, 14:05', '1234,5', '2,5'],
      de: ['4.12.2026', '4.12.2026, 14:05', '1.234,5', '2,5'],
      fr: ['04/12/2026', '04/12/2026 14:05', '1\u202f234,5', '2,5'],
      pt: ['04/12/2026', '04/12/2026, 14:05', '1234,5', '2,5'],
    };
    for (const language of uiLanguages) {
      const [date, dateTime, big, small] = expected[language];
      expect(formatDate(day, language), language).toBe(date);
      expect(formatDateTime(at, language), language).toBe(dateTime);
      expect(formatNumber(1234.5, language), language).toBe(big);
      expect(formatNumber(2.5, language), language).toBe(small);
      expect(formatNumber(1, language, { minDecimals: 1 }), language).toMatch(/^1[.,]0$/);
    }
    expect(formatList(['a', 'b', 'c'], 'es')).toBe('a, b y c');
    expect(formatList(['a', 'b', 'c'], 'de')).toBe('a, b und c');
  });

  it('writes a diary day as weekday and day without the year', () => {
    // 7 Dec 2026 is a Monday.
    const days: Record<UiLanguage, [string, string]> = {
      en: ['Mon', '7 Dec'],
      es: ['Lun', '7/12'],
      de: ['Mo', '7.12.'],
      fr: ['Lun.', '07/12'],
      pt: ['Segunda', '07/12'],
    };
    for (const language of uiLanguages) {
      expect([
        formatWeekday('2026-12-07', language),
        formatShortDay('2026-12-07', language),
      ]).toEqual(days[language]);
    }
  });

  it('a translator asked again answers for the values given this time', () => {
    const t = translatorFor('en') as unknown as (key: string, o?: object) => string;
    const once = t('dose:volume.times', { count: 1 });
    const seven = t('dose:volume.times', { count: 7 });
    expect(once).toContain('1');
    expect(seven).toContain('7');
    expect(seven).not.toBe(once);
    // Asked again, in another order: each answer belongs to its own count.
    expect(t('dose:volume.times', { count: 7 })).toBe(seven);
    expect(t('dose:volume.times', { count: 1 })).toBe(once);
    expect(t('dose:volume.times', { count: 8 })).toBe(seven.replace('7', '8'));
  });
});
