// The preload exposes exactly one object with invoke(), which always resolves to a Result.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNEL, INVOKE_TIMEOUT_MS, LOCKED_CHANNEL } from '../../../shared/bridge';
import { electronModule } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

type Invoke = (method: string, input: unknown) => Promise<unknown>;
let exposed: Record<string, unknown>;
let invoke: Invoke;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  const calls = electronModule.contextBridge.exposeInMainWorld.mock.calls as [
    string,
    Record<string, unknown>,
  ][];
  expect(calls).toHaveLength(1);
  const [name, api] = calls[0] ?? ['', {}];
  expect(name).toBe('physioplan');
  exposed = api;
  invoke = api['invoke'] as Invoke;
});
afterEach(() => {
  vi.useRealTimers();
  electronModule.ipcRenderer.invoke.mockReset();
});

describe('preload bridge', () => {
  it('exposes one object holding only invoke and the lock notice', () => {
    expect(Object.keys(exposed)).toEqual(['invoke', 'onLocked']);
    expect(typeof invoke).toBe('function');
  });

  it('passes the host lock notice on without any IPC detail', () => {
    const listener = vi.fn();
    (exposed['onLocked'] as (l: (...args: unknown[]) => void) => void)(listener);
    const [channel, handler] = (electronModule.ipcRenderer.on.mock.calls.at(-1) ?? []) as [
      string,
      (...args: unknown[]) => void,
    ];
    expect(channel).toBe(LOCKED_CHANNEL);
    handler({ sender: 'ipc internals' }, 'extra');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([]);
  });

  it('sends every call over the one channel and returns the Result', async () => {
    electronModule.ipcRenderer.invoke.mockResolvedValue({
      ok: true,
      value: { clinicName: 'Heel Clinic' },
    });
    expect(await invoke('settings.get', {})).toEqual({
      ok: true,
      value: { clinicName: 'Heel Clinic' },
    });
    expect(electronModule.ipcRenderer.invoke).toHaveBeenCalledWith(
      INVOKE_CHANNEL,
      'settings.get',
      {},
    );
  });

  it('passes failures through as Results without throwing', async () => {
    const failure = { ok: false, error: { code: 'NOT_FOUND', message: 'Patient was not found.' } };
    electronModule.ipcRenderer.invoke.mockResolvedValue(failure);
    expect(await invoke('patients.get', { id: 'x' })).toEqual(failure);
  });

  it('turns a refused delivery into an INTERNAL Result', async () => {
    electronModule.ipcRenderer.invoke.mockRejectedValue(
      new Error('An object could not be cloned.'),
    );
    expect(await invoke('settings.update', { logo: () => 1 })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringContaining('could not be cloned') },
    });
  });

  it('turns an answer that is not a Result into an INTERNAL Result', async () => {
    electronModule.ipcRenderer.invoke.mockResolvedValue('surprise');
    expect(await invoke('settings.get', {})).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });

  it('gives up after the timeout with a Result the clinician can act on', async () => {
    vi.useFakeTimers();
    electronModule.ipcRenderer.invoke.mockReturnValue(new Promise(() => undefined));
    const pending = invoke('pdf.exportHomeProgram', {});
    await vi.advanceTimersByTimeAsync(INVOKE_TIMEOUT_MS + 1);
    expect(await pending).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringContaining('did not answer') },
    });
  });

  it('refuses a method name that is not text', async () => {
    expect(await invoke(42 as unknown as string, {})).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(electronModule.ipcRenderer.invoke).not.toHaveBeenCalled();
  });
});
