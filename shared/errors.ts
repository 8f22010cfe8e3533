// Error shapes that cross the API boundary. Both hosts and the renderer speak these. Written
// as plain types with a hand-made check rather than zod schemas: the renderer's first screen
// reads errors, and loading the schema library for that alone would slow every start.

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

export interface Issue {
  path: (string | number)[];
  message: string;
}

export interface ApiErrorData {
  code: ErrorCode;
  message: string;
  issues?: Issue[];
}

function isIssue(value: unknown): value is Issue {
  if (typeof value !== 'object' || value === null) return false;
  const { path, message } = value as Record<string, unknown>;
  return (
    typeof message === 'string' &&
    Array.isArray(path) &&
    path.every((segment) => typeof segment === 'string' || typeof segment === 'number')
  );
}

/** The error an answer carries, if it has the shape the hosts send (else null). */
export function readApiErrorData(value: unknown): ApiErrorData | null {
  if (typeof value !== 'object' || value === null) return null;
  const { code, message, issues } = value as Record<string, unknown>;
  if (!(errorCodes as readonly unknown[]).includes(code) || typeof message !== 'string') {
    return null;
  }
  if (issues === undefined) return { code: code as ErrorCode, message };
  if (!Array.isArray(issues) || !issues.every(isIssue)) return null;
  return {
    code: code as ErrorCode,
    message,
    issues: issues.map(({ path, message: m }) => ({ path: [...path], message: m })),
  };
}

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
