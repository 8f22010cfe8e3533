// An ordered list of short texts (patient steps, cautions): add, edit, move and remove lines.
import { ActionIcon, Button, Group, Input, Stack, Text, Textarea } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useT } from '../../app/i18n';

/** The words of each line's field and buttons, by what the list holds. */
const lineKeys = {
  step: {
    line: 'library:stepList.step',
    up: 'library:stepList.stepUp',
    down: 'library:stepList.stepDown',
    remove: 'library:stepList.stepRemove',
  },
  caution: {
    line: 'library:stepList.caution',
    up: 'library:stepList.cautionUp',
    down: 'library:stepList.cautionDown',
    remove: 'library:stepList.cautionRemove',
  },
} as const;

export function StepListField(props: {
  label: string;
  lines: keyof typeof lineKeys;
  addLabel: string;
  values: string[];
  onChange(values: string[]): void;
  /** Messages by index, plus '' for the list as a whole. */
  errors: Record<string, string>;
  description?: string;
}) {
  const t = useT();
  const keys = lineKeys[props.lines];
  const { values, onChange } = props;
  const move = (index: number, step: -1 | 1) => {
    const next = [...values];
    const [moved] = next.splice(index, 1);
    if (moved !== undefined) next.splice(index + step, 0, moved);
    onChange(next);
  };
  return (
    <Stack gap={6} role="group" aria-label={props.label}>
      {/* Set like every other field's label, though it names a list of fields. */}
      <div>
        <Input.Label labelElement="div">{props.label}</Input.Label>
        {props.description && <Input.Description>{props.description}</Input.Description>}
      </div>
      {values.map((value, index) => (
        <Group key={index} gap={4} align="flex-start" wrap="nowrap">
          <Text size="sm" c="dimmed" w={22} ta="right" pt={6}>
            {index + 1}.
          </Text>
          <Textarea
            aria-label={t(keys.line, { number: index + 1 })}
            style={{ flex: 1 }}
            autosize
            minRows={1}
            value={value}
            error={props.errors[String(index)]}
            onChange={(event) => {
              const text = event.currentTarget.value;
              onChange(values.map((v, i) => (i === index ? text : v)));
            }}
          />
          <ActionIcon
            variant="subtle"
            mt={4}
            aria-label={t(keys.up, { number: index + 1 })}
            disabled={index === 0}
            onClick={() => move(index, -1)}
          >
            <IconArrowUp size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            mt={4}
            aria-label={t(keys.down, { number: index + 1 })}
            disabled={index === values.length - 1}
            onClick={() => move(index, 1)}
          >
            <IconArrowDown size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            mt={4}
            color="red"
            aria-label={t(keys.remove, { number: index + 1 })}
            onClick={() => onChange(values.filter((_, i) => i !== index))}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      {props.errors[''] && (
        <Text size="xs" c="red">
          {props.errors['']}
        </Text>
      )}
      <Button
        size="xs"
        variant="light"
        w="fit-content"
        leftSection={<IconPlus size={14} />}
        onClick={() => onChange([...values, ''])}
      >
        {props.addLabel}
      </Button>
    </Stack>
  );
}
