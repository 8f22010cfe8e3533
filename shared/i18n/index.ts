// The i18n layer both sides use: languages, formats and translators.
export * from './languages';
export * from './format';
export { createI18n, translatorFor, type Translate } from './translator';
export { namespaces, type Namespace } from './resources';
