// Contract method naming the running app: version, schema version, data folder and host.
import type { HandlerMap } from '../../../shared/api';
import type { appMethods } from '../../../shared/contract/app';
import type { CoreContext } from '../context';
import { schemaVersionOf } from '../db/migrate';
import type { HostInfo } from '../host-info';

export function appHandlers(
  ctx: CoreContext,
  host: HostInfo,
): Pick<HandlerMap, keyof typeof appMethods> {
  return {
    'app.info': () => ({
      version: host.appVersion,
      schemaVersion: schemaVersionOf(ctx.db),
      dataDir: ctx.dataDir,
      host: host.kind,
    }),
  };
}
