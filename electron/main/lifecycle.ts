// The Electron host's life: one instance per data folder, guards on before anything loads,
// the core opened on the data folder, one IPC channel, one main window.
import fs from 'node:fs';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  powerMonitor,
  protocol,
  safeStorage,
  session,
  shell,
} from 'electron';
import { LOCKED_CHANNEL } from '../../shared/bridge';
import { openCore, type AppCore } from '../core/app-core';
import { consoleLogger, type Logger } from '../core/context';
import { defaultDataDir } from '../core/data-dir';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { createHostHandlers } from './host-dialogs';
import { createInvokeListener, registerInvokeChannel } from './ipc';
import { safeStorageKeyStore } from './key-store';
import { savedDocumentFrom } from './saved-document';
import { appMenuTemplate } from './menu';
import {
  APP_START_URL,
  guardWebContents,
  isAppUrl,
  secureSession,
  type GuardDeps,
} from './security';
import { createMainWindow, devServerUrl } from './window';

export const APP_NAME = 'Physioplan';
/** Electron's own files (cache, local storage, window state) live apart from the clinic data. */
export const PROFILE_FOLDER = 'electron-profile';

export interface StartOptions {
  /** Folder of the built main bundle (out/main); preload and renderer sit beside it. */
  mainDir: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  log?: Logger;
}

export interface RunningApp {
  /** False when another instance already runs on this data folder (this one quits). */
  readonly primary: boolean;
  readonly dataDir: string;
  /** Settles once the window is open, or the start-up failed and the app is quitting. */
  readonly ready: Promise<void>;
}

/**
 * better-sqlite3 compiled for Electron's ABI. `npm start` builds it beside the Node build
 * (see electron/tools/electron-sqlite.ts) and passes its path; a packaged app has the
 * Electron build in the usual place, so the variable is ignored there.
 */
export function sqliteBindingFromEnv(
  env: NodeJS.ProcessEnv,
  isPackaged: boolean,
): string | undefined {
  const file = env['PHYSIOPLAN_SQLITE_BINDING'];
  if (isPackaged || file === undefined || file === '' || !fs.existsSync(file)) return undefined;
  return file;
}

export function startApp(options: StartOptions): RunningApp {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const log = options.log ?? consoleLogger;

  // The same data folder as the browser host, so a clinic that switches host keeps its records.
  const dataDir = defaultDataDir(env, platform);
  app.setName(APP_NAME);
  app.setPath('userData', path.join(dataDir, PROFILE_FOLDER));
  app.enableSandbox();
  registerAppScheme(protocol);

  // The lock lives in the profile folder: one window per data folder, never two writers
  // racing on the same clinic database from two copies of the app.
  if (!app.requestSingleInstanceLock()) {
    log.info('Physioplan is already open on this data folder; bringing that window forward.');
    app.quit();
    return { primary: false, dataDir, ready: Promise.resolve() };
  }

  const devOrigin = devServerUrl(env, app.isPackaged);
  const guards: GuardDeps = {
    devServerOrigin: devOrigin,
    openExternal: (url) => shell.openExternal(url),
    log,
  };
  let core: AppCore | null = null;
  let mainWindow: BrowserWindow | null = null;

  const openWindow = (): BrowserWindow => {
    const window = createMainWindow({
      preloadPath: path.join(options.mainDir, '..', 'preload', 'index.cjs'),
      startUrl: devOrigin ?? APP_START_URL,
      profileDir: app.getPath('userData'),
      title: APP_NAME,
      log,
    });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    return window;
  };

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, guards));
  app.on('render-process-gone', (_event, _contents, details) =>
    log.error('The window process stopped', details),
  );
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) mainWindow = openWindow();
  });
  app.on('will-quit', () => {
    core?.close();
    core = null;
  });

  const ready = app
    .whenReady()
    .then(() => {
      secureSession(session.defaultSession, guards);
      serveAppProtocol(protocol, path.join(options.mainDir, '..', 'renderer'));
      try {
        core = openCore({
          dataDir,
          host: { kind: 'electron', appVersion: app.getVersion() },
          sqliteNativeBinding: sqliteBindingFromEnv(env, app.isPackaged),
          keyStore:
            safeStorageKeyStore(safeStorage, app.getPath('userData'), platform, log) ?? undefined,
        });
      } catch (error) {
        log.error('Could not open the clinic database', error);
        dialog.showErrorBox(
          'Physioplan could not open its data',
          `${error instanceof Error ? error.message : String(error)}\n\nData folder: ${dataDir}`,
        );
        app.exit(1);
        return;
      }
      registerInvokeChannel(
        ipcMain,
        createInvokeListener({
          dispatch: () => core?.dispatch ?? null,
          host: createHostHandlers({
            dialog,
            windowFor: (event) => BrowserWindow.fromWebContents(event.sender),
            documentsDir: () => app.getPath('documents'),
            savedDocument: savedDocumentFrom(() => core?.dispatch ?? null),
          }),
          isTrustedSenderUrl: (url) => isAppUrl(url, guards),
          log,
        }),
      );
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          appMenuTemplate(platform, {
            appName: APP_NAME,
            isDevelopment: devOrigin !== undefined,
            showDataFolder: () => {
              shell
                .openPath(dataDir)
                .catch((error: unknown) => log.error('Could not open the data folder', error));
            },
          }),
        ),
      );
      mainWindow = openWindow();
      lockWhenTheComputerDoes(
        () => core,
        () => mainWindow,
        log,
      );
      log.info(`Electron host started; data folder ${dataDir}`);
    })
    .catch((error: unknown) => {
      log.error('Physioplan could not start', error);
      app.exit(1);
    });

  return { primary: true, dataDir, ready };
}

/**
 * The OS locking the screen or the computer going to sleep locks Physioplan too: the core
 * ends the session and the window is told at once, so nothing of the record stays on screen.
 */
function lockWhenTheComputerDoes(
  core: () => AppCore | null,
  window: () => BrowserWindow | null,
  log: Logger,
): void {
  const lock = (reason: string) => {
    const running = core();
    if (!running || running.access.session === null) return;
    running.access.lock();
    window()?.webContents.send(LOCKED_CHANNEL);
    log.info(`Locked: ${reason}`);
  };
  powerMonitor.on('lock-screen', () => lock('the screen was locked'));
  powerMonitor.on('suspend', () => lock('the computer went to sleep'));
}
