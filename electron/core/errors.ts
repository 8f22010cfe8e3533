// Known failures carry a code the renderer can act on; anything else is INTERNAL.
import type { ErrorCode, Issue } from '../../shared/errors';

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: Issue[] | undefined;

  constructor(code: ErrorCode, message: string, issues?: Issue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }
}

/** A validation failure about one field, shown next to that field in the form. */
export function fieldError(path: (string | number)[], message: string): AppError {
  return new AppError('VALIDATION', message, [{ path, message }]);
}

export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `${what} was not found. It may have been archived or removed.`);
}
