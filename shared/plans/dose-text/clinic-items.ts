// Taping, orthoses and footwear, manual therapy, assessments and education leaflets.
import type {
  AssessmentParameters,
  EducationParameters,
  FindingField,
  ManualTherapyParameters,
  OrthosisParameters,
  TapingParameters,
} from '../../domain/parameters';
import { part, sideText, type DosePart } from './parts';

const tapeNames = { kinesiology: 'Kinesiology tape', rigid: 'Rigid tape', other: 'Tape' } as const;

/** 12 → "12 hours", 48 → "2 days", 30 → "30 hours". */
function wearTimeText(hours: number): string {
  if (hours >= 24 && hours % 24 === 0) return hours === 24 ? '1 day' : `${hours / 24} days`;
  return hours === 1 ? '1 hour' : `${hours} hours`;
}

export function tapingDoseParts(p: TapingParameters): DosePart[] {
  const parts = [part('tape', 'tape', tapeNames[p.tape])];
  if (p.technique) parts.push(part('technique', 'technique', p.technique));
  if (p.stretchPercent !== undefined)
    parts.push(part('stretch', 'stretch', `${p.stretchPercent} % stretch`));
  parts.push(
    part('wear', 'wear time', `keep on for up to ${wearTimeText(p.wearHours)}`, {
      short: `up to ${wearTimeText(p.wearHours)}`,
    }),
  );
  if (p.side !== undefined)
    parts.push(part('side', 'side', sideText(p.side, 'side'), { joiner: ' — ' }));
  return parts;
}

export const orthosisTypeLabels: Record<OrthosisParameters['type'], string> = {
  arch_support_custom: 'Custom arch support',
  arch_support_prefabricated: 'Ready-made arch support',
  heel_cup: 'Heel cup',
  heel_pad: 'Heel pad',
  heel_raise: 'Heel raise',
  night_splint: 'Night splint',
  footwear: 'Footwear',
  other: 'Insert or support',
};

export function orthosisDoseParts(p: OrthosisParameters): DosePart[] {
  const parts = [part('type', 'type', orthosisTypeLabels[p.type])];
  if (p.heelRaiseMm !== undefined)
    parts.push(part('heelRaise', 'height', `${p.heelRaiseMm} mm`, { joiner: ' ' }));
  if (p.side !== undefined) parts.push(part('side', 'side', sideText(p.side, 'foot')));
  if (p.wearSchedule) parts.push(part('wear', 'wear schedule', p.wearSchedule, { joiner: ' — ' }));
  return parts;
}

export function manualTherapyDoseParts(p: ManualTherapyParameters): DosePart[] {
  const parts: DosePart[] = [];
  if (p.technique) parts.push(part('technique', 'technique', p.technique));
  if (p.region) parts.push(part('region', 'region', p.region));
  if (p.grade !== undefined) parts.push(part('grade', 'grade', `grade ${p.grade}`));
  if (p.minutes !== undefined) parts.push(part('minutes', 'time', `${p.minutes} min`));
  if (p.side !== undefined)
    parts.push(part('side', 'side', sideText(p.side, 'side'), { joiner: ' — ' }));
  return parts;
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
  if (p.readingMinutes === undefined) return [];
  return [
    part('reading', 'reading time', `about ${p.readingMinutes} min to read`, {
      short: `${p.readingMinutes} min read`,
    }),
  ];
}
