// The renderer's only door to the app: one object with invoke(). Results come back as
// { ok, value } | { ok: false, error }; the renderer's client turns failures into ApiError.
import { contextBridge, ipcRenderer } from 'electron';

export const INVOKE_CHANNEL = 'physioplan:invoke';

const bridge = {
  invoke: (method: string, input: unknown): Promise<unknown> =>
    ipcRenderer.invoke(INVOKE_CHANNEL, method, input),
} satisfies { invoke(method: string, input: unknown): Promise<unknown> };

contextBridge.exposeInMainWorld('physioplan', bridge);
