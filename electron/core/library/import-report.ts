// Building the report every library import returns: what was added, updated or skipped, and
// each error with the item's position, title and field.
import type { z } from 'zod';
import type { ImportError, ImportReport } from '../../../shared/domain/library-pack';

const MAX_LISTED_ERRORS = 50;

/** "parameters.sets", "images[0]", "instructions[3]". */
export function fieldName(path: readonly PropertyKey[]): string | null {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? String(segment) : `.${String(segment)}`;
  }
  return text === '' ? null : text;
}

export class ImportErrors {
  readonly listed: ImportError[] = [];
  more = 0;

  add(error: ImportError): void {
    if (this.listed.length < MAX_LISTED_ERRORS) this.listed.push(error);
    else this.more += 1;
  }

  get count(): number {
    return this.listed.length + this.more;
  }

  /** Zod issues about one item, with paths relative to that item. */
  addIssues(
    itemIndex: number | null,
    itemTitle: string | null,
    issues: readonly z.core.$ZodIssue[],
  ) {
    for (const issue of issues) {
      const field = fieldName(issue.path);
      this.add({ itemIndex, itemTitle, field, message: describe(issue) });
    }
  }
}

function describe(issue: z.core.$ZodIssue): string {
  // Zod's default for a missing field ("expected string, received undefined") reads badly.
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
    return `This field is missing (expected ${issue.expected}).`;
  }
  return issue.message;
}

/** The title of a raw (unvalidated) item, for error messages. */
export function rawTitle(raw: unknown, key = 'title'): string | null {
  if (raw !== null && typeof raw === 'object' && key in raw) {
    const value = (raw as Record<string, unknown>)[key];
    if (typeof value === 'string') return value.slice(0, 160);
  }
  return null;
}

export function failedReport(source: string, errors: ImportErrors): ImportReport {
  return {
    source,
    applied: false,
    added: 0,
    updated: 0,
    skipped: 0,
    imagesStored: 0,
    items: [],
    errors: errors.listed,
    moreErrors: errors.more,
  };
}

export function fileError(source: string, message: string): ImportReport {
  const errors = new ImportErrors();
  errors.add({ itemIndex: null, itemTitle: null, field: null, message });
  return failedReport(source, errors);
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
