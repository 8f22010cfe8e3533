// Characters a name must not hide: control characters (NUL, line breaks, escapes) and the
// invisible marks that reorder text (bidi overrides such as U+202E), which can make a printed
// name read differently from the stored one.
import { z } from 'zod';

// U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069: the bidi controls.
const HIDDEN = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

export function hasHiddenCharacters(text: string): boolean {
  return HIDDEN.test(text);
}

/** A single-line name field: trimmed, at most `max` characters, no hidden characters. */
export function nameText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, { message: `${label} is too long: keep it to ${max} characters.` })
    .refine((value) => !hasHiddenCharacters(value), {
      message: `${label} contains a hidden control or text-direction character. Type it again without copying it from elsewhere.`,
    });
}
