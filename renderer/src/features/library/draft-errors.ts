// Field messages for the item editor, from the zod check in the browser or the core's answer.
import type { z } from 'zod';
import type { Issue } from '../../../../shared/errors';

/** Messages keyed by dotted path ("title", "instructions.2", "parameters.load.kg"). */
export type DraftErrors = Record<string, string>;

export function errorsFromIssues(
  issues: readonly Issue[],
  strip: string | null = null,
): DraftErrors {
  const errors: DraftErrors = {};
  for (const issue of issues) {
    const path = strip !== null && issue.path[0] === strip ? issue.path.slice(1) : issue.path;
    const key = path.join('.');
    errors[key] ??= issue.message;
  }
  return errors;
}

export function errorsFromZod(error: z.ZodError): DraftErrors {
  return errorsFromIssues(
    error.issues.map((issue) => ({
      path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
      message: issue.message,
    })),
  );
}

/** The messages under one prefix, with the prefix removed ("parameters.sets" → "sets"). */
export function errorsUnder(errors: DraftErrors, prefix: string): DraftErrors {
  const under: DraftErrors = {};
  for (const [key, message] of Object.entries(errors)) {
    if (key === prefix) under[''] = message;
    else if (key.startsWith(`${prefix}.`)) under[key.slice(prefix.length + 1)] = message;
  }
  return under;
}
