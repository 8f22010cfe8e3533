// The renderer's only way to the core. It does not know which host it runs in: Electron's
// preload exposes window.physioplan; the browser host answers POST /api/invoke.
import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { ApiClient, MethodInput, MethodName, MethodOutput } from '../../../shared/api';
import type { PhysioplanBridge } from '../../../shared/bridge';
import { ApiError, readApiErrorData, type Result } from '../../../shared/errors';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser host. */
    physioplan?: PhysioplanBridge;
  }
}

function unwrap(result: unknown): unknown {
  const value = result as Result<unknown> | null;
  if (value && typeof value === 'object' && 'ok' in value) {
    if (value.ok) return value.value;
    const error = readApiErrorData(value.error);
    // The idle lock came down in the core: the access gate shows the lock screen.
    if (error?.code === 'LOCKED') window.dispatchEvent(new Event('physioplan:locked'));
    throw new ApiError(
      error ?? { code: 'INTERNAL', message: 'The app answered in an unexpected way.' },
    );
  }
  throw new ApiError({ code: 'INTERNAL', message: 'The app answered in an unexpected way.' });
}

function createClient(): ApiClient {
  const bridge = window.physioplan;
  if (bridge) {
    // Electron locks with the OS screen lock and on sleep; the access gate shows the lock screen.
    bridge.onLocked(() => window.dispatchEvent(new Event('physioplan:locked')));
    return {
      invoke: async (method, input) => unwrap(await bridge.invoke(method, input)) as never,
    };
  }
  // The browser host's session is an HttpOnly cookie that the browser sends with same-origin
  // requests; this code never sees it.
  return {
    invoke: async (method, input) => {
      let response: Response;
      try {
        // The method in the address lets the host apply its size limit before reading.
        response = await fetch(`/api/invoke?method=${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          credentials: 'same-origin',
          body: JSON.stringify({ method, input }),
        });
      } catch {
        throw new ApiError({
          code: 'IO',
          message: 'Physioplan is not running any more. Start it again with npm start.',
        });
      }
      if (!response.ok) {
        throw new ApiError({
          code: 'IO',
          message:
            response.status === 401
              ? 'This window is from an earlier launch of Physioplan. Close it and use the new window.'
              : response.status === 413 || response.status === 503
                ? await response.text()
                : `The app refused the request (${response.status}).`,
        });
      }
      return unwrap(await response.json()) as never;
    },
  };
}

export const apiClient: ApiClient = createClient();

export function invoke<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  return apiClient.invoke(method, input);
}

export function apiQueryKey<M extends MethodName>(method: M, input?: MethodInput<M>): unknown[] {
  return input === undefined ? [method] : [method, input];
}

/** Reads through the API, cached by method and input. */
export function useApiQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  options: Omit<UseQueryOptions<MethodOutput<M>, ApiError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<MethodOutput<M>, ApiError>({
    queryKey: apiQueryKey(method, input),
    queryFn: () => invoke(method, input),
    ...options,
  });
}

/**
 * Writes through the API. Everything is local, so after a write every cached read is simply
 * refreshed rather than tracking which reads a write affects.
 */
export function useApiMutation<M extends MethodName>(method: M) {
  const queryClient = useQueryClient();
  return useMutation<MethodOutput<M>, ApiError, MethodInput<M>>({
    mutationFn: (input) => invoke(method, input),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
