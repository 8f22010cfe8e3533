// The renderer's only door to the main process: `window.physioplan.invoke(method, input)`.
// It always resolves to a Result (never rejects): a missing answer, a timeout or an input
// that cannot be sent become { ok: false } for the renderer's client to turn into ApiError.
import { contextBridge, ipcRenderer } from 'electron';
import {
  INVOKE_CHANNEL,
  INVOKE_TIMEOUT_MS,
  LOCKED_CHANNEL,
  type PhysioplanBridge,
} from '../../shared/bridge';
import type { ApiErrorData, Result } from '../../shared/errors';

function failure(error: ApiErrorData): Result<never> {
  return { ok: false, error };
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return value.ok === true ? 'value' in value : value.ok === false && 'error' in value;
}

export async function invoke(method: string, input: unknown): Promise<Result<unknown>> {
  if (typeof method !== 'string') {
    return failure({ code: 'VALIDATION', message: 'The method name must be text.' });
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Result<never>>((resolve) => {
    timer = setTimeout(() => {
      resolve(
        failure({
          code: 'INTERNAL',
          message: `Physioplan did not answer within ${INVOKE_TIMEOUT_MS / 1000} seconds (${method.slice(0, 80)}). Try again; if it keeps happening, restart the app.`,
        }),
      );
    }, INVOKE_TIMEOUT_MS);
  });
  const call = ipcRenderer.invoke(INVOKE_CHANNEL, method, input).then(
    (answer: unknown) =>
      isResult(answer)
        ? answer
        : failure({
            code: 'INTERNAL',
            message: 'Physioplan sent an answer it cannot read. Restart the app.',
          }),
    (error: unknown) =>
      // Reached when the input cannot be copied across (a function, a DOM node) or the
      // main process has no handler yet.
      failure({
        code: 'INTERNAL',
        message: `The request could not be delivered: ${String(error).slice(0, 200)}`,
      }),
  );
  try {
    return await Promise.race([call, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The listener gets no event object: nothing of IPC reaches the page. */
export function onLocked(listener: () => void): void {
  ipcRenderer.on(LOCKED_CHANNEL, () => listener());
}

const bridge = { invoke, onLocked } satisfies PhysioplanBridge;

contextBridge.exposeInMainWorld('physioplan', bridge);
