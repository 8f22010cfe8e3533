// What a parameter is: its label, unit, precision, range, choice labels and how its value reads
// in a dose line. Every consumer (library editors, visit treatment fields, PDF rows, dose text,
// treatment text and the zod schemas' ranges) is generated from these tables, so a label or a
// unit is written once, as a message key in the `params` namespace, and every table exists once
// per language (`descriptorsIn`), so each consumer reads the words of the language it prints in.
import { formatNumber as formatIn, type UiLanguage } from '../../i18n';
import type { Translate } from '../../i18n';

/** What a table is written with: the language's messages and its way of writing numbers. */
export interface Words {
  language: UiLanguage;
  t: Translate;
}

/** How a value attaches to the piece before it in a dose line. */
export type Joiner = ', ' | ' ' | ' — ';

interface Common {
  label: string;
  /** The language of the words, and of the numbers ("1,5 W/cm²" in Spanish). */
  language: UiLanguage;
  /** Left out of the item when cleared; otherwise the form asks for it. */
  optional: boolean;
  /** A line under the input ("1 MHz deeper, 3 MHz superficial"). */
  hint?: string;
  /** How the piece attaches in a dose line; ", " unless set. */
  joiner?: Joiner;
  /** Named in the item's title part instead of a piece of its own (shockwave type). */
  inName?: boolean;
  /** Asked only when this holds (pressure for radial shockwave); printed whenever set. */
  when?: (parameters: Readonly<Record<string, unknown>>) => boolean;
}

export interface NumberDescriptor extends Common {
  type: 'number';
  /** Written after the number with a space: "2.5 bar", "20 %". */
  unit?: string;
  min: number;
  max: number;
  /** Decimal places accepted; 0 is whole numbers only. */
  decimals: number;
  /** Written with at least one decimal ("1.0 W/cm²"), as device settings are. */
  oneDecimal?: boolean;
  /** How the value reads on its own, when not "number unit" ("pulsed 20 %"). */
  text?: (value: number) => string;
  /** How it reads in a dose line when the label is needed there ("power 40 %"). */
  inLine?: (text: string, value: number) => string;
  /** The compact form for lists and diffs, when the line's form is too wordy. */
  short?: (text: string, value: number) => string;
}

export interface ChoiceOption<V extends string | number> {
  value: V;
  /** In forms and printed rows: "Mildly thermal". */
  label: string;
  /** In a dose line when not the label with a lower-case first letter. */
  inLine?: string;
}

export interface ChoiceDescriptor<V extends string | number = string | number> extends Common {
  type: 'choice';
  options: readonly ChoiceOption<V>[];
}

export interface TextDescriptor extends Common {
  type: 'text';
  placeholder?: string;
  /** Several lines (a wear schedule) rather than a short entry. */
  multiline?: boolean;
  /** Written after the text: a tempo "3-2-3 s". */
  unit?: string;
  /** Clinician-only notes the dose line leaves out (the progression note). */
  notInLine?: boolean;
}

/** A parameter with parts of its own (a load: type plus kilograms, band colour or words). */
export interface CompositeDescriptor extends Common {
  type: 'composite';
}

export type ParameterDescriptor =
  NumberDescriptor | ChoiceDescriptor | TextDescriptor | CompositeDescriptor;

export const numberField = (
  w: Words,
  label: string,
  min: number,
  max: number,
  options: Omit<
    NumberDescriptor,
    'type' | 'label' | 'min' | 'max' | 'optional' | 'decimals' | 'language'
  > & {
    optional?: boolean;
    decimals?: number;
  } = {},
): NumberDescriptor => ({
  type: 'number',
  language: w.language,
  label,
  min,
  max,
  ...options,
  decimals: options.decimals ?? 0,
  optional: options.optional ?? false,
});

export const choiceField = <V extends string | number>(
  w: Words,
  label: string,
  options: readonly ChoiceOption<V>[],
  extra: Omit<ChoiceDescriptor<V>, 'type' | 'label' | 'options' | 'optional' | 'language'> & {
    optional?: boolean;
  } = {},
): ChoiceDescriptor<V> => ({
  type: 'choice',
  language: w.language,
  label,
  options,
  ...extra,
  optional: extra.optional ?? false,
});

export const textField = (
  w: Words,
  label: string,
  extra: Omit<TextDescriptor, 'type' | 'label' | 'optional' | 'language'> & {
    optional?: boolean;
  } = {},
): TextDescriptor => ({
  type: 'text',
  language: w.language,
  label,
  ...extra,
  optional: extra.optional ?? false,
});

/** Options from a label table, in the order of the value list. */
export function optionsOf<V extends string | number>(
  values: readonly V[],
  labels: Record<V, string | Omit<ChoiceOption<V>, 'value'>>,
): ChoiceOption<V>[] {
  return values.map((value) => {
    const entry = labels[value];
    if (typeof entry === 'string') return { value, label: entry };
    return entry.inLine === undefined
      ? { value, label: entry.label }
      : { value, label: entry.label, inLine: entry.inLine };
  });
}

/**
 * A value as the language writes it, float noise trimmed (0.30000000000000004 → "0.3"), no
 * thousands grouping (a device shows "2000 pulses"): "7.5" in English, "7,5" in Spanish.
 */
export function formatNumber(value: number, language: UiLanguage): string {
  return formatIn(value, language, { maxDecimals: 3, grouping: false });
}

/** At least one decimal: 1 → "1.0", 1.25 → "1.25" (how device settings are written). */
export function formatOneDecimal(value: number, language: UiLanguage): string {
  return formatIn(value, language, { minDecimals: 1, maxDecimals: 3, grouping: false });
}

/** "2.5 bar", "pulsed 20 %", "12": the value as a printed row or a form preview shows it. */
export function numberText(d: NumberDescriptor, value: number): string {
  if (d.text) return d.text(value);
  const n = d.oneDecimal ? formatOneDecimal(value, d.language) : formatNumber(value, d.language);
  return d.unit ? `${n} ${d.unit}` : n;
}

/** The label of a chosen value; the raw value only for data from outside the table. */
export function choiceText(d: ChoiceDescriptor, value: string | number): string {
  return d.options.find((o) => o.value === value)?.label ?? String(value);
}

/**
 * A label as it reads mid-line: "Mildly thermal" → "mildly thermal". German keeps its capitals
 * (nouns are capitalised there: "Fersenkissen").
 */
export function inLineCase(label: string, language: UiLanguage): string {
  return language === 'de' ? label : label.charAt(0).toLocaleLowerCase() + label.slice(1);
}

/** How a chosen value reads mid-line: "mildly thermal", "capacitive". */
export function choiceInLine(d: ChoiceDescriptor, value: string | number): string {
  const option = d.options.find((o) => o.value === value);
  if (!option) return String(value);
  return option.inLine ?? inLineCase(option.label, d.language);
}

export function textText(d: TextDescriptor, value: string): string {
  return d.unit ? `${value} ${d.unit}` : value;
}

/** The parameter's label with its unit, as forms show it: "Pressure (bar)". */
export function labelWithUnit(d: ParameterDescriptor): string {
  return (d.type === 'number' || d.type === 'text') && d.unit ? `${d.label} (${d.unit})` : d.label;
}
