// The application menu: the usual roles, laid out the way each platform expects (macOS has
// the app menu and keeps Quit there; Windows and Linux put Quit under File).
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  appName: string;
  /** Reload and developer tools only while developing. */
  isDevelopment: boolean;
  /** Opens the data folder in the file manager (for clinic IT and backups). */
  showDataFolder: () => void;
}

export function appMenuTemplate(
  platform: NodeJS.Platform,
  options: MenuOptions,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const showDataFolder: MenuItemConstructorOptions = {
    label: 'Show Data Folder',
    click: () => options.showDataFolder(),
  };
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: options.appName,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];
  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: isMac
      ? [showDataFolder, { type: 'separator' }, { role: 'close' }]
      : [showDataFolder, { type: 'separator' }, { role: 'quit' }],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };
  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(options.isDevelopment
        ? ([
            { role: 'reload' },
            { role: 'forceReload' },
            { role: 'toggleDevTools' },
            { type: 'separator' },
          ] as const)
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: 'Window',
    submenu: isMac
      ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };
  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    submenu: isMac ? [showDataFolder] : [{ role: 'about' }, showDataFolder],
  };
  return [...appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
