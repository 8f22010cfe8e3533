// The i18n layer both sides use: languages, formats, translators and where their messages are.
export * from './languages';
export * from './format';
export { createI18n, translatorFor, type Translate } from './translator';
export { loadMessages, messagesIn } from './message-store';
export { namespaces, type Namespace } from './namespaces';
export type { LanguageMessages, Messages } from './message-types';
