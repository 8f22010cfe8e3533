// The settings inputs of one treatment, from its field list; findings for assessments.
import { NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { findingFieldSchema, type FindingField } from '../../../../shared/domain/parameters';
import type { IssueLookup } from './issues';
import { fieldsFor, type FieldSpec, type TreatmentForm } from './treatment-fields';

interface Props {
  treatment: TreatmentForm;
  onChange: (treatment: TreatmentForm) => void;
  /** Errors for this treatment's "parameters" path. */
  issueAt: IssueLookup;
  prefix: string;
}

function SettingInput({
  spec,
  value,
  onChange,
  error,
  name,
}: {
  spec: FieldSpec;
  value: unknown;
  onChange: (value: unknown) => void;
  error: string | undefined;
  /** Accessible name: the treatment and the setting, as several cards show the same labels. */
  name: string;
}) {
  const label = spec.label;
  switch (spec.type) {
    case 'number':
      return (
        <NumberInput
          size="xs"
          label={label}
          aria-label={name}
          rightSection={spec.unit}
          rightSectionWidth={spec.unit ? 56 : undefined}
          step={spec.step ?? 1}
          decimalScale={spec.step && spec.step < 1 ? 2 : 0}
          value={typeof value === 'number' ? value : ''}
          onChange={(next) => onChange(typeof next === 'number' ? next : undefined)}
          error={error}
        />
      );
    case 'select':
      return (
        <Select
          size="xs"
          label={label}
          aria-label={name}
          data={spec.options}
          clearable={spec.optional ?? false}
          value={value === undefined || value === null ? null : String(value)}
          onChange={(next) =>
            onChange(next === null ? undefined : spec.numeric ? Number(next) : next)
          }
          error={error}
        />
      );
    case 'text':
      return (
        <TextInput
          size="xs"
          label={label}
          aria-label={name}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
          error={error}
        />
      );
    default: {
      const unreachable: never = spec;
      return unreachable;
    }
  }
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
  const label = `${prefix}: ${field.label}`;
  if (field.type === 'text') {
    return (
      <TextInput
        size="xs"
        label={label}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    );
  }
  const single = (side: string, current: unknown, set: (next: unknown) => void) =>
    field.type === 'number' ? (
      <NumberInput
        key={side}
        size="xs"
        label={side ? `${label} (${side})` : label}
        rightSection={field.unit}
        value={typeof current === 'number' ? current : ''}
        onChange={(next) => set(typeof next === 'number' ? next : null)}
      />
    ) : (
      <Select
        key={side}
        size="xs"
        label={side ? `${label} (${side})` : label}
        clearable
        data={field.type === 'test' ? ['positive', 'negative'] : field.options}
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
  const specs = fieldsFor(treatment);
  const findings = findingFields(treatment);
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs">
      {specs.map((spec) => (
        <SettingInput
          key={spec.key}
          spec={spec}
          name={`${prefix}: ${spec.label}`}
          value={treatment.parameters[spec.key]}
          error={issueAt('parameters', spec.key)}
          onChange={(value) =>
            onChange({ ...treatment, parameters: { ...treatment.parameters, [spec.key]: value } })
          }
        />
      ))}
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
