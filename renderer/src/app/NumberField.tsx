// The one number input of the app: keeps what the clinician types ("2.", "1,8", "-") while the
// form gets the number it means, and says at once what is wrong with a value instead of
// silently changing it (a minus sign where none is allowed is refused, not dropped).
import { TextInput, type TextInputProps } from '@mantine/core';
import { useState } from 'react';
import { useUiLanguage } from './i18n';
import { formatForInput, readNumber, type NumberRules } from './parse-number';

export interface NumberFieldProps extends Omit<
  TextInputProps,
  'value' | 'onChange' | 'error' | 'label' | 'min' | 'max'
> {
  label: string;
  /** Shown after the label ("Pressure (bar)") and used in messages ("at least 0.5 bar"). */
  unit?: string | undefined;
  value: number | undefined;
  /** undefined when cleared or half-typed; NaN when what is typed is not a usable number. */
  onChange(value: number | undefined): void;
  /** A message from the form's check; the field's own reading of the text comes first. */
  error?: string | undefined;
  min?: number | undefined;
  max?: number | undefined;
  /** Decimal places allowed; 0 (the default) is whole numbers only. */
  decimals?: number | undefined;
  /** The unit inside the input on the right instead of in the label (compact visit cards). */
  unitInside?: boolean;
}

const sameNumber = (a: number | undefined, b: number | undefined) =>
  a === b || (a !== undefined && b !== undefined && Number.isNaN(a) && Number.isNaN(b));

export function NumberField({
  label,
  unit,
  value,
  onChange,
  error,
  min,
  max,
  decimals = 0,
  unitInside = false,
  onBlur,
  ...rest
}: NumberFieldProps) {
  const language = useUiLanguage();
  const rules: NumberRules = { label, unit, min, max, decimals };
  const [text, setText] = useState(() =>
    value === undefined ? '' : formatForInput(value, language),
  );
  // The number the text last stood for: a different value from outside replaces the text.
  const [reported, setReported] = useState<number | undefined>(value);
  const [touched, setTouched] = useState(false);
  if (!sameNumber(reported, value)) {
    setReported(value);
    setText(value === undefined || Number.isNaN(value) ? '' : formatForInput(value, language));
  }
  const read = readNumber(text, rules, language);
  const own =
    read.state === 'invalid'
      ? read.problem
      : read.state === 'number' && touched
        ? read.problem
        : undefined;
  const change = (next: string) => {
    setText(next);
    const r = readNumber(next, rules, language);
    const number = r.state === 'number' ? r.value : r.state === 'invalid' ? Number.NaN : undefined;
    setReported(number);
    onChange(number);
  };
  return (
    <TextInput
      {...rest}
      label={unit && !unitInside ? `${label} (${unit})` : label}
      inputMode={decimals > 0 || (min !== undefined && min < 0) ? 'decimal' : 'numeric'}
      autoComplete="off"
      value={text}
      error={own ?? error}
      rightSection={unit && unitInside ? unit : undefined}
      rightSectionWidth={unit && unitInside ? 56 : undefined}
      onChange={(event) => change(event.currentTarget.value)}
      onBlur={(event) => {
        setTouched(true);
        onBlur?.(event);
      }}
    />
  );
}
