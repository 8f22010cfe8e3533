// One input generated from a parameter descriptor: a number with its unit and range, a choice
// with its labels, or text. The library editors, the plan's dose form and the visit's treatment
// cards all draw their settings with it.
import { Select, TextInput, Textarea } from '@mantine/core';
import type {
  ChoiceDescriptor,
  DescribedParameter,
  TextDescriptor,
} from '../../../../../shared/domain/parameter-descriptors';
import { NumberField } from '../../../app/NumberField';

export interface DescribedFieldProps {
  described: DescribedParameter;
  value: unknown;
  /** undefined when cleared. */
  onChange(value: unknown): void;
  error?: string | undefined;
  size?: 'xs' | 'sm';
  /** The accessible name when several cards show the same labels ("Shockwave: Pulses"). */
  name?: string;
  /** Units inside the input, for compact cards. */
  unitInside?: boolean;
}

function ChoiceField(props: DescribedFieldProps & { d: ChoiceDescriptor }) {
  const { d, value } = props;
  const selected = d.options.find((o) => o.value === value);
  return (
    <Select
      size={props.size ?? 'sm'}
      label={d.label}
      aria-label={props.name}
      description={d.hint}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      data={d.options.map((o) => ({ value: String(o.value), label: o.label }))}
      value={selected === undefined ? null : String(selected.value)}
      clearable={d.optional}
      allowDeselect={d.optional}
      error={props.error}
      onChange={(next) => props.onChange(d.options.find((o) => String(o.value) === next)?.value)}
    />
  );
}

function TextField(props: DescribedFieldProps & { d: TextDescriptor }) {
  const { d } = props;
  const common = {
    size: props.size ?? 'sm',
    label: d.unit ? `${d.label} (${d.unit})` : d.label,
    'aria-label': props.name,
    description: d.hint,
    inputWrapperOrder: ['label', 'input', 'description', 'error'] as (
      'label' | 'input' | 'description' | 'error'
    )[],
    placeholder: d.placeholder,
    value: typeof props.value === 'string' ? props.value : '',
    error: props.error,
  };
  // An optional text cleared is left out; a required one stays "" so the check can name it.
  const emit = (text: string) => props.onChange(text === '' && d.optional ? undefined : text);
  return d.multiline ? (
    <Textarea
      {...common}
      autosize
      minRows={1}
      style={{ gridColumn: '1 / -1' }}
      onChange={(e) => emit(e.currentTarget.value)}
    />
  ) : (
    <TextInput {...common} onChange={(e) => emit(e.currentTarget.value)} />
  );
}

export function DescribedField(props: DescribedFieldProps) {
  const d = props.described[1];
  switch (d.type) {
    case 'number':
      return (
        <NumberField
          size={props.size ?? 'sm'}
          label={d.label}
          aria-label={props.name}
          unit={d.unit}
          unitInside={props.unitInside ?? false}
          description={d.hint}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          min={d.min}
          max={d.max}
          decimals={d.decimals}
          required={!d.optional}
          value={typeof props.value === 'number' ? props.value : undefined}
          error={props.error}
          onChange={props.onChange}
        />
      );
    case 'choice':
      return <ChoiceField {...props} d={d} />;
    case 'text':
      return <TextField {...props} d={d} />;
    case 'composite':
      // Composite parameters (a load, findings) have editors of their own.
      return null;
    default: {
      const unreachable: never = d;
      return unreachable;
    }
  }
}
