// Orthoses and footwear: type, side, heel raise and wear schedule.
import { Select, SimpleGrid, Textarea } from '@mantine/core';
import { orthosisTypes, type OrthosisParameters } from '../../../../../shared/domain/parameters';
import { orthosisTypeLabels } from '../../../../../shared/plans/dose-text';
import { NumberField, SideField, oneOf, withoutEmpty, type ParameterEditorProps } from './fields';

export function OrthosisParametersEditor({
  value,
  onChange,
  errors = {},
  size = 'sm',
}: ParameterEditorProps<OrthosisParameters>) {
  const set = (patch: Partial<OrthosisParameters>) =>
    onChange(withoutEmpty({ ...value, ...patch }));
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
      <Select
        size={size}
        label="Type"
        data={orthosisTypes.map((t) => ({ value: t, label: orthosisTypeLabels[t] }))}
        value={value.type}
        allowDeselect={false}
        onChange={(t) => set({ type: oneOf(orthosisTypes, t) ?? value.type })}
      />
      <SideField size={size} value={value.side} onChange={(side) => set({ side })} />
      <NumberField
        size={size}
        label="Heel raise"
        unit="mm"
        value={value.heelRaiseMm}
        error={errors['heelRaiseMm']}
        onChange={(heelRaiseMm) => set({ heelRaiseMm })}
      />
      <Textarea
        size={size}
        label="Wear schedule"
        placeholder="e.g. in all shoes for 6 weeks, then when running"
        autosize
        minRows={1}
        style={{ gridColumn: '1 / -1' }}
        value={value.wearSchedule}
        error={errors['wearSchedule']}
        onChange={(e) => onChange({ ...value, wearSchedule: e.currentTarget.value })}
      />
    </SimpleGrid>
  );
}
