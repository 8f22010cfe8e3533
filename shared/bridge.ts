// The object the Electron preload puts on `window.physioplan`, and the one IPC channel
// behind it. Kept free of zod so the sandboxed preload bundle stays tiny.
import type { Result } from './errors';

/** The only IPC channel between renderer and main. */
export const INVOKE_CHANNEL = 'physioplan:invoke';

/** Main → renderer: the OS locked the screen or slept, so Physioplan locked. */
export const LOCKED_CHANNEL = 'physioplan:locked';

/** How long the preload waits for the main process before answering with an error. */
export const INVOKE_TIMEOUT_MS = 120_000;

/** Core methods and host methods (`host.*`) both travel through `invoke`. */
export interface PhysioplanBridge {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  /** Calls `listener` when the host locked Physioplan itself (OS lock, sleep). */
  onLocked(listener: () => void): void;
}
