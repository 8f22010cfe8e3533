// Reading one of our JSON content files against its schema: a file that is not JSON or does not
// match is reported in the clinician's log (first five issues) and skipped, never thrown.
import fs from 'node:fs';
import type { z } from 'zod';

export function readContentFile<S extends z.ZodType>(
  file: string,
  name: string,
  schema: S,
  problems: string[],
): z.infer<S> | null {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(
      `${name}: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
    return null;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    problems.push(`${name}: ${issues}`);
    return null;
  }
  return parsed.data;
}
