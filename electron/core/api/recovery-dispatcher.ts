// The core's dispatcher while the clinic database cannot be used: the recovery pair answers,
// every other method is refused with the reason (before its input is even looked at).
import {
  api,
  isMethodName,
  type Dispatch,
  type HandlerMap,
  type MethodName,
} from '../../../shared/api';
import { openAccessHandlers } from '../access/access-handlers';
import type { Logger } from '../context';
import type { CoreControl } from '../core-control';
import type { StartupProblem } from '../db/open-checked';
import { AppError } from '../errors';
import { recoveryHandlers } from '../recovery/recovery-handlers';
import { recoveryRefusal } from '../recovery/recovery-mode';
import { createDispatcher } from './dispatch';

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
