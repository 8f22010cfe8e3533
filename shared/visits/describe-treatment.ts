// Plain-words settings of a delivered treatment ("Radial shockwave · 2.5 bar · 2000 pulses ·
// 15 Hz"), shared by the visit form, the patient page and the visit summary PDF, in the
// language of the screen or document.
import { descriptorsIn, formatNumber } from '../domain/parameter-descriptors';
import type { Findings, ItemParameters } from '../domain/parameters';
import type { UiLanguage } from '../i18n';
import { doseParts } from '../plans/dose-text';

const join = (parts: readonly (string | undefined | false)[]) =>
  parts.filter((part): part is string => typeof part === 'string' && part !== '').join(' · ');

/**
 * A delivered treatment's settings in the clinic's compact words, the same pieces as the plan's
 * dose line (one descriptor table words both) separated by dots.
 */
export function describeParameters(item: ItemParameters, language: UiLanguage): string {
  if (item.kind === 'assessment') {
    return item.parameters.fields.map((field) => field.label).join(', ');
  }
  return join(doseParts(item, language).map((p) => p.short));
}

/** Assessment findings as "Knee to wall: L 8, R 11 cm · Windlass test: positive". */
export function describeFindings(
  item: ItemParameters,
  findings: Findings,
  language: UiLanguage,
): string {
  if (item.kind !== 'assessment') return '';
  const { t } = descriptorsIn(language).words;
  const valueText = (value: unknown) =>
    typeof value === 'number' ? formatNumber(value, language) : String(value);
  return join(
    item.parameters.fields.map((field) => {
      const value = findings[field.key];
      if (value === undefined || value === '') return undefined;
      const unit = field.type === 'number' && field.unit ? ` ${field.unit}` : '';
      if (typeof value === 'object') {
        const left = value.left === null ? '–' : valueText(value.left);
        const right = value.right === null ? '–' : valueText(value.right);
        const l = t('params:assessment.left');
        const r = t('params:assessment.right');
        return `${field.label}: ${l} ${left}, ${r} ${right}${unit}`;
      }
      return `${field.label}: ${valueText(value)}${unit}`;
    }),
  );
}
