// Quick phrases for the SOAP note, in the clinician's language. "|" marks where the clinician types next ("First-step pain:
// |/10" leaves the cursor before "/10"); without one, the cursor goes to the end of the phrase.
import type { SoapField } from '../../../../shared/domain/visit';

const CURSOR = '|';

export const soapLabelKeys = {
  subjective: 'visits:soap.subjective',
  objective: 'visits:soap.objective',
  assessment: 'visits:soap.assessment',
  plan: 'visits:soap.plan',
} as const satisfies Record<SoapField, string>;

/** Message keys of the phrases, in the clinician's language (the mark is in each message). */
export const SOAP_PHRASES = {
  subjective: [
    'visits:phrases.subjective.firstStepPain',
    'visits:phrases.subjective.running',
    'visits:phrases.subjective.painAfterRest',
    'visits:phrases.subjective.homeExercises',
  ],
  objective: [
    'visits:phrases.objective.windlass',
    'visits:phrases.objective.kneeToWall',
    'visits:phrases.objective.heelRaises',
    'visits:phrases.objective.tender',
  ],
  assessment: [
    'visits:phrases.assessment.improving',
    'visits:phrases.assessment.loadTolerance',
    'visits:phrases.assessment.noRedFlags',
    'visits:phrases.assessment.plateau',
  ],
  plan: [
    'visits:phrases.plan.continue',
    'visits:phrases.plan.progress',
    'visits:phrases.plan.review',
    'visits:phrases.plan.returnToRun',
  ],
} as const satisfies Record<SoapField, readonly string[]>;

/** The phrase as written into the note, without the cursor mark. */
export function phraseText(phrase: string): string {
  return phrase.replace(CURSOR, '');
}

/** The phrase's words for its button ("First-step pain /10"). */
export function phraseLabel(phrase: string): string {
  return phraseText(phrase)
    .replace(/[:\s]+$/, '')
    .replace(/\s{2,}/g, ' ');
}

/**
 * The note with the phrase on a new line at its end, and where the cursor goes: at the mark,
 * else after the phrase.
 */
export function appendPhrase(current: string, phrase: string): { text: string; cursor: number } {
  const before = current === '' ? '' : `${current.replace(/\s+$/, '')}\n`;
  const mark = phrase.indexOf(CURSOR);
  const text = before + phraseText(phrase);
  return { text, cursor: mark === -1 ? text.length : before.length + mark };
}
