// Every domain's handlers joined into one map; the type check fails if a contract method
// has no handler.
import { auditHandlers } from '../audit/audit-handlers';
import { backupsHandlers } from '../backups/backups-handlers';
import type { CoreContext } from '../context';
import type { CoreControl } from '../core-control';
import type { HostInfo } from '../host-info';
import { settingsHandlers } from '../settings/settings-handlers';
import type { HandlerMap } from './dispatch';

export function createHandlers(ctx: CoreContext, host: HostInfo, control: CoreControl): HandlerMap {
  return {
    ...settingsHandlers(ctx, host),
    ...backupsHandlers(ctx, control),
    ...auditHandlers(ctx),
  } satisfies HandlerMap;
}
