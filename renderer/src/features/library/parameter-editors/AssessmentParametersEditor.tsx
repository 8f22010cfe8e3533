// Assessments: which findings the test records (numbers with units, positive/negative tests,
// choices, free text), each optionally recorded per side.
import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import type { AssessmentParameters, FindingField } from '../../../../../shared/domain/parameters';
import { NumberField } from '../../../app/NumberField';
import type { ParameterEditorProps } from './fields';

const fieldTypes: { value: FindingField['type']; label: string }[] = [
  { value: 'number', label: 'Number with unit' },
  { value: 'test', label: 'Test (positive / negative)' },
  { value: 'choice', label: 'Choice' },
  { value: 'text', label: 'Free text' },
];

/** A key for a finding from its label: "Knee to wall" → "kneeToWall". */
export function findingKey(label: string, taken: readonly string[]): string {
  const words = label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g) ?? ['finding'];
  const camel = words
    .map((w, i) => (i === 0 ? w : `${w.charAt(0).toUpperCase()}${w.slice(1)}`))
    .join('')
    .replace(/^[0-9]+/, '');
  const base = camel === '' ? 'finding' : camel.slice(0, 40);
  let key = base;
  for (let n = 2; taken.includes(key); n++) key = `${base}${n}`;
  return key;
}

function retype(field: FindingField, type: FindingField['type']): FindingField {
  const { key, label } = field;
  switch (type) {
    case 'number':
      return { type, key, label, unit: '', sided: false };
    case 'test':
      return { type, key, label, sided: false, positiveIsRedFlag: false };
    case 'choice':
      return { type, key, label, options: ['Yes', 'No'], sided: false };
    case 'text':
      return { type, key, label };
    default: {
      const unreachable: never = type;
      return unreachable;
    }
  }
}

function FindingFieldEditor(props: {
  field: FindingField;
  index: number;
  count: number;
  errors: Record<string, string>;
  size: 'xs' | 'sm';
  onChange(field: FindingField): void;
  onMove(step: -1 | 1): void;
  onRemove(): void;
}) {
  const { field, index, size } = props;
  const error = (name: string) => props.errors[`fields.${index}.${name}`];
  return (
    <Paper withBorder p="xs" role="group" aria-label={`Finding ${index + 1}`}>
      <Stack gap={6}>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            size={size}
            label={`Finding ${index + 1}`}
            style={{ flex: 1 }}
            value={field.label}
            error={error('label') ?? error('key')}
            onChange={(e) => props.onChange({ ...field, label: e.currentTarget.value })}
          />
          <Select
            size={size}
            label="Recorded as"
            data={fieldTypes}
            value={field.type}
            allowDeselect={false}
            onChange={(type) => {
              const next = fieldTypes.find((t) => t.value === type)?.value;
              if (next && next !== field.type) props.onChange(retype(field, next));
            }}
          />
          <ActionIcon
            variant="subtle"
            aria-label={`Move finding ${index + 1} up`}
            disabled={index === 0}
            onClick={() => props.onMove(-1)}
          >
            <IconArrowUp size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            aria-label={`Move finding ${index + 1} down`}
            disabled={index === props.count - 1}
            onClick={() => props.onMove(1)}
          >
            <IconArrowDown size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`Remove finding ${index + 1}`}
            disabled={props.count === 1}
            onClick={props.onRemove}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
        {field.type === 'number' && (
          <Group gap="xs" grow>
            <TextInput
              size={size}
              label="Unit"
              placeholder="cm, reps, °"
              value={field.unit}
              error={error('unit')}
              onChange={(e) => props.onChange({ ...field, unit: e.currentTarget.value })}
            />
            <NumberField
              size={size}
              label="Lowest"
              decimals={3}
              value={field.min}
              onChange={(min) => props.onChange({ ...field, min })}
            />
            <NumberField
              size={size}
              label="Highest"
              decimals={3}
              value={field.max}
              onChange={(max) => props.onChange({ ...field, max })}
            />
          </Group>
        )}
        {field.type === 'choice' && (
          <TagsInput
            size={size}
            label="Options"
            value={field.options}
            error={error('options')}
            onChange={(options) => props.onChange({ ...field, options })}
          />
        )}
        {field.type !== 'text' && (
          <Group gap="md">
            <Checkbox
              size="xs"
              label="Left and right"
              checked={field.sided}
              onChange={(e) => props.onChange({ ...field, sided: e.currentTarget.checked })}
            />
            {field.type === 'test' && (
              <Checkbox
                size="xs"
                color="red"
                label="A positive result is a red flag"
                checked={field.positiveIsRedFlag}
                onChange={(e) =>
                  props.onChange({ ...field, positiveIsRedFlag: e.currentTarget.checked })
                }
              />
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

export function AssessmentParametersEditor({
  value,
  onChange,
  errors = {},
  size = 'sm',
}: ParameterEditorProps<AssessmentParameters>) {
  const fields = value.fields;
  const keys = fields.map((f) => f.key);
  const update = (next: FindingField[]) => onChange({ ...value, fields: next });
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        The findings recorded when this assessment is done at a visit.
      </Text>
      {errors['fields'] && (
        <Text size="sm" c="red">
          {errors['fields']}
        </Text>
      )}
      {fields.map((field, index) => (
        <FindingFieldEditor
          key={index}
          field={field}
          index={index}
          count={fields.length}
          errors={errors}
          size={size}
          onChange={(changed) => {
            // Keys follow the label until the finding has been saved under one.
            const others = keys.filter((_, i) => i !== index);
            const key =
              changed.label !== field.label ? findingKey(changed.label, others) : changed.key;
            update(fields.map((f, i) => (i === index ? { ...changed, key } : f)));
          }}
          onMove={(step) => {
            const next = [...fields];
            const [moved] = next.splice(index, 1);
            if (moved) next.splice(index + step, 0, moved);
            update(next);
          }}
          onRemove={() => update(fields.filter((_, i) => i !== index))}
        />
      ))}
      <Button
        size="xs"
        variant="light"
        leftSection={<IconPlus size={14} />}
        w="fit-content"
        onClick={() =>
          update([...fields, { type: 'text', key: findingKey('Finding', keys), label: 'Finding' }])
        }
      >
        Add a finding
      </Button>
    </Stack>
  );
}
