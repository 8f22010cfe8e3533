// A minimal stand-in for the 'electron' module so the built main bundle can run under plain
// Node where the Electron binary is missing. It records what the bundle registers.
import { EventEmitter } from 'node:events';

export const recorded = {
  errorBoxes: [],
  exits: [],
  quits: 0,
  handlers: {},
  windows: [],
  schemes: [],
  menu: null,
};

class App extends EventEmitter {
  isPackaged = false;
  paths = {};
  whenReady() {
    return Promise.resolve();
  }
  requestSingleInstanceLock() {
    return true;
  }
  quit() {
    recorded.quits += 1;
  }
  exit(code) {
    recorded.exits.push(code);
  }
  enableSandbox() {
    recorded.sandbox = true;
  }
  getVersion() {
    return '0.0.0-stand-in';
  }
  setName(name) {
    this.name = name;
  }
  setPath(name, value) {
    this.paths[name] = value;
  }
  getPath(name) {
    return this.paths[name] ?? `/nonexistent/${name}`;
  }
}
export const app = new App();

class WebContents extends EventEmitter {
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
}

export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new WebContents();
    recorded.windows.push(this);
  }
  static getAllWindows() {
    return recorded.windows;
  }
  static fromWebContents() {
    return null;
  }
  loadURL(url) {
    this.url = url;
    return Promise.resolve();
  }
  isDestroyed() {
    return false;
  }
  getNormalBounds() {
    return { x: 0, y: 0, width: 1280, height: 860 };
  }
  isMaximized() {
    return false;
  }
  maximize() {}
  show() {}
}

const noop = () => undefined;
export const ipcMain = {
  handle: (channel, listener) => {
    recorded.handlers[channel] = listener;
  },
  removeHandler: noop,
};
export const protocol = {
  registerSchemesAsPrivileged: (schemes) => recorded.schemes.push(...schemes),
  handle: (scheme, handler) => {
    recorded.handlers[`protocol:${scheme}`] = handler;
  },
};
export const session = {
  defaultSession: {
    webRequest: { onHeadersReceived: noop, onBeforeRequest: noop },
    setPermissionRequestHandler: noop,
    setPermissionCheckHandler: noop,
    setDevicePermissionHandler: noop,
    on: noop,
  },
};
export const shell = { openExternal: () => Promise.resolve(), openPath: () => Promise.resolve('') };
export const dialog = {
  showErrorBox: (title, message) => recorded.errorBoxes.push(`${title}: ${message}`),
};
export const Menu = {
  buildFromTemplate: (template) => template,
  setApplicationMenu: (menu) => {
    recorded.menu = menu;
  },
};
const display = { workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
export const screen = { getPrimaryDisplay: () => display, getAllDisplays: () => [display] };
/** The OS events the lifecycle listens to (screen lock, sleep); never fired here. */
export const powerMonitor = new EventEmitter();
/** No OS keychain in this stand-in: the built app must then keep no key (asks the passphrase). */
export const safeStorage = {
  isEncryptionAvailable: () => false,
  encryptString: () => {
    throw new Error('no keychain in the Electron stand-in');
  },
  decryptString: () => {
    throw new Error('no keychain in the Electron stand-in');
  },
  getSelectedStorageBackend: () => 'basic_text',
};
