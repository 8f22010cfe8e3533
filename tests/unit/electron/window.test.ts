// The main window's web preferences and loading, and where it reopens.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../electron/core/context';
import { createMainWindow, devServerUrl } from '../../../electron/main/window';
import {
  defaultWindowState,
  fitOntoDisplays,
  loadWindowState,
  saveWindowState,
  WINDOW_STATE_FILE,
} from '../../../electron/main/window-state';
import { FakeBrowserWindow, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

let profileDir: string;
beforeEach(() => {
  resetFakeElectron();
  profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'physioplan-window-'));
});
afterEach(() => {
  vi.useRealTimers();
  fs.rmSync(profileDir, { recursive: true, force: true });
});

function openWindow(): FakeBrowserWindow {
  createMainWindow({
    preloadPath: '/app/out/preload/index.cjs',
    startUrl: 'app://physioplan/index.html',
    profileDir,
    title: 'Physioplan',
    log: silentLogger,
  });
  const window = FakeBrowserWindow.instances.at(-1);
  if (!window) throw new Error('no window was created');
  return window;
}

describe('main window', () => {
  it('isolates and sandboxes the renderer and gives it no Node', () => {
    const prefs = openWindow().options['webPreferences'];
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      experimentalFeatures: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).toHaveProperty('disableBlinkFeatures', 'Auxclick');
  });

  it('loads the renderer from app:// and shows the window once painted', () => {
    const window = openWindow();
    expect(window.loadedUrl).toBe('app://physioplan/index.html');
    expect(window.options['show']).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });

  it('reopens where it was closed', () => {
    const first = openWindow();
    Object.assign(first.options, { x: 200, y: 150, width: 1100, height: 700 });
    first.emit('close');
    const second = openWindow();
    expect(second.options).toMatchObject({ x: 200, y: 150, width: 1100, height: 700 });
  });

  it('reopens maximized when it was closed maximized', () => {
    const first = openWindow();
    first.maximized = true;
    first.emit('close');
    expect(openWindow().maximized).toBe(true);
  });

  it('saves the size shortly after a resize, not on every pixel', () => {
    vi.useFakeTimers();
    const window = openWindow();
    Object.assign(window.options, { x: 10, y: 20, width: 1000, height: 650 });
    window.emit('resize');
    window.emit('resize');
    expect(fs.existsSync(path.join(profileDir, WINDOW_STATE_FILE))).toBe(false);
    vi.advanceTimersByTime(600);
    expect(loadWindowState(path.join(profileDir, WINDOW_STATE_FILE))).toMatchObject({
      width: 1000,
      height: 650,
    });
  });
});

describe('dev server URL', () => {
  it('is used only when unpackaged and on this machine', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false)).toBe(
      'http://localhost:5173',
    );
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' }, false)).toBe(
      'http://127.0.0.1:5173',
    );
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true)).toBeUndefined();
    expect(
      devServerUrl({ ELECTRON_RENDERER_URL: 'https://evil.example.org' }, false),
    ).toBeUndefined();
    expect(
      devServerUrl({ ELECTRON_RENDERER_URL: 'http://192.168.1.5:5173' }, false),
    ).toBeUndefined();
    expect(devServerUrl({}, false)).toBeUndefined();
  });
});

describe('window state', () => {
  const laptop = { x: 0, y: 0, width: 1440, height: 900 };
  const monitor = { x: 1440, y: 0, width: 2560, height: 1440 };

  it('keeps a window that is on a display', () => {
    const state = { x: 1600, y: 100, width: 1600, height: 1000, maximized: false };
    expect(fitOntoDisplays(state, [laptop, monitor])).toEqual({
      x: 1600,
      y: 100,
      width: 1600,
      height: 1000,
    });
  });

  it('drops the position when the display it was on is gone', () => {
    const state = { x: 1600, y: 100, width: 1600, height: 1000, maximized: false };
    expect(fitOntoDisplays(state, [laptop])).toEqual({ width: 1440, height: 900 });
  });

  it('drops the position when the title bar would be above the screen', () => {
    const state = { x: 100, y: -500, width: 1200, height: 800, maximized: false };
    expect(fitOntoDisplays(state, [laptop])).toEqual({ width: 1200, height: 800 });
  });

  it('never opens smaller than the minimum size', () => {
    expect(fitOntoDisplays({ width: 200, height: 100, maximized: false }, [laptop])).toEqual({
      width: 900,
      height: 600,
    });
  });

  it('falls back to defaults for a missing or damaged file', () => {
    const file = path.join(profileDir, WINDOW_STATE_FILE);
    expect(loadWindowState(file)).toEqual(defaultWindowState);
    fs.writeFileSync(file, '{"width": "wide"');
    expect(loadWindowState(file)).toEqual(defaultWindowState);
    fs.writeFileSync(file, JSON.stringify({ width: -5, height: 600 }));
    expect(loadWindowState(file)).toEqual(defaultWindowState);
  });

  it('round-trips through the file', () => {
    const file = path.join(profileDir, WINDOW_STATE_FILE);
    saveWindowState(file, { x: 5, y: 6, width: 1000, height: 700, maximized: true });
    expect(loadWindowState(file)).toEqual({
      x: 5,
      y: 6,
      width: 1000,
      height: 700,
      maximized: true,
    });
  });
});
