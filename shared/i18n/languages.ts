// The languages the app and its documents are written in, and how each writes dates and numbers.
// A patient's preferred handout language may be any of `handoutLanguages` (shared/domain/common);
// only these five have the app's words and the built-in content translated.
export const uiLanguages = ['en', 'es', 'de', 'fr', 'pt'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

/** Each language's name in its own words, for pickers ("Deutsch", not "German"). */
export const uiLanguageNames: Readonly<Record<UiLanguage, string>> = {
  en: 'English',
  es: 'Español',
  de: 'Deutsch',
  fr: 'Français',
  pt: 'Português',
};

/**
 * The Intl locale behind each language: British English (22 Nov 2026, as the clinic writes
 * it), and the European variants the clinics we know of use.
 */
export const intlLocales: Readonly<Record<UiLanguage, string>> = {
  en: 'en-GB',
  es: 'es-ES',
  de: 'de-DE',
  fr: 'fr-FR',
  pt: 'pt-PT',
};

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (uiLanguages as readonly string[]).includes(value);
}

/** The language a document or screen uses for a wish that may not be translated yet. */
export function uiLanguageOr(value: string | null | undefined, fallback: UiLanguage): UiLanguage {
  return isUiLanguage(value) ? value : fallback;
}
