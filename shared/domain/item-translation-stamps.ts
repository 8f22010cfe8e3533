// Keeping translations current across a change that is not a change of advice: "Customise a
// copy" adds " (copy)" to the title so the clinician can tell the two items apart, and the
// patient's translated text should not turn "out of date" over it.
import { englishFingerprint, type EnglishText, type ItemTranslations } from './item-translations';

/** The translations that matched `before`, stamped as matching `after`; stale ones stay stale. */
export function restampCurrentTranslations(
  before: EnglishText,
  after: EnglishText,
  translations: ItemTranslations,
): ItemTranslations {
  const was = englishFingerprint(before);
  const now = englishFingerprint(after);
  const out: ItemTranslations = {};
  for (const [language, text] of Object.entries(translations) as [
    keyof ItemTranslations,
    NonNullable<ItemTranslations[keyof ItemTranslations]>,
  ][]) {
    out[language] = text.sourceFingerprint === was ? { ...text, sourceFingerprint: now } : text;
  }
  return out;
}

/** What "Customise a copy" starts from: the original's content, titled "… (copy)". */
export function copyOfContent<T extends EnglishText & { translations?: ItemTranslations }>(
  original: T,
): T {
  const copy = { ...original, title: `${original.title} (copy)`.slice(0, 160) };
  if (!original.translations) return copy;
  return {
    ...copy,
    translations: restampCurrentTranslations(original, copy, original.translations),
  };
}
