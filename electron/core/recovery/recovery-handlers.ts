// The two methods the core answers in every mode: what state it is in, and restoring a backup.
import type { HandlerMap } from '../../../shared/api';
import type { recoveryMethods } from '../../../shared/contract/recovery';
import type { CoreControl } from '../core-control';

export function recoveryHandlers(
  control: CoreControl,
): Pick<HandlerMap, keyof typeof recoveryMethods> {
  return {
    'recovery.status': () => control.status(),
    'recovery.restoreBackup': async (ref) => {
      await control.restoreBackup(ref);
      return control.status();
    },
  };
}
