// Building blocks for the API contract: a method is a pair of zod schemas.
import type { z } from 'zod';

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
}

export function method<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
): MethodSpec<I, O> {
  return { input, output };
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;

/**
 * Joins the per-domain method maps into one contract. A method declared twice is a
 * programming error, so it fails loudly at start-up instead of silently shadowing.
 */
export function mergeContracts<T extends Record<string, MethodSpec>[]>(
  ...parts: T
): UnionToIntersection<T[number]> {
  const merged: Record<string, MethodSpec> = {};
  for (const part of parts) {
    for (const [name, spec] of Object.entries(part)) {
      if (name in merged) throw new Error(`API method "${name}" is declared twice`);
      merged[name] = spec;
    }
  }
  return merged as UnionToIntersection<T[number]>;
}
