// Small inputs the parameter editors share: an optional number with its unit, a side picker,
// and the props every editor takes.
import { NumberInput, Select } from '@mantine/core';
import type { Side } from '../../../../../shared/domain/parameters';

/** Messages by parameter path relative to the parameters object ("sets", "load.kg"). */
export type ParameterErrors = Readonly<Record<string, string>>;

export interface ParameterEditorProps<T> {
  value: T;
  onChange(value: T): void;
  errors?: ParameterErrors;
  /** Smaller inputs for tight places (the plan editor's dose form). */
  size?: 'xs' | 'sm';
}

/** Drops keys set to undefined, so cleared fields are left out rather than stored empty. */
export function withoutEmpty<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== ''),
  ) as T;
}

export function NumberField(props: {
  label: string;
  unit?: string;
  value: number | undefined;
  onChange(value: number | undefined): void;
  error?: string | undefined;
  decimals?: boolean;
  required?: boolean;
  min?: number;
  max?: number;
  size?: 'xs' | 'sm';
}) {
  return (
    <NumberInput
      size={props.size ?? 'sm'}
      label={props.unit ? `${props.label} (${props.unit})` : props.label}
      value={props.value ?? ''}
      allowDecimal={props.decimals ?? false}
      decimalScale={props.decimals ? 3 : 0}
      min={props.min}
      max={props.max}
      required={props.required}
      error={props.error}
      onChange={(value) => props.onChange(typeof value === 'number' ? value : undefined)}
    />
  );
}

const sideOptions = [
  { value: 'left', label: 'Left' },
  { value: 'right', label: 'Right' },
  { value: 'both', label: 'Both' },
  { value: 'affected', label: 'Sore side' },
];

export function SideField(props: {
  value: Side | undefined;
  onChange(value: Side | undefined): void;
  size?: 'xs' | 'sm';
}) {
  return (
    <Select
      size={props.size ?? 'sm'}
      label="Side"
      data={sideOptions}
      value={props.value ?? null}
      clearable
      onChange={(value) =>
        props.onChange(
          value === 'left' || value === 'right' || value === 'both' || value === 'affected'
            ? value
            : undefined,
        )
      }
    />
  );
}

/** Narrows a Select's string to one of the allowed values. */
export function oneOf<T extends string>(
  options: readonly T[],
  value: string | null,
): T | undefined {
  return options.find((option) => option === value);
}
