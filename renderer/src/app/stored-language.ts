// The screens' language last used on this computer: what the lock screens show before anyone
// signs in. Kept in the window's storage.
import { isUiLanguage, type UiLanguage } from '../../../shared/i18n/languages';

const STORAGE_KEY = 'physioplan.uiLanguage';

export function storedLanguage(): UiLanguage {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isUiLanguage(stored) ? stored : 'en';
  } catch {
    return 'en';
  }
}

export function storeLanguage(language: UiLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private windows may refuse storage; the language then holds for this session only.
  }
}
