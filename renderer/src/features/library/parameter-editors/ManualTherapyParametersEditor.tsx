// Manual therapy: technique, region, grade I–V, duration and side.
import { Select, SimpleGrid, TextInput } from '@mantine/core';
import {
  mobilisationGrades,
  type ManualTherapyParameters,
} from '../../../../../shared/domain/parameters';
import { NumberField, SideField, oneOf, withoutEmpty, type ParameterEditorProps } from './fields';

export function ManualTherapyParametersEditor({
  value,
  onChange,
  errors = {},
  size = 'sm',
}: ParameterEditorProps<ManualTherapyParameters>) {
  const set = (patch: Partial<ManualTherapyParameters>) =>
    onChange(withoutEmpty({ ...value, ...patch }));
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
      <TextInput
        size={size}
        label="Technique"
        placeholder="e.g. posterior glide"
        value={value.technique}
        error={errors['technique']}
        onChange={(e) => onChange({ ...value, technique: e.currentTarget.value })}
      />
      <TextInput
        size={size}
        label="Region"
        placeholder="e.g. talocrural joint"
        value={value.region}
        error={errors['region']}
        onChange={(e) => onChange({ ...value, region: e.currentTarget.value })}
      />
      <Select
        size={size}
        label="Grade"
        data={mobilisationGrades.map((g) => ({ value: g, label: `Grade ${g}` }))}
        value={value.grade ?? null}
        clearable
        onChange={(g) => set({ grade: oneOf(mobilisationGrades, g) })}
      />
      <NumberField
        size={size}
        label="Duration"
        unit="min"
        value={value.minutes}
        error={errors['minutes']}
        onChange={(minutes) => set({ minutes })}
      />
      <SideField size={size} value={value.side} onChange={(side) => set({ side })} />
    </SimpleGrid>
  );
}
