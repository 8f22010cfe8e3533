// The core's dispatcher while the clinic database cannot be used: the recovery pair answers,
// every other method is refused with the reason (before its input is even looked at).
import { api, isMethodName, type MethodName } from '../../../shared/api';
import type { ApiErrorData } from '../../../shared/errors';
import { createDispatcher, type Dispatch, type HandlerMap } from '../api/dispatch';
import type { Logger } from '../context';
import type { CoreControl } from '../core-control';
import type { StartupProblem } from '../db/open-checked';
import { AppError } from '../errors';
import { openAccessHandlers } from '../access/access-handlers';
import { recoveryHandlers } from './recovery-handlers';

export function recoveryRefusal(problem: StartupProblem): ApiErrorData {
  return {
    code: problem.reason === 'newer-version' ? 'CONFLICT' : 'IO',
    message: `${problem.message} Physioplan is in recovery mode until a backup is restored.`,
  };
}

export function recoveryDispatcher(
  problem: StartupProblem,
  control: CoreControl,
  log: Logger,
): Dispatch {
  const refusal = recoveryRefusal(problem);
  const refuse = (): never => {
    throw new AppError(refusal.code, refusal.message);
  };
  const refusing = {} as Record<MethodName, () => never>;
  for (const name of Object.keys(api)) if (isMethodName(name)) refusing[name] = refuse;
  const handlers: HandlerMap = {
    ...refusing,
    ...openAccessHandlers(control.access),
    ...recoveryHandlers(control),
  };
  return createDispatcher(handlers, log);
}
