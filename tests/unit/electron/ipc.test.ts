// The one IPC channel: routes core and host methods, checks the sender, and always answers
// with a Result instead of throwing into the renderer.
import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { api } from '../../../shared/api';
import { INVOKE_CHANNEL } from '../../../shared/bridge';
import { hostMethods } from '../../../shared/host-api';
import type { Dispatch } from '../../../electron/core/api/dispatch';
import { silentLogger } from '../../../electron/core/context';
import { AppError } from '../../../electron/core/errors';
import {
  createInvokeListener,
  registerInvokeChannel,
  type HostHandlers,
} from '../../../electron/main/ipc';
import { isAppUrl } from '../../../electron/main/security';

function eventFrom(url: string, { subFrame = false } = {}): IpcMainInvokeEvent {
  return {
    senderFrame: { url, parent: subFrame ? {} : null },
    sender: {},
  } as unknown as IpcMainInvokeEvent;
}
const fromApp = eventFrom('app://physioplan/index.html#/settings');

const hostHandlers: HostHandlers = {
  'host.saveFile': vi.fn(() => Promise.resolve({ saved: true, location: '/tmp/plan.pdf' })),
  'host.savePdf': vi.fn(() => Promise.resolve({ saved: true, location: '/tmp/plan.pdf' })),
  'host.openFile': vi.fn(() => Promise.resolve({ file: null })),
  'host.chooseFolder': vi.fn(() => Promise.resolve({ path: '/media/usb/backups' })),
};

function listener(dispatch: Dispatch | null, host: HostHandlers = hostHandlers) {
  return createInvokeListener({
    dispatch: () => dispatch,
    host,
    isTrustedSenderUrl: (url) => isAppUrl(url),
    log: silentLogger,
  });
}

describe('invoke channel', () => {
  it('registers exactly one handler, on physioplan:invoke', () => {
    const ipcMain = { handle: vi.fn(), removeHandler: vi.fn() };
    const remove = registerInvokeChannel(ipcMain, listener(null));
    expect(ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(ipcMain.handle).toHaveBeenCalledWith(INVOKE_CHANNEL, expect.any(Function));
    expect(INVOKE_CHANNEL).toBe('physioplan:invoke');
    remove();
    expect(ipcMain.removeHandler).toHaveBeenCalledWith(INVOKE_CHANNEL);
  });

  it('passes core methods to the dispatcher and returns its Result', async () => {
    const dispatch = vi.fn<Dispatch>(() =>
      Promise.resolve({ ok: true, value: { clinicName: 'Heel Clinic' } }),
    );
    const result = await listener(dispatch)(fromApp, 'settings.get', {});
    expect(dispatch).toHaveBeenCalledWith('settings.get', {});
    expect(result).toEqual({ ok: true, value: { clinicName: 'Heel Clinic' } });
  });

  it('turns a throwing dispatcher into an INTERNAL Result', async () => {
    const dispatch: Dispatch = () => Promise.reject(new Error('disk on fire'));
    const result = await listener(dispatch)(fromApp, 'settings.get', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('disk on fire');
  });

  it('answers IO when the database is not open', async () => {
    expect(await listener(null)(fromApp, 'settings.get', {})).toMatchObject({
      ok: false,
      error: { code: 'IO' },
    });
  });

  it.each([
    ['another origin', eventFrom('https://example.org/')],
    ['a file page', eventFrom('file:///tmp/index.html')],
    ['a sub-frame of the app', eventFrom('app://physioplan/index.html', { subFrame: true })],
    ['a destroyed frame', { senderFrame: null, sender: {} } as unknown as IpcMainInvokeEvent],
  ])('refuses calls from %s', async (_label, event) => {
    const dispatch = vi.fn<Dispatch>();
    const result = await listener(dispatch)(event, 'settings.get', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('runs host methods in the main process after validating their input', async () => {
    const dispatch = vi.fn<Dispatch>();
    const result = await listener(dispatch)(fromApp, 'host.chooseFolder', {
      title: 'Backup folder',
    });
    expect(result).toEqual({ ok: true, value: { path: '/media/usb/backups' } });
    expect(hostHandlers['host.chooseFolder']).toHaveBeenCalledWith(
      { title: 'Backup folder' },
      fromApp,
    );
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a host call with a path in the file name', async () => {
    const result = await listener(null)(fromApp, 'host.saveFile', {
      fileName: '../../.bashrc',
      mimeType: 'text/plain',
      dataBase64: 'AAAA',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(hostHandlers['host.saveFile']).not.toHaveBeenCalled();
  });

  it('passes on AppError codes from host methods and hides other failures', async () => {
    const failing: HostHandlers = {
      ...hostHandlers,
      'host.openFile': () =>
        Promise.reject(
          new AppError('VALIDATION', '"scan.png" is 80.0 MB; files up to 5.0 MB can be used here.'),
        ),
      'host.chooseFolder': () => Promise.reject(new TypeError('undefined is not a function')),
    };
    const tooBig = await listener(null, failing)(fromApp, 'host.openFile', {
      maxBytes: 5 * 1024 * 1024,
    });
    expect(tooBig).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: '"scan.png" is 80.0 MB; files up to 5.0 MB can be used here.',
      },
    });
    const broken = await listener(null, failing)(fromApp, 'host.chooseFolder', {});
    expect(broken).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('rejects host output that breaks its schema', async () => {
    const wrong = {
      ...hostHandlers,
      'host.chooseFolder': () => Promise.resolve({ path: 42 }),
    } as unknown as HostHandlers;
    expect(await listener(null, wrong)(fromApp, 'host.chooseFolder', {})).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });

  it('never throws, whatever the renderer sends', async () => {
    const dispatch: Dispatch = (method) =>
      typeof method === 'string'
        ? Promise.resolve({ ok: true, value: null })
        : Promise.reject(new Error('bad'));
    const call = listener(dispatch);
    const inputs: [unknown, unknown][] = [
      [undefined, undefined],
      [null, null],
      [42, { a: 1 }],
      [{ toString: () => 'x' }, []],
      ['host.saveFile', 'not an object'],
      ['host.openFile', { filters: [{ name: 'x', extensions: ['../..'] }] }],
      ['__proto__', {}],
      ['constructor', {}],
    ];
    for (const [method, input] of inputs) {
      const result = await call(fromApp, method, input);
      expect(result).toHaveProperty('ok');
    }
  });
});

describe('host methods contract', () => {
  it('keeps host methods apart from core methods', () => {
    for (const name of Object.keys(hostMethods)) {
      expect(name.startsWith('host.')).toBe(true);
      expect(Object.prototype.hasOwnProperty.call(api, name)).toBe(false);
    }
    expect(Object.keys(api).some((name) => name.startsWith('host.'))).toBe(false);
  });
});
