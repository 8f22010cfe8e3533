// Taping, orthoses and footwear, manual therapy, assessments and education leaflets.
import {
  choiceInLine,
  orthosisDescriptors,
  parameterDescriptors,
  tapingDescriptors,
} from '../../domain/parameter-descriptors';
import type {
  AssessmentParameters,
  EducationParameters,
  FindingField,
  ManualTherapyParameters,
  OrthosisParameters,
  TapingParameters,
} from '../../domain/parameters';
import { describedParts } from './described';
import { part, type DosePart } from './parts';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function tapingDoseParts(p: TapingParameters): DosePart[] {
  return [
    part('tape', 'tape', capitalised(choiceInLine(tapingDescriptors.tape, p.tape))),
    ...describedParts(parameterDescriptors('taping', p), p),
  ];
}

export function orthosisDoseParts(p: OrthosisParameters): DosePart[] {
  return [
    part('type', 'type', capitalised(choiceInLine(orthosisDescriptors.type, p.type))),
    ...describedParts(parameterDescriptors('orthosis', p), p),
  ];
}

export function manualTherapyDoseParts(p: ManualTherapyParameters): DosePart[] {
  return describedParts(parameterDescriptors('manual_therapy', p), p);
}

function findingFieldText(field: FindingField): string {
  switch (field.type) {
    case 'number': {
      const unit = field.unit
        ? ` (${field.unit}${field.sided ? ', left and right' : ''})`
        : field.sided
          ? ' (left and right)'
          : '';
      return `${field.label}${unit}`;
    }
    case 'test':
    case 'choice':
      return `${field.label}${field.sided ? ' (left and right)' : ''}`;
    case 'text':
      return field.label;
    default: {
      const unreachable: never = field;
      return unreachable;
    }
  }
}

export function assessmentDoseParts(p: AssessmentParameters): DosePart[] {
  return p.fields.map((field) => part(`field:${field.key}`, field.label, findingFieldText(field)));
}

export function educationDoseParts(p: EducationParameters): DosePart[] {
  return describedParts(parameterDescriptors('education', p), p);
}
