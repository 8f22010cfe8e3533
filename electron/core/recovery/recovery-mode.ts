// Why the core is in recovery mode, in the words every refused method answers with.
import type { ApiErrorData } from '../../../shared/errors';
import type { StartupProblem } from '../db/open-checked';

export function recoveryRefusal(problem: StartupProblem): ApiErrorData {
  return {
    code: problem.reason === 'newer-version' ? 'CONFLICT' : 'IO',
    message: `${problem.message} Physioplan is in recovery mode until a backup is restored.`,
  };
}
