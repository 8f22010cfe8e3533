// The built-in items' text in other languages (resources/library/<area>/translations/<lang>/
// <kind>.json, written by us): attached to each built-in item as its `translations`, each
// stamped with the fingerprint of the English it was written from. An entry written for an
// older contentVersion of the item is left out, so a sheet never prints a translation of
// advice the English no longer gives.
import fs from 'node:fs';
import path from 'node:path';
import { readContentFile } from './content-file';
import { z } from 'zod';
import {
  englishFingerprint,
  itemTextSchema,
  translatableParameters,
  translatedLanguageSchema,
  translatedParameterPaths,
  type ItemTranslations,
  type TranslatedLanguage,
} from '../../../shared/domain/item-translations';
import type { BuiltInItem } from '../../../shared/domain/library';
import { stableStringify } from '../../../shared/stable-json';

/** The folder, beside an area's content files, that holds its translations. */
export const TRANSLATIONS_FOLDER = 'translations';

const entrySchema = itemTextSchema.omit({ sourceFingerprint: true, parameters: true }).extend({
  /** The item's contentVersion this text translates. */
  contentVersion: z.int().positive(),
  parameters: z
    .partialRecord(z.enum(translatedParameterPaths), z.string().trim().min(1))
    .optional(),
});
export type BuiltInTranslationEntry = z.infer<typeof entrySchema>;

export const builtInTranslationFileSchema = z.object({
  format: z.literal('physioplan.builtin-library-translation'),
  language: translatedLanguageSchema,
  items: z.record(z.string(), entrySchema),
});

/** True for a path (relative to the library folder) inside a translations folder. */
export function isTranslationPath(relativePath: string): boolean {
  return relativePath.split(/[\\/]/).includes(TRANSLATIONS_FOLDER);
}

/** Every translation file under the library folder, sorted (part of the content's identity). */
export function translationFiles(libraryDir: string): string[] {
  if (!fs.existsSync(libraryDir)) return [];
  return fs
    .readdirSync(libraryDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json') && isTranslationPath(name))
    .map((name) => path.join(libraryDir, name))
    .sort();
}

export interface BuiltInTranslations {
  /** Entries by item key, then language. */
  entries: Map<string, Map<TranslatedLanguage, BuiltInTranslationEntry>>;
  problems: string[];
}

/** Reads every translation file; a broken file is reported and skipped, the others still load. */
export function readBuiltInTranslations(libraryDir: string): BuiltInTranslations {
  const entries: BuiltInTranslations['entries'] = new Map();
  const problems: string[] = [];
  for (const file of translationFiles(libraryDir)) {
    const name = path.relative(libraryDir, file);
    const data = readContentFile(file, name, builtInTranslationFileSchema, problems);
    if (data === null) continue;
    const { language, items } = data;
    for (const [key, entry] of Object.entries(items)) {
      const byLanguage = entries.get(key) ?? new Map<TranslatedLanguage, BuiltInTranslationEntry>();
      if (byLanguage.has(language)) {
        problems.push(`${name}: ${key} is translated into ${language} twice; this copy is ignored`);
        continue;
      }
      byLanguage.set(language, entry);
      entries.set(key, byLanguage);
    }
  }
  return { entries, problems };
}

/**
 * The item's translations from the files: entries for its current contentVersion only, with
 * the free-text parameters the item really has. `stale` lists the languages left out.
 */
export function translationsFor(
  item: BuiltInItem,
  byLanguage: ReadonlyMap<TranslatedLanguage, BuiltInTranslationEntry> | undefined,
): { translations: ItemTranslations | undefined; stale: TranslatedLanguage[] } {
  if (!byLanguage || byLanguage.size === 0) return { translations: undefined, stale: [] };
  const fingerprint = englishFingerprint(item);
  const own = translatableParameters(item.parameters);
  const translations: ItemTranslations = {};
  const stale: TranslatedLanguage[] = [];
  for (const [language, entry] of [...byLanguage].sort(([a], [b]) => a.localeCompare(b))) {
    if (entry.contentVersion !== item.contentVersion) {
      stale.push(language);
      continue;
    }
    const parameters = Object.fromEntries(
      Object.entries(entry.parameters ?? {}).filter(([p]) => p in own),
    );
    translations[language] = {
      title: entry.title,
      summary: entry.summary,
      instructions: entry.instructions,
      cautions: entry.cautions,
      parameters,
      sourceFingerprint: fingerprint,
    };
  }
  return {
    translations: Object.keys(translations).length > 0 ? translations : undefined,
    stale,
  };
}

/**
 * The built-in items with their translations attached. Unknown keys are problems; entries
 * for an older contentVersion are listed in `stale` (they wait for the translator).
 */
export function attachBuiltInTranslations<T extends { items: BuiltInItem[]; problems: string[] }>(
  libraryDir: string,
  content: T,
): T & { staleTranslations: string[] } {
  const { entries, problems } = readBuiltInTranslations(libraryDir);
  const known = new Set(content.items.map((item) => item.key));
  for (const key of entries.keys()) {
    if (!known.has(key)) problems.push(`translations: no built-in item has the key ${key}`);
  }
  const staleTranslations: string[] = [];
  const items = content.items.map((item) => {
    const { translations, stale } = translationsFor(item, entries.get(item.key));
    for (const language of stale) staleTranslations.push(`${item.key} (${language})`);
    const { translations: _old, ...rest } = item;
    return translations ? { ...rest, translations } : rest;
  });
  return {
    ...content,
    items,
    problems: [...content.problems, ...problems],
    staleTranslations,
  };
}

/** Whether the stored body's translations differ from the content files' (a new file arrived). */
export function translationsDiffer(storedBody: string, item: BuiltInItem): boolean {
  const stored = (JSON.parse(storedBody) as { translations?: unknown }).translations;
  return stableStringify(stored ?? null) !== stableStringify(item.translations ?? null);
}
