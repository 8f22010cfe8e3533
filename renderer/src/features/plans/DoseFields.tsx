// The fields of a dose, by kind. Exercise doses are edited here; other kinds use the
// library's parameter editors.
import { NumberInput, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import type { ExerciseParameters, ItemParameters } from '../../../../shared/domain/parameters';

export interface DoseFieldsProps {
  dose: ItemParameters;
  /** Messages by parameter path ("reps", "load.kg"). */
  errors: Record<string, string>;
  onChange(dose: ItemParameters): void;
}

const sideOptions = [
  { value: 'left', label: 'Left' },
  { value: 'right', label: 'Right' },
  { value: 'both', label: 'Both' },
];

type NumberKey = {
  [K in keyof ExerciseParameters]-?: ExerciseParameters[K] extends number | undefined ? K : never;
}[keyof ExerciseParameters];

const numberFields: { key: NumberKey; label: string }[] = [
  { key: 'sets', label: 'Sets' },
  { key: 'reps', label: 'Reps' },
  { key: 'durationSeconds', label: 'Time (s)' },
  { key: 'holdSeconds', label: 'Hold (s)' },
  { key: 'restSeconds', label: 'Rest (s)' },
  { key: 'timesPerDay', label: 'Times per day' },
  { key: 'daysPerWeek', label: 'Days per week' },
];

function ExerciseFields(props: {
  value: ExerciseParameters;
  errors: Record<string, string>;
  onChange(value: ExerciseParameters): void;
}) {
  const set = (patch: Partial<ExerciseParameters>) => {
    // Cleared fields are left out, not stored as undefined.
    const next = Object.fromEntries(
      Object.entries({ ...props.value, ...patch }).filter(([, value]) => value !== undefined),
    ) as ExerciseParameters;
    props.onChange(next);
  };
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
      {numberFields.map(({ key, label }) => (
        <NumberInput
          key={key}
          size="xs"
          label={label}
          value={props.value[key] ?? ''}
          allowDecimal={false}
          error={props.errors[key]}
          onChange={(value) => set({ [key]: typeof value === 'number' ? value : undefined })}
        />
      ))}
      <Select
        size="xs"
        label="Side"
        data={sideOptions}
        value={props.value.side ?? null}
        clearable
        onChange={(value) =>
          set({
            side: value === 'left' || value === 'right' || value === 'both' ? value : undefined,
          })
        }
      />
      <TextInput
        size="xs"
        label="Tempo (s)"
        placeholder="3-0-3"
        value={props.value.tempo ?? ''}
        error={props.errors['tempo']}
        onChange={(event) => set({ tempo: event.currentTarget.value || undefined })}
      />
    </SimpleGrid>
  );
}

export function DoseFields({ dose, errors, onChange }: DoseFieldsProps) {
  switch (dose.kind) {
    case 'exercise':
      return (
        <ExerciseFields
          value={dose.parameters}
          errors={errors}
          onChange={(parameters) => onChange({ kind: 'exercise', parameters })}
        />
      );
    case 'modality':
    case 'taping':
    case 'orthosis':
    case 'manual_therapy':
    case 'assessment':
    case 'education':
      return (
        <Text size="sm" c="dimmed">
          Settings for this kind of item are edited in the library.
        </Text>
      );
    default: {
      const unreachable: never = dose;
      return unreachable;
    }
  }
}
