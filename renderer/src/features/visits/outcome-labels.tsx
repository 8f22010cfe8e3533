// The words around an outcome form in the screens' language: measure names, FFI subscale
// headings, scores and changes written with the language's decimal comma, and the note that a
// form is shown in its validated English wording (the form's own items are never translated).
import { Alert } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import type { Translate } from '../../../../shared/i18n';
import {
  formLanguageFor,
  outcomeMeasures,
  type FfiSubscale,
  type OutcomeMeasureKey,
  type ScoreResult,
} from '../../../../shared/outcomes';
import { formatNumber } from '../../app/format';
import { useT, useUiLanguage } from '../../app/i18n';

/** Full names of the measures; the short names (NPRS, FAAM ADL, …) are the forms' own. */
export const measureNameKeys = {
  nprs: 'outcomes:names.nprs',
  'faam-adl': 'outcomes:names.faamAdl',
  'faam-sports': 'outcomes:names.faamSports',
  lefs: 'outcomes:names.lefs',
  ffi: 'outcomes:names.ffi',
  'visa-a': 'outcomes:names.visaA',
} as const satisfies Record<OutcomeMeasureKey, string>;

export const ffiSubscaleKeys = {
  pain: 'outcomes:ffiSubscales.pain',
  disability: 'outcomes:ffiSubscales.disability',
  activity_limitation: 'outcomes:ffiSubscales.activityLimitation',
} as const satisfies Record<FfiSubscale, string>;

/** A score as the clinician writes it: "72,6 %" in German, "6/10"; never rounded to whole. */
export function scoreText(measure: OutcomeMeasureKey, score: number): string {
  const value = formatNumber(score, {
    minDecimals: Number.isInteger(score) ? 0 : 1,
    maxDecimals: 1,
  });
  const unit = outcomeMeasures[measure].unit;
  return unit === '%' ? `${value} %` : `${value}${unit}`;
}

/** A change, always signed: "+8,3", "−2", "0". */
export function changeText(change: number): string {
  if (change === 0) return '0';
  const magnitude = formatNumber(Math.abs(change), {
    minDecimals: Number.isInteger(change) ? 0 : 1,
    maxDecimals: 1,
  });
  return `${change > 0 ? '+' : '−'}${magnitude}`;
}

/**
 * Why a form is not scored. The scoring rules word it in English (CLINICAL.md's text); other
 * languages say the same from the counts.
 */
export function notScoredText(
  t: Translate,
  english: boolean,
  result: Extract<ScoreResult, { status: 'incomplete' }>,
): string {
  if (english) return t('outcomes:score.notScored', { reason: result.message });
  return t('outcomes:score.notScoredCounts', {
    answered: result.answered,
    items: outcomeMeasures[result.measure].items.length,
    required: result.required,
  });
}

/**
 * Shown above a form whose validated wording does not ship in the screens' language: the
 * items below stay in the published English, and the note says so in the clinician's words.
 */
export function FormLanguageNote({ measure }: { measure: OutcomeMeasureKey }) {
  const t = useT();
  const language = useUiLanguage();
  if (formLanguageFor(outcomeMeasures[measure], language) === language) return null;
  return (
    <Alert
      color="blue"
      variant="light"
      p="xs"
      mb="xs"
      icon={<IconLanguage size={16} />}
      role="note"
      aria-label={t('outcomes:form.englishOnlyLabel')}
    >
      {t('outcomes:form.englishOnly')}
    </Alert>
  );
}
