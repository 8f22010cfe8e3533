// A stand-in for the 'electron' module, enough for the main process and preload to run in
// vitest: records what the code asked Electron to do and lets tests fire events.
// Use with: vi.mock('electron', async () => (await import('./fake-electron')).electronModule);
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export interface FakeEvent {
  url: string;
  isMainFrame: boolean;
  preventDefault: () => void;
  readonly defaultPrevented: boolean;
}

export function fakeEvent(url = '', isMainFrame = true): FakeEvent {
  let prevented = false;
  return {
    url,
    isMainFrame,
    preventDefault: () => {
      prevented = true;
    },
    get defaultPrevented() {
      return prevented;
    },
  };
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | undefined;
  /** Channels sent to the renderer, in order. */
  readonly sent: string[] = [];
  send(channel: string): void {
    this.sent.push(channel);
  }
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrl: string | undefined;
  destroyed = false;
  maximized = false;
  minimized = false;
  focused = false;
  shown = false;

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((window) => !window.destroyed);
  }
  static fromWebContents(contents: unknown): FakeBrowserWindow | null {
    return FakeBrowserWindow.instances.find((window) => window.webContents === contents) ?? null;
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getNormalBounds() {
    const {
      x = 0,
      y = 0,
      width = 0,
      height = 0,
    } = this.options as Record<string, number | undefined>;
    return { x, y, width, height };
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  focus(): void {
    this.focused = true;
  }
  show(): void {
    this.shown = true;
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  paths: Record<string, string> = {
    documents: '/home/clinician/Documents',
    userData: '/default/userData',
  };
  name = 'physioplan';
  whenReady = vi.fn(() => Promise.resolve());
  requestSingleInstanceLock = vi.fn(() => true);
  quit = vi.fn();
  exit = vi.fn();
  enableSandbox = vi.fn();
  getVersion = vi.fn(() => '0.1.0-test');
  setName = vi.fn((name: string) => {
    this.name = name;
  });
  setPath = vi.fn((name: string, value: string) => {
    this.paths[name] = value;
  });
  getPath = vi.fn((name: string) => this.paths[name] ?? `/fake/${name}`);
}

function fakeSession() {
  return {
    webRequest: { onHeadersReceived: vi.fn(), onBeforeRequest: vi.fn() },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    on: vi.fn(),
  };
}

/** safeStorage with a reversible stand-in for the OS keychain; the backend can be changed. */
function fakeSafeStorage() {
  const mark = Buffer.from('keychain:');
  return {
    backend: 'gnome_libsecret',
    isEncryptionAvailable: vi.fn(() => true),
    getSelectedStorageBackend(): string {
      return this.backend;
    },
    encryptString: vi.fn((text: string) =>
      Buffer.concat([mark, Buffer.from(text, 'utf8').reverse()]),
    ),
    decryptString: vi.fn((data: Buffer) => {
      if (!data.subarray(0, mark.length).equals(mark)) throw new Error('not from this keychain');
      return Buffer.from(data.subarray(mark.length)).reverse().toString('utf8');
    }),
  };
}

const display = { workArea: { x: 0, y: 0, width: 1920, height: 1080 } };

function createElectronModule() {
  return {
    app: new FakeApp(),
    BrowserWindow: FakeBrowserWindow,
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: fakeSession() },
    shell: {
      openExternal: vi.fn(() => Promise.resolve()),
      openPath: vi.fn(() => Promise.resolve('')),
    },
    dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    screen: { getPrimaryDisplay: vi.fn(() => display), getAllDisplays: vi.fn(() => [display]) },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: { invoke: vi.fn(), on: vi.fn() },
    powerMonitor: new EventEmitter(),
    safeStorage: fakeSafeStorage(),
  };
}

export type FakeElectron = ReturnType<typeof createElectronModule>;

/** The module object the code under test imports; its members are replaced by reset. */
export const electronModule: FakeElectron = createElectronModule();

/** Fresh fakes for the next test (same module object, so existing imports see them). */
export function resetFakeElectron(): FakeElectron {
  FakeBrowserWindow.instances = [];
  Object.assign(electronModule, createElectronModule());
  return electronModule;
}
