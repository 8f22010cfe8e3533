// Education leaflets: only an estimated reading time.
import { SimpleGrid } from '@mantine/core';
import type { EducationParameters } from '../../../../../shared/domain/parameters';
import { NumberField, withoutEmpty, type ParameterEditorProps } from './fields';

export function EducationParametersEditor({
  value,
  onChange,
  errors = {},
  size = 'sm',
}: ParameterEditorProps<EducationParameters>) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
      <NumberField
        size={size}
        label="Reading time"
        unit="min"
        value={value.readingMinutes}
        error={errors['readingMinutes']}
        onChange={(readingMinutes) => onChange(withoutEmpty({ ...value, readingMinutes }))}
      />
    </SimpleGrid>
  );
}
