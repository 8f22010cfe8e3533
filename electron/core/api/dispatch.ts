// The one door into the core: validates input, calls the handler, validates output, and
// never lets an exception cross the boundary.
import { type z } from 'zod';
import { type Dispatch, type HandlerMap, api, isMethodName } from '../../../shared/api';
import type { MethodSpec } from '../../../shared/contract/define';
import type { ApiErrorData, Result } from '../../../shared/errors';
import type { Logger } from '../context';
import { AppError } from '../errors';

const MAX_ISSUES = 20;

export function validationError(
  error: z.ZodError,
  prefix = 'Some details need fixing',
): ApiErrorData {
  const issues = error.issues.slice(0, MAX_ISSUES).map((issue) => ({
    path: issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment)),
    message: issue.message,
  }));
  const first = issues[0];
  // The message is read by clinicians: the field path stays in `issues` for the form to place
  // each message at its field, never in the words ("(soap.subjective)").
  return {
    code: 'VALIDATION',
    message: first ? `${prefix}: ${first.message}` : prefix,
    issues,
  };
}

/** The answer when something unexpected fails: the clinician learns nothing was changed. */
export const INTERNAL_ERROR: ApiErrorData = {
  code: 'INTERNAL',
  message:
    'Something went wrong inside Physioplan. Nothing was changed. The details are in the log.',
};

/**
 * Validates the input, runs the handler, validates its output. An AppError becomes its error
 * result; anything else is logged and answered with INTERNAL_ERROR. Never throws.
 */
export async function runMethod(
  method: string,
  spec: MethodSpec,
  input: unknown,
  run: (args: unknown) => unknown,
  log: Logger,
): Promise<Result<unknown>> {
  const parsed = spec.input.safeParse(input);
  if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
  try {
    const value: unknown = await run(parsed.data);
    const checked = spec.output.safeParse(value);
    if (!checked.success) {
      log.error(`Output of ${method} does not match its schema`, checked.error.issues);
      return { ok: false, error: INTERNAL_ERROR };
    }
    return { ok: true, value: checked.data };
  } catch (error) {
    if (error instanceof AppError) {
      return {
        ok: false,
        error: {
          code: error.code,
          message: error.message,
          ...(error.issues ? { issues: error.issues } : {}),
        },
      };
    }
    log.error(`Unexpected failure in ${method}`, error);
    return { ok: false, error: INTERNAL_ERROR };
  }
}

export function createDispatcher(handlers: HandlerMap, log: Logger): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) {
      const name = typeof method === 'string' ? method.slice(0, 80) : typeof method;
      return { ok: false, error: { code: 'VALIDATION', message: `Unknown API method "${name}".` } };
    }
    const handler = handlers[method] as (args: unknown) => unknown;
    return runMethod(method, api[method], input, handler, log);
  };
}
