// An item's patient-facing text in other languages: title, summary, steps, cautions and the
// free-text parameters a sheet prints (a wear schedule, a taping technique). English is the
// item's own text; each translation remembers which English text it was written from, so an
// edit to the English (in the library or in a plan) shows the translation as out of date
// instead of printing advice that no longer matches.
import { z } from 'zod';
import { uiLanguages, type UiLanguage } from '../i18n/languages';
import { stableStringify } from '../stable-json';

/** Languages an item can carry text for besides its own English. */
export const translatedLanguages = uiLanguages.filter(
  (language): language is Exclude<UiLanguage, 'en'> => language !== 'en',
);
export type TranslatedLanguage = (typeof translatedLanguages)[number];
export const translatedLanguageSchema = z.enum(
  translatedLanguages as [TranslatedLanguage, ...TranslatedLanguage[]],
);

/** Free-text parameters a patient reads; every other parameter is a number or a code. */
export const translatedParameterPaths = [
  'technique',
  'region',
  'wearSchedule',
  'load.description',
] as const;
export type TranslatedParameterPath = (typeof translatedParameterPaths)[number];

export const itemTextSchema = z.object({
  title: z.string().trim().min(1, { message: 'Give the translated title.' }).max(160),
  summary: z.string().trim().max(1000),
  instructions: z.array(z.string().trim().min(1).max(1000)).max(30),
  cautions: z.array(z.string().trim().min(1).max(500)).max(15),
  parameters: z.partialRecord(z.enum(translatedParameterPaths), z.string().trim().min(1).max(1000)),
  /** `englishFingerprint` of the English text this translation was written from. */
  sourceFingerprint: z.string().min(1).max(64),
});
export type ItemText = z.infer<typeof itemTextSchema>;

export const itemTranslationsSchema = z.partialRecord(translatedLanguageSchema, itemTextSchema);
export type ItemTranslations = z.infer<typeof itemTranslationsSchema>;

/** The English side of an item, as far as translations are concerned. */
export interface EnglishText {
  title: string;
  summary: string;
  instructions: readonly string[];
  cautions: readonly string[];
  parameters?: Readonly<Record<string, unknown>>;
}

/** The free-text parameters of an item's parameters, by path ("load.description"). */
export function translatableParameters(
  parameters: Readonly<Record<string, unknown>> | undefined,
): Partial<Record<TranslatedParameterPath, string>> {
  const out: Partial<Record<TranslatedParameterPath, string>> = {};
  if (!parameters) return out;
  for (const path of translatedParameterPaths) {
    const [head, tail] = path.split('.');
    const first = head === undefined ? undefined : parameters[head];
    const value =
      tail === undefined
        ? first
        : first !== null && typeof first === 'object'
          ? (first as Record<string, unknown>)[tail]
          : undefined;
    if (typeof value === 'string' && value.trim() !== '') out[path] = value;
  }
  return out;
}

/** cyrb53: a fast, well-spread 53-bit string hash (not for secrets; for "did this change"). */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Changes whenever the English text a patient reads changes (and only then). */
export function englishFingerprint(text: EnglishText): string {
  return hash53(
    stableStringify({
      title: text.title.trim(),
      summary: text.summary.trim(),
      instructions: text.instructions.map((s) => s.trim()),
      cautions: text.cautions.map((s) => s.trim()),
      parameters: translatableParameters(text.parameters),
    }),
  );
}

/**
 * original: English asked for; translated: the language's own text; missing: no text in that
 * language; outdated: text exists but the English changed since (both print English and the
 * print dialog says so to the clinician before printing).
 */
export type ItemTextStatus = 'original' | 'translated' | 'missing' | 'outdated';

export interface ResolvedItemText {
  status: ItemTextStatus;
  title: string;
  summary: string;
  instructions: readonly string[];
  cautions: readonly string[];
  /** The free-text parameters to print, by path, in the resolved language. */
  parameters: Partial<Record<TranslatedParameterPath, string>>;
}

/** The text an item prints in `language`, and whether that language's text is really there. */
export function itemTextIn(
  item: EnglishText & { translations?: ItemTranslations | undefined },
  language: UiLanguage,
): ResolvedItemText {
  const english: ResolvedItemText = {
    status: 'original',
    title: item.title,
    summary: item.summary,
    instructions: item.instructions,
    cautions: item.cautions,
    parameters: translatableParameters(item.parameters),
  };
  if (language === 'en') return english;
  const text = item.translations?.[language];
  if (!text) return { ...english, status: 'missing' };
  if (text.sourceFingerprint !== englishFingerprint(item))
    return { ...english, status: 'outdated' };
  return {
    status: 'translated',
    title: text.title,
    summary: text.summary,
    instructions: text.instructions,
    cautions: text.cautions,
    parameters: { ...english.parameters, ...text.parameters },
  };
}
