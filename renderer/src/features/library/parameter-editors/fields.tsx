// What every parameter editor takes, and the small helper they share.

/** Messages by parameter path relative to the parameters object ("sets", "load.kg"). */
export type ParameterErrors = Readonly<Record<string, string>>;

export interface ParameterEditorProps<T> {
  value: T;
  onChange(value: T): void;
  errors?: ParameterErrors;
  /** Smaller inputs for tight places (the plan editor's dose form). */
  size?: 'xs' | 'sm';
}

/** Narrows a Select's string to one of the allowed values. */
export function oneOf<T extends string>(
  options: readonly T[],
  value: string | null,
): T | undefined {
  return options.find((option) => option === value);
}
