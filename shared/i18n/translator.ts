// One i18next instance per language, made synchronously from messages already in memory: the
// renderer uses one for the screens, the core one per document language (a Spanish sheet can
// be printed while the screens stay in German). In the renderer a language's messages are
// fetched first (loadMessages); the core has them all.
import i18next, { type i18n, type TFunction } from 'i18next';
import type { UiLanguage } from './languages';
import { messagesIn } from './message-store';
import type { LanguageMessages } from './message-types';
import { namespaces, type Namespace } from './namespaces';

function loadedMessages(language: UiLanguage): LanguageMessages {
  const messages = messagesIn(language);
  if (!messages) {
    throw new Error(
      `The ${language} messages are not loaded yet: await loadMessages('${language}') first.`,
    );
  }
  return messages;
}

export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  const english = messagesIn('en');
  // initAsync false: every message is already in memory, so init finishes before it returns.
  void instance.init({
    lng: language,
    // A key a language lacks falls back to English (where English is loaded) rather than
    // showing its name; the locale tests keep that from happening in what we ship.
    fallbackLng: english ? 'en' : false,
    supportedLngs: [language, ...(english ? ['en'] : [])],
    ns: [...namespaces],
    defaultNS: 'common',
    resources: {
      [language]: loadedMessages(language),
      ...(english && language !== 'en' ? { en: english } : {}),
    },
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

/** Messages kept per translator: past this many, the oldest half is let go. */
const KEPT_MESSAGES = 4000;

/**
 * Remembers what `t` answered. A document asks for the same few hundred messages on every
 * render (headings, units, the diary's weekdays), and i18next resolves each from scratch;
 * messages and their values never change while the process runs.
 */
function remembering(t: Translate): Translate {
  const answers = new Map<string, string>();
  // i18next's overloads type every key; this wrapper only passes keys through.
  const call = t as unknown as (key: unknown, options?: unknown) => unknown;
  const remembered = (key: unknown, options?: unknown): unknown => {
    const plain =
      options === undefined ||
      (typeof options === 'object' &&
        options !== null &&
        Object.values(options).every((v) => typeof v === 'string' || typeof v === 'number'));
    if (typeof key !== 'string' || !plain) return call(key, options);
    const id = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`;
    let answer = answers.get(id);
    if (answer === undefined) {
      answer = call(key, options) as string;
      if (answers.size >= KEPT_MESSAGES) {
        let drop = KEPT_MESSAGES / 2;
        for (const old of answers.keys()) {
          answers.delete(old);
          if (--drop === 0) break;
        }
      }
      answers.set(id, answer);
    }
    return answer;
  };
  return remembered as unknown as Translate;
}

/** The `t` of a language, made once per process (documents in the core call this per render). */
export function translatorFor(language: UiLanguage): Translate {
  let t = translators.get(language);
  if (!t) {
    t = remembering(createI18n(language).getFixedT(language, [...namespaces]) as Translate);
    translators.set(language, t);
  }
  return t;
}
