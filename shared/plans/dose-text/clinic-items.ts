// Taping, orthoses and footwear, manual therapy, assessments and education leaflets.
import {
  choiceInLine,
  descriptorsIn,
  parameterDescriptors,
} from '../../domain/parameter-descriptors';
import type {
  AssessmentParameters,
  EducationParameters,
  FindingField,
  ManualTherapyParameters,
  OrthosisParameters,
  TapingParameters,
} from '../../domain/parameters';
import type { UiLanguage } from '../../i18n';
import { describedParts } from './described';
import { part, type DosePart } from './parts';

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

export function tapingDoseParts(p: TapingParameters, language: UiLanguage): DosePart[] {
  const tables = descriptorsIn(language);
  return [
    part(
      'tape',
      tables.words.t('dose:parts.tape'),
      capitalised(choiceInLine(tables.taping.tape, p.tape)),
    ),
    ...describedParts(parameterDescriptors('taping', p, language), p),
  ];
}

export function orthosisDoseParts(p: OrthosisParameters, language: UiLanguage): DosePart[] {
  const tables = descriptorsIn(language);
  return [
    part(
      'type',
      tables.words.t('dose:parts.type'),
      capitalised(choiceInLine(tables.orthosis.type, p.type)),
    ),
    ...describedParts(parameterDescriptors('orthosis', p, language), p),
  ];
}

export function manualTherapyDoseParts(
  p: ManualTherapyParameters,
  language: UiLanguage,
): DosePart[] {
  return describedParts(parameterDescriptors('manual_therapy', p, language), p);
}

function findingFieldText(field: FindingField, language: UiLanguage): string {
  const both = descriptorsIn(language).words.t('params:assessment.leftAndRight');
  switch (field.type) {
    case 'number': {
      const unit = field.unit
        ? ` (${field.unit}${field.sided ? `, ${both}` : ''})`
        : field.sided
          ? ` (${both})`
          : '';
      return `${field.label}${unit}`;
    }
    case 'test':
    case 'choice':
      return `${field.label}${field.sided ? ` (${both})` : ''}`;
    case 'text':
      return field.label;
    default: {
      const unreachable: never = field;
      return unreachable;
    }
  }
}

export function assessmentDoseParts(p: AssessmentParameters, language: UiLanguage): DosePart[] {
  return p.fields.map((field) =>
    part(`field:${field.key}`, field.label, findingFieldText(field, language)),
  );
}

export function educationDoseParts(p: EducationParameters, language: UiLanguage): DosePart[] {
  return describedParts(parameterDescriptors('education', p, language), p);
}
