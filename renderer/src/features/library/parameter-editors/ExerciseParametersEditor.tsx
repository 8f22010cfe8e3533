// Exercise dose (FITT-VP): volume, hold, rest, frequency, side, load, tempo and progression.
import { Group, Select, SimpleGrid, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import type { ExerciseParameters, Load } from '../../../../../shared/domain/parameters';
import { NumberField, SideField, withoutEmpty, type ParameterEditorProps } from './fields';

type NumberKey = {
  [K in keyof ExerciseParameters]-?: ExerciseParameters[K] extends number | undefined ? K : never;
}[keyof ExerciseParameters];

const numberFields: { key: NumberKey; label: string; unit?: string }[] = [
  { key: 'sets', label: 'Sets' },
  { key: 'reps', label: 'Reps' },
  { key: 'durationSeconds', label: 'Time', unit: 's' },
  { key: 'holdSeconds', label: 'Hold', unit: 's' },
  { key: 'restSeconds', label: 'Rest', unit: 's' },
  { key: 'timesPerDay', label: 'Times per day' },
  { key: 'daysPerWeek', label: 'Days per week' },
];

const loadTypes = [
  { value: 'none', label: 'No load set' },
  { value: 'bodyweight', label: 'Body weight' },
  { value: 'kg', label: 'Weight (kg)' },
  { value: 'band', label: 'Band' },
  { value: 'other', label: 'Other' },
];

function LoadFields(props: {
  value: Load | undefined;
  onChange(value: Load | undefined): void;
  errors: Record<string, string>;
  size: 'xs' | 'sm';
}) {
  const { value, size } = props;
  const setType = (type: string | null) => {
    switch (type) {
      case 'bodyweight':
        return props.onChange({ type: 'bodyweight' });
      case 'kg':
        return props.onChange({ type: 'kg', kg: 5 });
      case 'band':
        return props.onChange({ type: 'band', colour: 'green' });
      case 'other':
        return props.onChange({ type: 'other', description: '' });
      default:
        return props.onChange(undefined);
    }
  };
  return (
    <Group grow align="flex-start" gap="xs">
      <Select
        size={size}
        label="Load"
        data={loadTypes}
        value={value?.type ?? 'none'}
        allowDeselect={false}
        onChange={setType}
      />
      {value?.type === 'kg' && (
        <NumberField
          size={size}
          label="Weight"
          unit="kg"
          decimals
          value={value.kg}
          error={props.errors['load.kg']}
          onChange={(kg) => props.onChange({ type: 'kg', kg: kg ?? 0 })}
        />
      )}
      {value?.type === 'band' && (
        <TextInput
          size={size}
          label="Band colour"
          value={value.colour}
          error={props.errors['load.colour']}
          onChange={(e) => props.onChange({ type: 'band', colour: e.currentTarget.value })}
        />
      )}
      {value?.type === 'other' && (
        <TextInput
          size={size}
          label="Load description"
          value={value.description}
          error={props.errors['load.description']}
          onChange={(e) => props.onChange({ type: 'other', description: e.currentTarget.value })}
        />
      )}
    </Group>
  );
}

export function ExerciseParametersEditor({
  value,
  onChange,
  errors = {},
  size = 'sm',
}: ParameterEditorProps<ExerciseParameters>) {
  const set = (patch: Partial<ExerciseParameters>) =>
    onChange(withoutEmpty({ ...value, ...patch }));
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
        {numberFields.map(({ key, label, unit }) => (
          <NumberField
            key={key}
            size={size}
            label={label}
            {...(unit ? { unit } : {})}
            value={value[key]}
            error={errors[key]}
            onChange={(n) => set({ [key]: n })}
          />
        ))}
        <SideField size={size} value={value.side} onChange={(side) => set({ side })} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <LoadFields
          size={size}
          value={value.load}
          errors={errors}
          onChange={(load) => set({ load })}
        />
        <TextInput
          size={size}
          label="Tempo (s per phase)"
          placeholder="3-0-3"
          value={value.tempo ?? ''}
          error={errors['tempo']}
          onChange={(e) => set({ tempo: e.currentTarget.value || undefined })}
        />
      </SimpleGrid>
      <Switch
        size={size}
        label="Walk–run intervals"
        description="Printed as “run 1 min, walk 2 min, 8 times”: Time is the running bout, Rest the walking bout, Sets the repeats"
        checked={value.pattern === 'walk_run'}
        onChange={(e) => set({ pattern: e.currentTarget.checked ? 'walk_run' : undefined })}
      />
      <Textarea
        size={size}
        label="Progression"
        placeholder="e.g. add 2 kg when 3 × 15 is easy"
        autosize
        minRows={1}
        value={value.progression ?? ''}
        error={errors['progression']}
        onChange={(e) => set({ progression: e.currentTarget.value || undefined })}
      />
    </Stack>
  );
}
