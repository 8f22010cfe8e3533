// The settings inputs of one treatment, from its field list; findings for assessments.
import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { labelWithUnit } from '../../../../shared/domain/parameter-descriptors';
import { findingFieldSchema, type FindingField } from '../../../../shared/domain/parameters';
import { NumberField } from '../../app/NumberField';
import { DescribedField } from '../library/parameter-editors/DescribedField';
import type { IssueLookup } from './issues';
import { fieldsFor, type TreatmentForm } from './treatment-fields';
import { useUiLanguage } from '../../app/i18n';

interface Props {
  treatment: TreatmentForm;
  onChange: (treatment: TreatmentForm) => void;
  /** Errors for this treatment's "parameters" path. */
  issueAt: IssueLookup;
  prefix: string;
}

function findingFields(treatment: TreatmentForm): FindingField[] {
  const fields = treatment.parameters['fields'];
  if (treatment.kind !== 'assessment' || !Array.isArray(fields)) return [];
  return fields.flatMap((field) => {
    const parsed = findingFieldSchema.safeParse(field);
    return parsed.success ? [parsed.data] : [];
  });
}

function FindingInput({
  field,
  value,
  onChange,
  prefix,
}: {
  field: FindingField;
  value: unknown;
  onChange: (value: unknown) => void;
  prefix: string;
}) {
  // Shown: the finding; read out: the treatment too, as several cards can ask the same thing.
  const label = field.label;
  const name = (side: string) => `${prefix}: ${label}${side ? ` (${side})` : ''}`;
  if (field.type === 'text') {
    return (
      <TextInput
        size="xs"
        label={label}
        aria-label={name('')}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    );
  }
  const single = (side: string, current: unknown, set: (next: unknown) => void) =>
    field.type === 'number' ? (
      <NumberField
        key={side}
        size="xs"
        label={side ? `${label} (${side})` : label}
        aria-label={name(side)}
        unit={field.unit}
        unitInside
        min={field.min}
        max={field.max}
        decimals={3}
        value={typeof current === 'number' ? current : undefined}
        onChange={(next) => set(next ?? null)}
      />
    ) : (
      <Select
        key={side}
        size="xs"
        label={side ? `${label} (${side})` : label}
        aria-label={name(side)}
        clearable
        data={
          field.type === 'test'
            ? [
                { value: 'positive', label: 'Positive' },
                { value: 'negative', label: 'Negative' },
              ]
            : field.options
        }
        value={typeof current === 'string' ? current : null}
        onChange={(next) => set(next)}
      />
    );
  if (!field.sided) return single('', value, onChange);
  const pair = (
    typeof value === 'object' && value !== null ? value : { left: null, right: null }
  ) as { left: unknown; right: unknown };
  return (
    <>
      {single('left', pair.left, (left) => onChange({ ...pair, left }))}
      {single('right', pair.right, (right) => onChange({ ...pair, right }))}
    </>
  );
}

export function ParameterFields({ treatment, onChange, issueAt, prefix }: Props) {
  const language = useUiLanguage();
  const specs = fieldsFor(treatment, language);
  const findings = findingFields(treatment);
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs">
      {specs.map((described) => {
        const key = described[0];
        return (
          <DescribedField
            key={key}
            described={described}
            size="xs"
            unitInside
            name={`${prefix}: ${labelWithUnit(described[1])}`}
            value={treatment.parameters[key]}
            error={issueAt('parameters', key)}
            onChange={(value) =>
              onChange({ ...treatment, parameters: { ...treatment.parameters, [key]: value } })
            }
          />
        );
      })}
      {findings.map((field) => (
        <FindingInput
          key={field.key}
          field={field}
          prefix={prefix}
          value={treatment.findings[field.key]}
          onChange={(value) =>
            onChange({ ...treatment, findings: { ...treatment.findings, [field.key]: value } })
          }
        />
      ))}
    </SimpleGrid>
  );
}
