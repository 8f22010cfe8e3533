// Modality sessions: the device, then its settings with units from the modality descriptor
// table (ultrasound, shockwave, radiofrequency, laser, TENS, ice, heat, or another device with
// named settings).
import { ActionIcon, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { defaultModalitySettings } from '../../../../../shared/domain/library-defaults';
import {
  descriptorsIn,
  modalityDevices,
  parameterDescriptors,
} from '../../../../../shared/domain/parameter-descriptors';
import type { ModalityParameters } from '../../../../../shared/domain/parameters';
import { NumberField } from '../../../app/NumberField';
import { DescribedFields } from './DescribedFields';
import { oneOf, type ParameterEditorProps } from './fields';
import { useT, useUiLanguage } from '../../../app/i18n';

type Props = ParameterEditorProps<ModalityParameters>;

function OtherSettings({
  value,
  onChange,
  errors,
  size,
}: {
  value: Extract<ModalityParameters, { device: 'other' }>;
  onChange(value: ModalityParameters): void;
  errors: Record<string, string>;
  size: 'xs' | 'sm';
}) {
  const t = useT();
  const valueField = descriptorsIn(useUiLanguage()).otherSettingValue;
  const setSetting = (index: number, patch: Partial<(typeof value.settings)[number]>) =>
    onChange({
      ...value,
      settings: value.settings.map((s, i) => (i === index ? { ...s, ...patch } : s)),
    });
  return (
    <Stack gap="xs">
      {value.settings.map((setting, index) => (
        <Group key={index} gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            size={size}
            label={t('params:editor.setting', { number: index + 1 })}
            value={setting.label}
            error={errors[`settings.${index}.label`]}
            onChange={(e) => setSetting(index, { label: e.currentTarget.value })}
          />
          <NumberField
            size={size}
            label={valueField.label}
            decimals={valueField.decimals}
            value={setting.value}
            error={errors[`settings.${index}.value`]}
            onChange={(n) => setSetting(index, { value: n ?? Number.NaN })}
          />
          <TextInput
            size={size}
            label={t('params:editor.unit')}
            w={90}
            value={setting.unit}
            onChange={(e) => setSetting(index, { unit: e.currentTarget.value })}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('params:editor.removeSetting', { number: index + 1 })}
            onClick={() =>
              onChange({ ...value, settings: value.settings.filter((_, i) => i !== index) })
            }
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Button
        size="xs"
        variant="light"
        leftSection={<IconPlus size={14} />}
        w="fit-content"
        onClick={() =>
          onChange({ ...value, settings: [...value.settings, { label: '', value: 0, unit: '' }] })
        }
      >
        {t('params:editor.addSetting')}
      </Button>
    </Stack>
  );
}

export function ModalityParametersEditor(props: Props) {
  const { value, onChange, errors = {}, size = 'sm' } = props;
  const t = useT();
  const language = useUiLanguage();
  const devices = descriptorsIn(language).modality;
  return (
    <Stack gap="xs">
      <Select
        size={size}
        label={t('params:editor.device')}
        data={modalityDevices.map((d) => ({ value: d, label: devices[d].label }))}
        value={value.device}
        allowDeselect={false}
        onChange={(device) => {
          const next = oneOf(modalityDevices, device);
          if (next && next !== value.device) onChange(defaultModalitySettings(next));
        }}
      />
      <DescribedFields
        {...props}
        descriptors={parameterDescriptors('modality', value, language)}
        composite={{
          settings:
            value.device === 'other' ? (
              <OtherSettings value={value} onChange={onChange} errors={errors} size={size} />
            ) : null,
        }}
      />
    </Stack>
  );
}
