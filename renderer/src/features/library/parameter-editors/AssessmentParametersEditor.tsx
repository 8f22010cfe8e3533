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
import type { Translate } from '../../../../../shared/i18n';
import { useT } from '../../../app/i18n';
import { NumberField } from '../../../app/NumberField';
import type { ParameterEditorProps } from './fields';

const fieldTypeKeys = {
  number: 'params:assessmentEditor.types.number',
  test: 'params:assessmentEditor.types.test',
  choice: 'params:assessmentEditor.types.choice',
  text: 'params:assessmentEditor.types.text',
} as const satisfies Record<FindingField['type'], string>;
const fieldTypes = Object.keys(fieldTypeKeys) as FindingField['type'][];

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

function retype(t: Translate, field: FindingField, type: FindingField['type']): FindingField {
  const { key, label } = field;
  switch (type) {
    case 'number':
      return { type, key, label, unit: '', sided: false };
    case 'test':
      return { type, key, label, sided: false, positiveIsRedFlag: false };
    case 'choice':
      return {
        type,
        key,
        label,
        options: [t('params:assessmentEditor.yes'), t('params:assessmentEditor.no')],
        sided: false,
      };
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
  const t = useT();
  const number = index + 1;
  const error = (name: string) => props.errors[`fields.${index}.${name}`];
  return (
    <Paper
      withBorder
      p="xs"
      role="group"
      aria-label={t('params:assessmentEditor.finding', { number })}
    >
      <Stack gap={6}>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            size={size}
            label={t('params:assessmentEditor.finding', { number })}
            style={{ flex: 1 }}
            value={field.label}
            error={error('label') ?? error('key')}
            onChange={(e) => props.onChange({ ...field, label: e.currentTarget.value })}
          />
          <Select
            size={size}
            label={t('params:assessmentEditor.recordedAs')}
            data={fieldTypes.map((type) => ({ value: type, label: t(fieldTypeKeys[type]) }))}
            value={field.type}
            allowDeselect={false}
            onChange={(type) => {
              const next = fieldTypes.find((known) => known === type);
              if (next && next !== field.type) props.onChange(retype(t, field, next));
            }}
          />
          <ActionIcon
            variant="subtle"
            aria-label={t('params:assessmentEditor.moveUp', { number })}
            disabled={index === 0}
            onClick={() => props.onMove(-1)}
          >
            <IconArrowUp size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            aria-label={t('params:assessmentEditor.moveDown', { number })}
            disabled={index === props.count - 1}
            onClick={() => props.onMove(1)}
          >
            <IconArrowDown size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('params:assessmentEditor.remove', { number })}
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
              label={t('params:assessmentEditor.unit')}
              placeholder={t('params:assessmentEditor.unitPlaceholder')}
              value={field.unit}
              error={error('unit')}
              onChange={(e) => props.onChange({ ...field, unit: e.currentTarget.value })}
            />
            <NumberField
              size={size}
              label={t('params:assessmentEditor.lowest')}
              decimals={3}
              value={field.min}
              onChange={(min) => props.onChange({ ...field, min })}
            />
            <NumberField
              size={size}
              label={t('params:assessmentEditor.highest')}
              decimals={3}
              value={field.max}
              onChange={(max) => props.onChange({ ...field, max })}
            />
          </Group>
        )}
        {field.type === 'choice' && (
          <TagsInput
            size={size}
            label={t('params:assessmentEditor.options')}
            value={field.options}
            error={error('options')}
            onChange={(options) => props.onChange({ ...field, options })}
          />
        )}
        {field.type !== 'text' && (
          <Group gap="md">
            <Checkbox
              size="xs"
              label={t('params:assessmentEditor.sided')}
              checked={field.sided}
              onChange={(e) => props.onChange({ ...field, sided: e.currentTarget.checked })}
            />
            {field.type === 'test' && (
              <Checkbox
                size="xs"
                color="red"
                label={t('params:assessmentEditor.redFlag')}
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
  const t = useT();
  const fields = value.fields;
  const keys = fields.map((f) => f.key);
  const update = (next: FindingField[]) => onChange({ ...value, fields: next });
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('params:assessmentEditor.intro')}
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
          update([
            ...fields,
            {
              type: 'text',
              key: findingKey(t('params:assessmentEditor.newFinding'), keys),
              label: t('params:assessmentEditor.newFinding'),
            },
          ])
        }
      >
        {t('params:assessmentEditor.add')}
      </Button>
    </Stack>
  );
}
