// Exercise dose (FITT-VP): volume, hold, rest, frequency, side, load, tempo and progression,
// drawn from the exercise descriptor table; the load has parts of its own.
import { Group, Select, Switch, TextInput } from '@mantine/core';
import {
  exerciseDescriptors,
  loadKgDescriptor,
} from '../../../../../shared/domain/parameter-descriptors';
import type { ExerciseParameters, Load } from '../../../../../shared/domain/parameters';
import { NumberField } from '../../../app/NumberField';
import { DescribedFields, withSetting } from './DescribedFields';
import type { ParameterEditorProps } from './fields';

const descriptors = Object.entries(exerciseDescriptors);

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
  errors: Readonly<Record<string, string>>;
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
        label={exerciseDescriptors.load.label}
        data={loadTypes}
        value={value?.type ?? 'none'}
        allowDeselect={false}
        onChange={setType}
      />
      {value?.type === 'kg' && (
        <NumberField
          size={size}
          label={loadKgDescriptor.label}
          unit={loadKgDescriptor.unit}
          min={loadKgDescriptor.min}
          max={loadKgDescriptor.max}
          decimals={loadKgDescriptor.decimals}
          required
          value={value.kg}
          error={props.errors['load.kg']}
          onChange={(kg) => props.onChange({ type: 'kg', kg: kg ?? Number.NaN })}
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

export function ExerciseParametersEditor(props: ParameterEditorProps<ExerciseParameters>) {
  const { value, onChange, errors = {}, size = 'sm' } = props;
  return (
    <DescribedFields
      {...props}
      descriptors={descriptors}
      composite={{
        pattern: (
          <Switch
            size={size}
            label={exerciseDescriptors.pattern.label}
            description="Printed as “run 1 min, walk 2 min, 8 times”: Time is the running bout, Rest the walking bout, Sets the repeats"
            checked={value.pattern === 'walk_run'}
            onChange={(e) =>
              onChange(
                withSetting(value, 'pattern', e.currentTarget.checked ? 'walk_run' : undefined),
              )
            }
          />
        ),
        load: (
          <LoadFields
            size={size}
            value={value.load}
            errors={errors}
            onChange={(load) => onChange(withSetting(value, 'load', load))}
          />
        ),
      }}
    />
  );
}
