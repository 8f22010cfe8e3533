// The one IPC channel. Host methods (`host.*`: native dialogs) run here in the main
// process; every other method goes to the core's dispatcher. Whatever happens, the renderer
// gets a Result back: nothing thrown here may cross into the renderer as an exception.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNEL } from '../../shared/bridge';
import type { Result } from '../../shared/errors';
import {
  hostMethods,
  isHostMethodName,
  type HostMethodArgs,
  type HostMethodName,
  type HostMethodOutput,
} from '../../shared/host-api';
import type { Dispatch } from '../../shared/api';
import { INTERNAL_ERROR, runMethod } from '../core/api/dispatch';
import type { Logger } from '../core/context';

export type HostHandler<M extends HostMethodName> = (
  input: HostMethodArgs<M>,
  event: IpcMainInvokeEvent,
) => Promise<HostMethodOutput<M>>;
export type HostHandlers = { [M in HostMethodName]: HostHandler<M> };

export type InvokeListener = (
  event: IpcMainInvokeEvent,
  method: unknown,
  input: unknown,
) => Promise<Result<unknown>>;

export interface InvokeRouterOptions {
  /** The core's dispatcher, or null while the core is not open. */
  dispatch: () => Dispatch | null;
  host: HostHandlers;
  /** True for URLs of our own renderer; anything else is refused. */
  isTrustedSenderUrl: (url: string) => boolean;
  log: Logger;
}

export function createInvokeListener(options: InvokeRouterOptions): InvokeListener {
  return async (event, method, input) => {
    try {
      if (!isTrustedSender(event, options.isTrustedSenderUrl)) {
        options.log.error('Refused an IPC call from an unexpected frame', senderUrl(event));
        return {
          ok: false,
          error: {
            code: 'VALIDATION',
            message: 'This request did not come from the Physioplan window and was refused.',
          },
        };
      }
      if (isHostMethodName(method)) return await runHostMethod(options, method, input, event);
      const dispatch = options.dispatch();
      if (!dispatch) {
        return {
          ok: false,
          error: {
            code: 'IO',
            message: 'The clinic database is not open. Restart Physioplan to try again.',
          },
        };
      }
      return await dispatch(method, input);
    } catch (error) {
      // The dispatcher never throws; this catches a broken host handler or a bug here.
      options.log.error('IPC call failed', error);
      return { ok: false, error: INTERNAL_ERROR };
    }
  };
}

async function runHostMethod<M extends HostMethodName>(
  options: InvokeRouterOptions,
  method: M,
  input: unknown,
  event: IpcMainInvokeEvent,
): Promise<Result<unknown>> {
  const handler = options.host[method] as (
    args: unknown,
    e: IpcMainInvokeEvent,
  ) => Promise<unknown>;
  return runMethod(method, hostMethods[method], input, (args) => handler(args, event), options.log);
}

function senderUrl(event: IpcMainInvokeEvent): string {
  // senderFrame is null when the frame navigated away or was destroyed meanwhile.
  return event.senderFrame?.url ?? '';
}

function isTrustedSender(
  event: IpcMainInvokeEvent,
  isTrustedUrl: (url: string) => boolean,
): boolean {
  const frame = event.senderFrame;
  // Only our own top-level document may call; sub-frames never get a say.
  if (!frame || frame.parent !== null) return false;
  return isTrustedUrl(frame.url);
}

/** Installs the channel; returns a function that removes it (for tests and shutdown). */
export function registerInvokeChannel(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  listener: InvokeListener,
): () => void {
  ipcMain.handle(INVOKE_CHANNEL, listener);
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}
