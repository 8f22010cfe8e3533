// The handout languages as a clinician picks them: each in its own name, the ones with
// translated sheets first, the others marked as printing in English for now.
import { handoutLanguages, type HandoutLanguage } from '../../../../shared/domain/common';
import { isUiLanguage, uiLanguages, type Translate } from '../../../../shared/i18n';

/** "Deutsch", or "Italiano — sheets print in English for now" where sheets are not translated. */
export function handoutLanguageLabel(code: HandoutLanguage, t: Translate): string {
  const name = handoutLanguages[code];
  return isUiLanguage(code) ? name : t('patients:language.englishSheets', { language: name });
}

export function handoutLanguageOptions(t: Translate): { value: HandoutLanguage; label: string }[] {
  const others = (Object.keys(handoutLanguages) as HandoutLanguage[]).filter(
    (code) => !isUiLanguage(code),
  );
  // The translated ones in the app's own order (English first), then the rest.
  return [...uiLanguages, ...others].map((code) => ({
    value: code,
    label: handoutLanguageLabel(code, t),
  }));
}
