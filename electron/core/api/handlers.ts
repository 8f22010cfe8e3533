// Every domain's handlers joined into one map; the type check fails if a contract method
// has no handler.
import { accessHandlers } from '../access/access-handlers';
import { appHandlers } from './app-handlers';
import { auditNamers } from './audit-namers';
import { auditHandlers } from '../audit/audit-handlers';
import { backupsHandlers } from '../backups/backups-handlers';
import type { CoreContext } from '../context';
import type { CoreControl } from '../core-control';
import type { HostInfo } from '../host-info';
import { imagesHandlers } from '../images/images-handlers';
import { libraryHandlers } from '../library/library-handlers';
import { patientsHandlers } from '../patients/patients-handlers';
import { pdfHandlers } from '../pdf/pdf-handlers';
import { plansHandlers } from '../plans/plans-handlers';
import { recoveryHandlers } from '../recovery/recovery-handlers';
import { settingsHandlers } from '../settings/settings-handlers';
import { visitsHandlers } from '../visits/visits-handlers';
import type { HandlerMap } from '../../../shared/api';

export function createHandlers(ctx: CoreContext, host: HostInfo, control: CoreControl): HandlerMap {
  return {
    ...settingsHandlers(ctx),
    ...imagesHandlers(ctx),
    ...appHandlers(ctx, host),
    ...libraryHandlers(ctx),
    ...patientsHandlers(ctx),
    ...plansHandlers(ctx),
    ...visitsHandlers(ctx),
    ...pdfHandlers(ctx),
    ...backupsHandlers(ctx, control),
    ...recoveryHandlers(control),
    ...auditHandlers(ctx, auditNamers(ctx)),
    ...accessHandlers(ctx, control.access, control.kdf),
  } satisfies HandlerMap;
}
