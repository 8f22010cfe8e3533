// One i18next instance per language, made synchronously from the bundled messages: the renderer
// uses one for the screens, the core one per document language (a Spanish sheet can be printed
// while the screens stay in German).
import i18next, { type i18n, type TFunction } from 'i18next';
import type { Namespace } from './resources';
import { namespaces, resources } from './resources';
import type { UiLanguage } from './languages';

export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  // initAsync false: every message is already in memory, so init finishes before it returns.
  void instance.init({
    lng: language,
    // A key a language lacks falls back to English rather than showing its name; the locale
    // tests keep that from happening in what we ship.
    fallbackLng: 'en',
    supportedLngs: Object.keys(resources),
    ns: [...namespaces],
    defaultNS: 'common',
    resources,
    initAsync: false,
    // React and pdfkit both take plain strings; nothing here is inserted as HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** A translator over every namespace: keys are written whole, 'plans:items.add'. */
export type Translate = TFunction<readonly Namespace[]>;

const translators = new Map<UiLanguage, Translate>();

/** The `t` of a language, made once per process (documents in the core call this per render). */
export function translatorFor(language: UiLanguage): Translate {
  let t = translators.get(language);
  if (!t) {
    t = createI18n(language).getFixedT(language, [...namespaces]) as Translate;
    translators.set(language, t);
  }
  return t;
}
