// "When to stop and call us": the warning signs printed on a patient's home sheet, per
// condition, in the sheet's language (messages in the `pdf` namespace, `pdf:stop.*`).
// Patient-facing words only; they mirror the red-flag types in red-flag-types.ts (CLINICAL.md
// red flags), written as what the patient would notice.
import { translatorFor, type Translate, type UiLanguage } from '../i18n';

export interface ConditionSafety {
  /** Words in a plan's condition that select this entry (lower case). */
  matches: readonly string[];
  stopSigns: (t: Translate) => readonly string[];
}

export const conditionSafety = {
  'heel-pain': {
    // Also the words clinicians of the other languages name the condition with.
    matches: [
      'heel',
      'plantar',
      'achilles',
      'aquiles',
      'calcan',
      'fasci',
      'bursitis',
      'talón',
      'talon',
      'ferse',
    ],
    stopSigns: (t) => [
      t('pdf:stop.heel.worse'),
      t('pdf:stop.heel.night'),
      t('pdf:stop.heel.swollen'),
      t('pdf:stop.heel.numb'),
      t('pdf:stop.heel.snap'),
      t('pdf:stop.heel.joints'),
    ],
  },
} as const satisfies Record<string, ConditionSafety>;
export type SafetyCondition = keyof typeof conditionSafety;

/** For a plan whose condition is not one we have signs written for. */
export function generalStopSigns(language: UiLanguage): readonly string[] {
  const t = translatorFor(language);
  return [
    t('pdf:stop.general.worse'),
    t('pdf:stop.general.night'),
    t('pdf:stop.general.swollen'),
    t('pdf:stop.general.numb'),
    t('pdf:stop.general.joints'),
  ];
}

/**
 * The signs for a plan's condition (free text such as "Plantar heel pain, right", matched in
 * English: plans name their condition in the clinic's words), in `language`.
 */
export function stopSignsFor(condition: string, language: UiLanguage): readonly string[] {
  const words = condition.toLowerCase();
  for (const entry of Object.values(conditionSafety)) {
    if (entry.matches.some((match) => words.includes(match)))
      return entry.stopSigns(translatorFor(language));
  }
  return generalStopSigns(language);
}
