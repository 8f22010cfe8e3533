// Modality sessions: the device, then its settings with units (ultrasound, shockwave,
// radiofrequency, laser, TENS, ice, heat, or another device with named settings).
import { ActionIcon, Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { defaultModalitySettings } from '../../../../../shared/domain/library-defaults';
import type { ModalityDevice, ModalityParameters } from '../../../../../shared/domain/parameters';
import { NumberField, oneOf, type ParameterEditorProps } from './fields';

export const modalityDeviceLabels: Record<ModalityDevice, string> = {
  ultrasound: 'Therapeutic ultrasound',
  shockwave: 'Shockwave',
  radiofrequency: 'Radiofrequency (capacitive–resistive)',
  laser: 'Laser',
  tens: 'TENS',
  ice: 'Ice',
  heat: 'Heat',
  other: 'Other device',
};
const devices = Object.keys(modalityDeviceLabels) as ModalityDevice[];

type Props = ParameterEditorProps<ModalityParameters>;

/** A numeric setting: cleared values are left out so the check on saving names the field. */
function Setting<T extends ModalityParameters>(props: {
  value: T;
  field: keyof T & string;
  label: string;
  unit?: string;
  decimals?: boolean;
  onChange(value: ModalityParameters): void;
  errors: Record<string, string>;
  size: 'xs' | 'sm';
}) {
  const current = props.value[props.field];
  return (
    <NumberField
      size={props.size}
      label={props.label}
      {...(props.unit ? { unit: props.unit } : {})}
      decimals={props.decimals ?? false}
      value={typeof current === 'number' ? current : undefined}
      error={props.errors[props.field]}
      onChange={(n) => props.onChange({ ...props.value, [props.field]: n } as ModalityParameters)}
    />
  );
}

function DeviceSettings({ value, onChange, errors = {}, size = 'sm' }: Props) {
  const common = { onChange, errors, size };
  switch (value.device) {
    case 'ultrasound':
      return (
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
          <Select
            size={size}
            label="Frequency"
            description="1 MHz deeper, 3 MHz superficial"
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            data={[
              { value: '1', label: '1 MHz' },
              { value: '3', label: '3 MHz' },
            ]}
            value={String(value.frequencyMHz)}
            allowDeselect={false}
            onChange={(f) => onChange({ ...value, frequencyMHz: f === '1' ? 1 : 3 })}
          />
          <Setting
            {...common}
            value={value}
            field="intensityWPerCm2"
            label="Intensity"
            unit="W/cm²"
            decimals
          />
          <Setting {...common} value={value} field="dutyCyclePercent" label="Duty cycle" unit="%" />
          <Setting {...common} value={value} field="minutes" label="Time" unit="min" />
        </SimpleGrid>
      );
    case 'shockwave':
      return (
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
          <Select
            size={size}
            label="Type"
            data={[
              { value: 'radial', label: 'Radial (set by pressure)' },
              { value: 'focused', label: 'Focused (set by energy)' },
            ]}
            value={value.type}
            allowDeselect={false}
            onChange={(t) => onChange({ ...value, type: t === 'focused' ? 'focused' : 'radial' })}
          />
          {value.type === 'radial' ? (
            <Setting
              {...common}
              value={value}
              field="pressureBar"
              label="Pressure"
              unit="bar"
              decimals
            />
          ) : (
            <Setting
              {...common}
              value={value}
              field="energyFluxDensityMjPerMm2"
              label="Energy flux density"
              unit="mJ/mm²"
              decimals
            />
          )}
          <Setting {...common} value={value} field="pulses" label="Pulses" />
          <Setting
            {...common}
            value={value}
            field="frequencyHz"
            label="Frequency"
            unit="Hz"
            decimals
          />
          <Setting {...common} value={value} field="sessionsPlanned" label="Sessions planned" />
        </SimpleGrid>
      );
    case 'radiofrequency':
      return (
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
          <Select
            size={size}
            label="Mode"
            data={[
              { value: 'capacitive', label: 'Capacitive' },
              { value: 'resistive', label: 'Resistive' },
            ]}
            value={value.mode}
            allowDeselect={false}
            onChange={(m) =>
              onChange({ ...value, mode: m === 'resistive' ? 'resistive' : 'capacitive' })
            }
          />
          <Setting
            {...common}
            value={value}
            field="frequencyKHz"
            label="Frequency"
            unit="kHz"
            decimals
          />
          <Setting {...common} value={value} field="powerPercent" label="Power" unit="%" />
          <Select
            size={size}
            label="Dose"
            data={[
              { value: 'athermal', label: 'Athermal' },
              { value: 'mild_thermal', label: 'Mild thermal' },
              { value: 'thermal', label: 'Thermal' },
            ]}
            value={value.dose}
            allowDeselect={false}
            onChange={(d) =>
              onChange({
                ...value,
                dose: oneOf(['athermal', 'mild_thermal', 'thermal'], d) ?? 'athermal',
              })
            }
          />
          <Setting {...common} value={value} field="minutes" label="Time" unit="min" />
        </SimpleGrid>
      );
    case 'laser':
      return (
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
          <Setting {...common} value={value} field="wavelengthNm" label="Wavelength" unit="nm" />
          <Setting {...common} value={value} field="powerMw" label="Power" unit="mW" decimals />
          <Setting
            {...common}
            value={value}
            field="doseJPerCm2"
            label="Dose"
            unit="J/cm²"
            decimals
          />
          <Setting {...common} value={value} field="minutes" label="Time" unit="min" decimals />
        </SimpleGrid>
      );
    case 'tens':
      return (
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
          <Setting {...common} value={value} field="frequencyHz" label="Frequency" unit="Hz" />
          <Setting {...common} value={value} field="pulseWidthUs" label="Pulse width" unit="µs" />
          <Setting {...common} value={value} field="minutes" label="Time" unit="min" />
        </SimpleGrid>
      );
    case 'ice':
    case 'heat':
      return (
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
          <Setting {...common} value={value} field="minutes" label="Time" unit="min" />
        </SimpleGrid>
      );
    case 'other':
      return <OtherDevice value={value} onChange={onChange} errors={errors} size={size} />;
    default: {
      const unreachable: never = value;
      return unreachable;
    }
  }
}

function OtherDevice({
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
  const setSetting = (index: number, patch: Partial<(typeof value.settings)[number]>) =>
    onChange({
      ...value,
      settings: value.settings.map((s, i) => (i === index ? { ...s, ...patch } : s)),
    });
  return (
    <Stack gap="xs">
      <TextInput
        size={size}
        label="Device name"
        value={value.name}
        error={errors['name']}
        onChange={(e) => onChange({ ...value, name: e.currentTarget.value })}
      />
      {value.settings.map((setting, index) => (
        <Group key={index} gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            size={size}
            label={`Setting ${index + 1}`}
            value={setting.label}
            error={errors[`settings.${index}.label`]}
            onChange={(e) => setSetting(index, { label: e.currentTarget.value })}
          />
          <NumberField
            size={size}
            label="Value"
            decimals
            value={setting.value}
            error={errors[`settings.${index}.value`]}
            onChange={(n) => setSetting(index, { value: n ?? 0 })}
          />
          <TextInput
            size={size}
            label="Unit"
            w={90}
            value={setting.unit}
            onChange={(e) => setSetting(index, { unit: e.currentTarget.value })}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`Remove setting ${index + 1}`}
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
        Add a setting
      </Button>
    </Stack>
  );
}

export function ModalityParametersEditor(props: Props) {
  const { value, onChange, size = 'sm' } = props;
  return (
    <Stack gap="xs">
      <Select
        size={size}
        label="Device"
        data={devices.map((d) => ({ value: d, label: modalityDeviceLabels[d] }))}
        value={value.device}
        allowDeselect={false}
        onChange={(device) => {
          const next = oneOf(devices, device);
          if (next && next !== value.device) onChange(defaultModalitySettings(next));
        }}
      />
      <DeviceSettings {...props} />
    </Stack>
  );
}
