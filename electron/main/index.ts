// Electron main process: one window, the core behind a single IPC channel.
import path from 'node:path';
import { app, BrowserWindow, ipcMain } from 'electron';
import { openCore, type AppCore } from '../core/app-core';

let core: AppCore | undefined;

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    show: false,
    webPreferences: {
      preload: path.join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  const devUrl = process.env['ELECTRON_RENDERER_URL'];
  if (devUrl) void window.loadURL(devUrl);
  else void window.loadFile(path.join(import.meta.dirname, '../renderer/index.html'));
}

void app.whenReady().then(() => {
  core = openCore({
    dataDir: app.getPath('userData'),
    host: { kind: 'electron', appVersion: app.getVersion() },
  });
  const dispatch = core.dispatch;
  ipcMain.handle('physioplan:invoke', (_event, method: unknown, input: unknown) =>
    dispatch(method, input),
  );
  createWindow();
});

app.on('window-all-closed', () => {
  core?.close();
  app.quit();
});
