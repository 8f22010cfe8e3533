// The language a document is printed in, and everything that words it: the `pdf` messages,
// dates and numbers as that language writes them, the built-in protocols' texts (phase titles,
// goals, item notes) and each item's own translated text. The clinician's own words print as
// written; an item without text in the language prints in English and is listed for the
// clinician before printing.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  formatDate,
  formatNumber,
  translatorFor,
  uiLanguageOr,
  type NumberStyle,
  type Translate,
  type UiLanguage,
} from '../../../shared/i18n';
import type { HandoutLanguage } from '../../../shared/domain/common';
import { itemTextIn, type ItemTextStatus } from '../../../shared/domain/item-translations';
import { itemParametersSchema } from '../../../shared/domain/parameters';
import type { PlanItem } from '../../../shared/domain/plan';
import type { UntranslatedItem } from '../../../shared/contract/pdf';
import { defaultResourcesDir } from '../resources';

export interface DocumentWords {
  language: UiLanguage;
  t: Translate;
  /** "2026-12-04" → "4 Dec 2026" (en), "4/12/2026" (es). */
  date(isoDate: string): string;
  number(value: number, style?: NumberStyle): string;
  /** A built-in protocol's English text in the document's language; other text as written. */
  protocol(text: string): string;
}

const protocolFileSchema = z.object({ strings: z.record(z.string(), z.string()) });
const protocolCache = new Map<string, ReadonlyMap<string, string>>();

/**
 * resources/protocols/translations/<lang>.json: the built-in protocols' strings by their exact
 * English. A language without the file (or a damaged one) prints protocol texts in English.
 */
function protocolStrings(resourcesDir: string, language: UiLanguage): ReadonlyMap<string, string> {
  const file = path.join(resourcesDir, 'protocols', 'translations', `${language}.json`);
  const cached = protocolCache.get(file);
  if (cached) return cached;
  let strings: ReadonlyMap<string, string> = new Map();
  if (language !== 'en' && fs.existsSync(file)) {
    const parsed = protocolFileSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (parsed.success) strings = new Map(Object.entries(parsed.data.strings));
  }
  protocolCache.set(file, strings);
  return strings;
}

export function documentWords(language: UiLanguage, resourcesDir: string): DocumentWords {
  const strings = protocolStrings(resourcesDir, language);
  return {
    language,
    t: translatorFor(language),
    date: (isoDate) => formatDate(isoDate, language),
    number: (value, style) => formatNumber(value, language, style),
    protocol: (text) => strings.get(text.trim()) ?? text,
  };
}

/** A document input whose language is settled. */
export type Worded<T> = T & { words: DocumentWords };

/** Inputs without a language (tests, benchmarks) print in English. */
export function worded<T extends { words?: DocumentWords | undefined }>(input: T): Worded<T> {
  return { ...input, words: input.words ?? documentWords('en', defaultResourcesDir()) };
}

/**
 * A patient's sheet prints in the language asked for; else the patient's preferred language
 * when the app speaks it; else the clinic's handout language; else English.
 */
export function handoutLanguageFor(
  asked: UiLanguage | undefined,
  patient: HandoutLanguage | null | undefined,
  clinic: HandoutLanguage | null | undefined,
): UiLanguage {
  return asked ?? uiLanguageOr(patient, uiLanguageOr(clinic, 'en'));
}

/**
 * The item as it prints in the document's language: its translated title, steps, cautions and
 * free-text parameters, and its note when the note came from a built-in protocol.
 */
export function itemIn(
  item: PlanItem,
  words: DocumentWords,
): { item: PlanItem; status: ItemTextStatus } {
  const text = itemTextIn(item, words.language);
  const parameters: Record<string, unknown> = { ...item.parameters };
  for (const [key, value] of Object.entries(text.parameters)) {
    const [head = '', tail] = key.split('.');
    if (tail === undefined) parameters[head] = value;
    else if (parameters[head] !== null && typeof parameters[head] === 'object')
      parameters[head] = { ...(parameters[head] as Record<string, unknown>), [tail]: value };
  }
  // A translated wear schedule or technique is checked like the English one; one that does not
  // fit prints the English parameters rather than failing the sheet.
  const dose = itemParametersSchema.safeParse({ kind: item.kind, parameters });
  return {
    status: text.status,
    item: {
      ...item,
      ...(dose.success ? dose.data : {}),
      title: text.title,
      instructions: [...text.instructions],
      cautions: [...text.cautions],
      patientNote: item.patientNote ? words.protocol(item.patientNote) : item.patientNote,
    },
  };
}

/** The items that lack text in the document's language, by title, in print order. */
export function untranslatedItems(
  items: readonly PlanItem[],
  language: UiLanguage,
): UntranslatedItem[] {
  const out: UntranslatedItem[] = [];
  for (const item of items) {
    const { status } = itemTextIn(item, language);
    if (status === 'missing' || status === 'outdated') out.push({ title: item.title, status });
  }
  return out;
}
