// Start-up of the Electron host with `electron` faked and a real core on a temp folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../electron/core/context';
import type { InvokeListener } from '../../../electron/main/ipc';
import { KEY_STORE_FILE } from '../../../electron/main/key-store';
import { PROFILE_FOLDER, sqliteBindingFromEnv, startApp } from '../../../electron/main/lifecycle';
import { LOCKED_CHANNEL } from '../../../shared/bridge';
import { FakeBrowserWindow, resetFakeElectron, type FakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

let electron: FakeElectron;
let dataDir: string;

beforeEach(() => {
  electron = resetFakeElectron();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'physioplan-electron-'));
});
afterEach(() => {
  electron.app.emit('will-quit');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function start() {
  return startApp({
    mainDir: '/app/out/main',
    env: { PHYSIOPLAN_DATA_DIR: dataDir },
    platform: 'linux',
    log: silentLogger,
  });
}

const appFrame = {
  senderFrame: { url: 'app://physioplan/index.html', parent: null },
  sender: {},
} as unknown as IpcMainInvokeEvent;

/** First start through the one channel, as the first-start screen does it. */
async function setUpClinic(): Promise<unknown> {
  return invokeListener()(appFrame, 'access.setup', {
    clinicPassphrase: 'correct horse battery staple',
    adminName: 'Alex Admin',
    secretKind: 'pin',
    secret: '246810',
  });
}

function invokeListener(): InvokeListener {
  const call = electron.ipcMain.handle.mock.calls[0] as [string, InvokeListener] | undefined;
  if (!call) throw new Error('no IPC handler registered');
  return call[1];
}

describe('single-instance lock', () => {
  it('quits a second copy before it opens the database or a window', async () => {
    electron.app.requestSingleInstanceLock.mockReturnValue(false);
    const running = start();
    await running.ready;
    expect(running.primary).toBe(false);
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(fs.existsSync(path.join(dataDir, 'physioplan.sqlite'))).toBe(false);
  });

  it('brings the existing window forward when a second copy starts', async () => {
    await start().ready;
    const window = FakeBrowserWindow.instances[0];
    if (!window) throw new Error('no window');
    window.minimized = true;
    electron.app.emit('second-instance');
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
  });

  it('takes the lock per data folder (the profile lives inside it)', () => {
    start();
    expect(electron.app.setPath).toHaveBeenCalledWith(
      'userData',
      path.join(dataDir, PROFILE_FOLDER),
    );
    const lockOrder = electron.app.requestSingleInstanceLock.mock.invocationCallOrder[0] ?? 0;
    const pathOrder = electron.app.setPath.mock.invocationCallOrder[0] ?? Infinity;
    expect(pathOrder).toBeLessThan(lockOrder);
  });
});

describe('start-up', () => {
  it('enables the sandbox for all renderers and registers app:// before ready', () => {
    start();
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    const readyOrder = electron.app.whenReady.mock.invocationCallOrder[0] ?? 0;
    expect(electron.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(
      readyOrder,
    );
  });

  it('opens the core on the data folder and answers through the one channel', async () => {
    await start().ready;
    expect(electron.ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(electron.ipcMain.handle.mock.calls[0]?.[0]).toBe('physioplan:invoke');
    const event = appFrame;
    // Before the first start is done, only the access methods answer.
    expect(await invokeListener()(event, 'access.status', {})).toMatchObject({
      ok: true,
      value: { stage: 'setup', upgrade: false },
    });
    expect(await invokeListener()(event, 'app.info', {})).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
    expect(fs.existsSync(path.join(dataDir, 'physioplan.sqlite'))).toBe(false);
    expect(await setUpClinic()).toMatchObject({
      ok: true,
      value: { status: { stage: 'signed-in', clinician: { name: 'Alex Admin' } } },
    });
    expect(fs.existsSync(path.join(dataDir, 'physioplan.sqlite'))).toBe(true);
    const info = await invokeListener()(event, 'app.info', {});
    expect(info).toMatchObject({
      ok: true,
      value: { host: 'electron', dataDir, version: '0.1.0-test' },
    });
    const bad = await invokeListener()(event, 'settings.update', { clinicName: 42 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('guards the session and every web contents, and opens one secure window on app://', async () => {
    await start().ready;
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalled();
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.app.listenerCount('web-contents-created')).toBe(1);
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const window = FakeBrowserWindow.instances[0];
    expect(window?.loadedUrl).toBe('app://physioplan/index.html');
    expect(window?.options['webPreferences']).toMatchObject({
      preload: path.join('/app/out/preload/index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
  });

  it('opens the recovery screen, not an error box, when the database cannot be read', async () => {
    fs.writeFileSync(path.join(dataDir, 'physioplan.sqlite'), 'not a database '.repeat(100));
    await start().ready;
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const event = appFrame;
    // No key file yet: the first-start screen offers to encrypt what it takes for an old record;
    // setting up opens the file with the new key, which cannot read it.
    expect(await invokeListener()(event, 'access.status', {})).toMatchObject({
      ok: true,
      value: { stage: 'setup', upgrade: true },
    });
    await setUpClinic();
    const status = await invokeListener()(event, 'recovery.status', {});
    expect(status).toMatchObject({ ok: true, value: { mode: 'recovery', reason: 'unreadable' } });
    const refused = await invokeListener()(event, 'settings.get', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'IO' } });
  });

  it('shows a clear error and quits when the data folder cannot be used at all', async () => {
    // The data folder is a file: the core cannot even create its folder.
    fs.rmSync(dataDir, { recursive: true });
    fs.writeFileSync(dataDir, 'a file where the data folder should be');
    await start().ready;
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Physioplan could not open its data',
      expect.stringContaining(dataDir),
    );
    expect(electron.app.exit).toHaveBeenCalledWith(1);
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('quits when the last window closes, except on macOS', async () => {
    await start().ready;
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
  });
});

describe('clinic key and lock', () => {
  async function restart() {
    electron.app.emit('will-quit');
    electron = resetFakeElectron();
    await start().ready;
  }

  it('keeps the clinic key in the OS keychain: the next start asks for a PIN only', async () => {
    await start().ready;
    await setUpClinic();
    const kept = path.join(dataDir, PROFILE_FOLDER, KEY_STORE_FILE);
    expect(fs.existsSync(kept)).toBe(true);
    expect(fs.statSync(kept).mode & 0o777).toBe(0o600);
    await restart();
    expect(await invokeListener()(appFrame, 'access.status', {})).toMatchObject({
      ok: true,
      value: { stage: 'sign-in' },
    });
  });

  it('keeps nothing where the keychain is a fixed obfuscation (basic_text)', async () => {
    electron.safeStorage.backend = 'basic_text';
    await start().ready;
    await setUpClinic();
    expect(fs.existsSync(path.join(dataDir, PROFILE_FOLDER, KEY_STORE_FILE))).toBe(false);
    await restart();
    electron.safeStorage.backend = 'basic_text';
    expect(await invokeListener()(appFrame, 'access.status', {})).toMatchObject({
      ok: true,
      value: { stage: 'passphrase' },
    });
  });

  it.each(['lock-screen', 'suspend'])(
    'locks when the OS does (%s) and tells the window at once',
    async (osEvent) => {
      await start().ready;
      await setUpClinic();
      expect(await invokeListener()(appFrame, 'app.info', {})).toMatchObject({ ok: true });
      electron.powerMonitor.emit(osEvent);
      expect(FakeBrowserWindow.instances[0]?.webContents.sent).toEqual([LOCKED_CHANNEL]);
      expect(await invokeListener()(appFrame, 'app.info', {})).toMatchObject({
        ok: false,
        error: { code: 'LOCKED' },
      });
      expect(await invokeListener()(appFrame, 'access.status', {})).toMatchObject({
        ok: true,
        value: { stage: 'sign-in' },
      });
    },
  );
});

describe('Electron build of better-sqlite3', () => {
  it('is taken from the environment only in development and only if it exists', () => {
    const file = path.join(dataDir, 'better_sqlite3.node');
    fs.writeFileSync(file, '');
    expect(sqliteBindingFromEnv({ PHYSIOPLAN_SQLITE_BINDING: file }, false)).toBe(file);
    expect(sqliteBindingFromEnv({ PHYSIOPLAN_SQLITE_BINDING: file }, true)).toBeUndefined();
    expect(
      sqliteBindingFromEnv({ PHYSIOPLAN_SQLITE_BINDING: path.join(dataDir, 'gone.node') }, false),
    ).toBeUndefined();
    expect(sqliteBindingFromEnv({}, false)).toBeUndefined();
  });
});
