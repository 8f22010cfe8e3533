// The red-flag safety advice in the patient's language: each English line of
// red-flag-types.ts (advice, decision and urgency words) looked up by its exact text in
// resources/safety/translations/<lang>.json. Bundled statically so the core and the renderer
// need no file access; tests/unit/safety/safety-advice-translations.test.ts holds every shipped
// language to every line.
import type { UiLanguage } from '../i18n/languages';
import es from '../../resources/safety/translations/es.json' with { type: 'json' };
import de from '../../resources/safety/translations/de.json' with { type: 'json' };
import fr from '../../resources/safety/translations/fr.json' with { type: 'json' };
import pt from '../../resources/safety/translations/pt.json' with { type: 'json' };

type Translated = Exclude<UiLanguage, 'en'>;

/** Each language's lines by their exact English. */
export const safetyAdviceStrings: Readonly<Record<Translated, Readonly<Record<string, string>>>> = {
  es: es.strings,
  de: de.strings,
  fr: fr.strings,
  pt: pt.strings,
};

/**
 * A safety line as the patient reads it. A line without a translation prints in English rather
 * than not at all: a warning in the wrong language still beats a missing one.
 */
export function safetyLineIn(line: string, language: UiLanguage): string {
  if (language === 'en') return line;
  return safetyAdviceStrings[language][line] ?? line;
}
