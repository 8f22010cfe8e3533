// The app menu has the usual roles where each platform expects them.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { appMenuTemplate } from '../../../electron/main/menu';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

const options = { appName: 'Physioplan', isDevelopment: false, showDataFolder: vi.fn() };

describe('application menu', () => {
  it('on macOS starts with the app menu, which holds Quit', () => {
    const template = appMenuTemplate('darwin', options);
    expect(template[0]?.label).toBe('Physioplan');
    const appSubmenu = template[0]?.submenu as MenuItemConstructorOptions[];
    expect(roles(appSubmenu)).toEqual(expect.arrayContaining(['about', 'hide', 'quit']));
    expect(roles(template)).toEqual(
      expect.arrayContaining(['copy', 'paste', 'undo', 'minimize', 'zoom', 'front']),
    );
  });

  it.each(['win32', 'linux'] as const)('on %s puts Quit under File', (platform) => {
    const template = appMenuTemplate(platform, options);
    expect(template[0]?.label).toBe('File');
    expect(roles(template[0]?.submenu as MenuItemConstructorOptions[])).toContain('quit');
    expect(roles(template)).toEqual(
      expect.arrayContaining(['copy', 'paste', 'selectAll', 'about', 'minimize']),
    );
    expect(roles(template)).not.toContain('services');
  });

  it('has no reload or developer tools for clinicians, but has them while developing', () => {
    expect(roles(appMenuTemplate('linux', options))).not.toEqual(
      expect.arrayContaining(['toggleDevTools']),
    );
    expect(roles(appMenuTemplate('linux', options))).not.toContain('reload');
    expect(roles(appMenuTemplate('linux', { ...options, isDevelopment: true }))).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
  });

  it('can open the data folder', () => {
    const template = appMenuTemplate('linux', options);
    const file = template[0]?.submenu as MenuItemConstructorOptions[];
    const item = file.find((entry) => entry.label === 'Show Data Folder');
    item?.click?.({} as never, undefined, {} as never);
    expect(options.showDataFolder).toHaveBeenCalled();
  });
});
