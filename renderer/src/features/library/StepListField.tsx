// An ordered list of short texts (patient steps, cautions): add, edit, move and remove lines.
import { ActionIcon, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';

export function StepListField(props: {
  label: string;
  itemLabel: string;
  addLabel: string;
  values: string[];
  onChange(values: string[]): void;
  /** Messages by index, plus '' for the list as a whole. */
  errors: Record<string, string>;
  description?: string;
}) {
  const { values, onChange } = props;
  const move = (index: number, step: -1 | 1) => {
    const next = [...values];
    const [moved] = next.splice(index, 1);
    if (moved !== undefined) next.splice(index + step, 0, moved);
    onChange(next);
  };
  return (
    <Stack gap={6} role="group" aria-label={props.label}>
      <Text size="sm" fw={500}>
        {props.label}
      </Text>
      {props.description && (
        <Text size="xs" c="dimmed">
          {props.description}
        </Text>
      )}
      {values.map((value, index) => (
        <Group key={index} gap={4} align="flex-start" wrap="nowrap">
          <Text size="sm" c="dimmed" w={22} ta="right" pt={6}>
            {index + 1}.
          </Text>
          <Textarea
            aria-label={`${props.itemLabel} ${index + 1}`}
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
            aria-label={`Move ${props.itemLabel.toLowerCase()} ${index + 1} up`}
            disabled={index === 0}
            onClick={() => move(index, -1)}
          >
            <IconArrowUp size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            mt={4}
            aria-label={`Move ${props.itemLabel.toLowerCase()} ${index + 1} down`}
            disabled={index === values.length - 1}
            onClick={() => move(index, 1)}
          >
            <IconArrowDown size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            mt={4}
            color="red"
            aria-label={`Remove ${props.itemLabel.toLowerCase()} ${index + 1}`}
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
