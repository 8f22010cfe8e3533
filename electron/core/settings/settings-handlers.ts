// Contract methods for clinic settings.
import type { settingsMethods } from '../../../shared/contract/settings';
import type { HandlerMap } from '../../../shared/api';
import type { CoreContext } from '../context';
import { getSettings, removeLogo, setLogo, updateSettings } from './settings-service';

export function settingsHandlers(ctx: CoreContext): Pick<HandlerMap, keyof typeof settingsMethods> {
  return {
    'settings.get': () => getSettings(ctx),
    'settings.update': (details) => updateSettings(ctx, details),
    'settings.setLogo': (upload) => setLogo(ctx, upload),
    'settings.removeLogo': () => removeLogo(ctx),
  };
}
