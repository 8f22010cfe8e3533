// The main window: locked-down web preferences, remembered bounds, and the renderer loaded
// from app:// (or from the Vite dev server during development).
import path from 'node:path';
import { BrowserWindow, screen } from 'electron';
import type { Logger } from '../core/context';
import {
  fitOntoDisplays,
  loadWindowState,
  MIN_HEIGHT,
  MIN_WIDTH,
  trackWindowState,
  WINDOW_STATE_FILE,
} from './window-state';

export interface MainWindowOptions {
  preloadPath: string;
  startUrl: string;
  /** Folder for window-state.json (the Electron profile folder). */
  profileDir: string;
  title: string;
  log: Logger;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const stateFile = path.join(options.profileDir, WINDOW_STATE_FILE);
  const state = loadWindowState(stateFile);
  const bounds = fitOntoDisplays(
    state,
    // Primary first: fitOntoDisplays sizes a window without a home against the first area.
    [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...bounds,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: options.title,
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    // Written out here, not built by a helper, so the electronegativity scan can read them:
    // the renderer gets no Node, runs sandboxed and isolated, and reaches only the bridge.
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (state.maximized) window.maximize();
  trackWindowState(window, stateFile);
  // Showing only once painted avoids a white flash and a half-drawn first frame.
  window.once('ready-to-show', () => window.show());
  window
    .loadURL(options.startUrl)
    .catch((error: unknown) => options.log.error('Could not load the app window', error));
  return window;
}

/**
 * The dev server URL electron-vite passes in development, accepted only when it points at
 * this machine: a remote page must never get the preload bridge.
 */
export function devServerUrl(env: NodeJS.ProcessEnv, isPackaged: boolean): string | undefined {
  const raw = env['ELECTRON_RENDERER_URL'];
  if (isPackaged || raw === undefined || raw === '') return undefined;
  try {
    const url = new URL(raw);
    const loopback =
      url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
    return url.protocol === 'http:' && loopback ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
