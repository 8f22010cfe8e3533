// Error shapes that cross the API boundary. Both hosts and the renderer speak these.
import { z } from 'zod';

/** LOCKED: nobody is signed in (or the idle lock came down); the renderer shows the lock screen. */
export const errorCodes = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'IO',
  'INTERNAL',
  /** A red flag waits for the clinician's decision: nothing may be issued or printed for home. */
  'RED_FLAG',
  'LOCKED',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const issueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type Issue = z.infer<typeof issueSchema>;

export const apiErrorDataSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  issues: z.array(issueSchema).optional(),
});
export type ApiErrorData = z.infer<typeof apiErrorDataSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };

/** Thrown by the renderer's client when the core answers `ok: false`. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues: Issue[];

  constructor(data: ApiErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.code = data.code;
    this.issues = data.issues ?? [];
  }

  /** The message for one form field, matched on the first path segment(s). */
  issueFor(...path: (string | number)[]): string | undefined {
    return this.issues.find((issue) => path.every((segment, i) => issue.path[i] === segment))
      ?.message;
  }
}
