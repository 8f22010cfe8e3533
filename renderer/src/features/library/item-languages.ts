// The item editor's working copy of an item's text in other languages: what each tab shows,
// whether a language is translated, missing or out of date against the English being edited,
// and the translations Save sends (a language edited here is stamped as written from the
// English saved with it; one left alone keeps its stamp, so an English edit shows it stale).
import {
  englishFingerprint,
  translatableParameters,
  translatedLanguages,
  type EnglishText,
  type ItemText,
  type ItemTranslations,
  type TranslatedLanguage,
  type TranslatedParameterPath,
} from '../../../../shared/domain/item-translations';

export interface LanguageDraft {
  title: string;
  summary: string;
  instructions: string[];
  cautions: string[];
  parameters: Partial<Record<TranslatedParameterPath, string>>;
  /** The text as saved, or null for a language first written in this editor. */
  saved: ItemText | null;
  /** Changed (or confirmed as still right) in this editor: stamped afresh on Save. */
  edited: boolean;
}

export type LanguageDrafts = Partial<Record<TranslatedLanguage, LanguageDraft>>;

export type LanguageStatus = 'translated' | 'missing' | 'outdated';

export function languageDraftsOf(translations: ItemTranslations | undefined): LanguageDrafts {
  const drafts: LanguageDrafts = {};
  for (const language of translatedLanguages) {
    const text = translations?.[language];
    if (text) {
      drafts[language] = {
        title: text.title,
        summary: text.summary,
        instructions: [...text.instructions],
        cautions: [...text.cautions],
        parameters: { ...text.parameters },
        saved: text,
        edited: false,
      };
    }
  }
  return drafts;
}

export function emptyLanguageDraft(): LanguageDraft {
  return {
    title: '',
    summary: '',
    instructions: [],
    cautions: [],
    parameters: {},
    saved: null,
    edited: true,
  };
}

function isBlank(draft: LanguageDraft): boolean {
  return [
    draft.title,
    draft.summary,
    ...draft.instructions,
    ...draft.cautions,
    ...Object.values(draft.parameters),
  ].every((text) => text.trim() === '');
}

/** The tab's state against the English as it stands in the editor now. */
export function languageStatus(
  draft: LanguageDraft | undefined,
  english: EnglishText,
): LanguageStatus {
  if (!draft || isBlank(draft)) return 'missing';
  if (draft.edited || !draft.saved) return 'translated';
  return draft.saved.sourceFingerprint === englishFingerprint(english) ? 'translated' : 'outdated';
}

/** What a field of a translation lacks; the editor words it for the clinician. */
export type LanguageProblem = 'title' | 'summary' | 'step' | 'caution' | 'parameter';

export interface LanguageIssue {
  language: TranslatedLanguage;
  /** The field's path in the draft ("translations.es.instructions.1"). */
  path: string;
  problem: LanguageProblem;
  /** Step or caution number, from 1. */
  number?: number;
}

/**
 * The translations to save with `english`, or the fields still to fill in. A language whose
 * fields are all empty is saved as having no text.
 */
export function translationsToSave(
  drafts: LanguageDrafts,
  english: EnglishText,
): { translations: ItemTranslations | undefined; issues: LanguageIssue[] } {
  const translations: ItemTranslations = {};
  const issues: LanguageIssue[] = [];
  const fingerprint = englishFingerprint(english);
  const paths = Object.keys(
    translatableParameters(english.parameters),
  ) as TranslatedParameterPath[];
  for (const language of translatedLanguages) {
    const draft = drafts[language];
    if (!draft || isBlank(draft)) continue;
    if (!draft.edited && draft.saved) {
      translations[language] = draft.saved;
      continue;
    }
    const at = (field: string) => `translations.${language}.${field}`;
    const text = (value: string | undefined) => (value ?? '').trim();
    if (text(draft.title) === '') issues.push({ language, path: at('title'), problem: 'title' });
    if (english.summary.trim() !== '' && text(draft.summary) === '')
      issues.push({ language, path: at('summary'), problem: 'summary' });
    english.instructions.forEach((_, i) => {
      if (text(draft.instructions[i]) === '')
        issues.push({ language, path: at(`instructions.${i}`), problem: 'step', number: i + 1 });
    });
    english.cautions.forEach((_, i) => {
      if (text(draft.cautions[i]) === '')
        issues.push({ language, path: at(`cautions.${i}`), problem: 'caution', number: i + 1 });
    });
    for (const path of paths) {
      if (text(draft.parameters[path]) === '')
        issues.push({ language, path: at(`parameters.${path}`), problem: 'parameter' });
    }
    translations[language] = {
      title: text(draft.title),
      summary: text(draft.summary),
      instructions: english.instructions.map((_, i) => text(draft.instructions[i])),
      cautions: english.cautions.map((_, i) => text(draft.cautions[i])),
      parameters: Object.fromEntries(paths.map((path) => [path, text(draft.parameters[path])])),
      sourceFingerprint: fingerprint,
    };
  }
  return {
    translations: Object.keys(translations).length > 0 ? translations : undefined,
    issues,
  };
}
