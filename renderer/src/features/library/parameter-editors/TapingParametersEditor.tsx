// Taping: tape, technique, stretch, wear time and side.
import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { TapingParameters } from '../../../../../shared/domain/parameters';
import { NumberField, SideField, oneOf, withoutEmpty, type ParameterEditorProps } from './fields';

const tapes = ['kinesiology', 'rigid', 'other'] as const;
const tapeLabels: Record<TapingParameters['tape'], string> = {
  kinesiology: 'Kinesiology (elastic)',
  rigid: 'Rigid',
  other: 'Other',
};

export function TapingParametersEditor({
  value,
  onChange,
  errors = {},
  size = 'sm',
}: ParameterEditorProps<TapingParameters>) {
  const set = (patch: Partial<TapingParameters>) => onChange(withoutEmpty({ ...value, ...patch }));
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
      <Select
        size={size}
        label="Tape"
        data={tapes.map((t) => ({ value: t, label: tapeLabels[t] }))}
        value={value.tape}
        allowDeselect={false}
        onChange={(t) => set({ tape: oneOf(tapes, t) ?? value.tape })}
      />
      <TextInput
        size={size}
        label="Technique"
        placeholder="e.g. low-dye, fan strips"
        value={value.technique}
        error={errors['technique']}
        onChange={(e) => onChange({ ...value, technique: e.currentTarget.value })}
      />
      <NumberField
        size={size}
        label="Stretch"
        unit="%"
        value={value.stretchPercent}
        error={errors['stretchPercent']}
        onChange={(stretchPercent) => set({ stretchPercent })}
      />
      <NumberField
        size={size}
        label="Wear time"
        unit="h"
        required
        value={value.wearHours}
        error={errors['wearHours']}
        onChange={(wearHours) => onChange({ ...value, wearHours: wearHours ?? Number.NaN })}
      />
      <SideField size={size} value={value.side} onChange={(side) => set({ side })} />
    </SimpleGrid>
  );
}
