// Every message of the app in every language, for Node: the core (documents in any language)
// and the tests. The English files define the keys (see i18next.d.ts), and
// tests/unit/i18n/locales.test.ts holds the other languages to them. The renderer does not
// import this table: it loads one language at a time (renderer/src/app/message-store.ts).
import { messages as de } from './messages/de';
import { messages as en } from './messages/en';
import { messages as es } from './messages/es';
import { messages as fr } from './messages/fr';
import { messages as pt } from './messages/pt';
import type { LanguageMessages } from './message-types';
import type { UiLanguage } from './languages';

export { namespaces, type Namespace } from './namespaces';
export type { LanguageMessages, Messages } from './message-types';

export const resources: Readonly<Record<UiLanguage, LanguageMessages>> = { en, es, de, fr, pt };
