// Quick phrases for the SOAP note. "|" marks where the clinician types next ("First-step pain:
// |/10" leaves the cursor before "/10"); without one, the cursor goes to the end of the phrase.
import type { SoapField } from '../../../../shared/domain/visit';

const CURSOR = '|';

export const SOAP_PHRASES: Record<SoapField, string[]> = {
  subjective: [
    'First-step pain: |/10',
    'Running: | km this week',
    'Pain after rest: ',
    'Home exercises: ',
  ],
  objective: [
    'Windlass test: ',
    'Knee to wall: L | cm, R cm',
    'Single-leg heel raises: L |, R ',
    'Tender on palpation: ',
  ],
  assessment: [
    'Improving as expected',
    'Load tolerance rising',
    'No red flags today',
    'Plateau: review the load',
  ],
  plan: [
    'Continue the programme',
    'Progress load next visit',
    'Review in 1 week',
    'Return-to-run step: ',
  ],
};

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
