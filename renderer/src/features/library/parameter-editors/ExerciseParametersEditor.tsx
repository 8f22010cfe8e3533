// Exercise dose (FITT-VP): volume, hold, rest, frequency, side, load, tempo and progression,
// drawn from the exercise descriptor table; the load has parts of its own.
import { Group, Select, Switch, TextInput } from '@mantine/core';
import {
  descriptorsIn,
  parameterDescriptors,
} from '../../../../../shared/domain/parameter-descriptors';
import type { ExerciseParameters, Load } from '../../../../../shared/domain/parameters';
import { NumberField } from '../../../app/NumberField';
import { DescribedFields, withSetting } from './DescribedFields';
import type { ParameterEditorProps } from './fields';
import { useT, useUiLanguage } from '../../../app/i18n';

function LoadFields(props: {
  value: Load | undefined;
  onChange(value: Load | undefined): void;
  errors: Readonly<Record<string, string>>;
  size: 'xs' | 'sm';
}) {
  const { value, size } = props;
  const t = useT();
  const tables = descriptorsIn(useUiLanguage());
  const loadKg = tables.loadKg;
  const loadTypes = [
    { value: 'none', label: t('params:editor.loadNone') },
    { value: 'bodyweight', label: t('params:editor.loadBodyweight') },
    { value: 'kg', label: t('params:editor.loadKg') },
    { value: 'band', label: t('params:editor.loadBand') },
    { value: 'other', label: t('params:editor.loadOther') },
  ];
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
        label={tables.exercise.load.label}
        data={loadTypes}
        value={value?.type ?? 'none'}
        allowDeselect={false}
        onChange={setType}
      />
      {value?.type === 'kg' && (
        <NumberField
          size={size}
          label={loadKg.label}
          unit={loadKg.unit}
          min={loadKg.min}
          max={loadKg.max}
          decimals={loadKg.decimals}
          required
          value={value.kg}
          error={props.errors['load.kg']}
          onChange={(kg) => props.onChange({ type: 'kg', kg: kg ?? Number.NaN })}
        />
      )}
      {value?.type === 'band' && (
        <TextInput
          size={size}
          label={t('params:editor.bandColour')}
          value={value.colour}
          error={props.errors['load.colour']}
          onChange={(e) => props.onChange({ type: 'band', colour: e.currentTarget.value })}
        />
      )}
      {value?.type === 'other' && (
        <TextInput
          size={size}
          label={t('params:editor.loadDescription')}
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
  const t = useT();
  const language = useUiLanguage();
  return (
    <DescribedFields
      {...props}
      descriptors={parameterDescriptors('exercise', value, language)}
      composite={{
        pattern: (
          <Switch
            size={size}
            label={descriptorsIn(language).exercise.pattern.label}
            description={t('params:editor.walkRunHint')}
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
