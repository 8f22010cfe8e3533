// Contract methods for clinic settings and stored images.
import type { settingsMethods } from '../../../shared/contract/settings';
import type { HandlerMap } from '../api/dispatch';
import type { CoreContext } from '../context';
import { schemaVersionOf } from '../db/migrate';
import { loadImage } from '../images/image-store';
import { getSettings, removeLogo, setLogo, updateSettings } from './settings-service';
import type { HostInfo } from '../host-info';

export function settingsHandlers(
  ctx: CoreContext,
  host: HostInfo,
): Pick<HandlerMap, keyof typeof settingsMethods> {
  return {
    'settings.get': () => getSettings(ctx),
    'settings.update': (details) => updateSettings(ctx, details),
    'settings.setLogo': (upload) => setLogo(ctx, upload),
    'settings.removeLogo': () => removeLogo(ctx),
    'images.get': ({ sha256 }) => {
      const image = loadImage(ctx.db, sha256);
      return { mimeType: image.mimeType, dataBase64: image.data.toString('base64') };
    },
    'app.info': () => ({
      version: host.appVersion,
      schemaVersion: schemaVersionOf(ctx.db),
      dataDir: ctx.dataDir,
      host: host.kind,
    }),
  };
}
