// Remembers the main window's size and position in a small JSON file in the profile folder,
// and puts it back on a display that is still attached (a laptop undocked from its monitor
// must not open the window off-screen).
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';

export const WINDOW_STATE_FILE = 'window-state.json';
export const MIN_WIDTH = 900;
export const MIN_HEIGHT = 600;
const DEFAULT_WIDTH = 1280;
const DEFAULT_HEIGHT = 860;
/** How much of the title bar must be on a display for the window to count as visible. */
const MIN_VISIBLE_WIDTH = 120;
const MIN_VISIBLE_HEIGHT = 40;
const SAVE_DELAY_MS = 500;

const coordinate = z.int().min(-100_000).max(100_000);
const length = z.int().min(1).max(100_000);

export const windowStateSchema = z.object({
  x: coordinate.optional(),
  y: coordinate.optional(),
  width: length,
  height: length,
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const defaultWindowState: WindowState = {
  width: DEFAULT_WIDTH,
  height: DEFAULT_HEIGHT,
  maximized: false,
};

/** The saved state, or the defaults when the file is missing, unreadable or malformed. */
export function loadWindowState(file: string): WindowState {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : defaultWindowState;
  } catch {
    return defaultWindowState;
  }
}

export function saveWindowState(file: string, state: WindowState): void {
  // Write then rename so a crash mid-write never leaves half a file behind.
  const temporary = `${file}.${process.pid}.tmp`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(temporary, JSON.stringify(state));
  fs.renameSync(temporary, file);
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Bounds to open the window with: the saved ones if enough of the window lands on one of
 * the displays' work areas, otherwise the saved size (shrunk to fit) without a position,
 * which lets the OS centre it on the primary display.
 */
export function fitOntoDisplays(
  state: WindowState,
  workAreas: readonly Rectangle[],
): { x?: number; y?: number; width: number; height: number } {
  const primary = workAreas[0];
  const width = Math.max(MIN_WIDTH, primary ? Math.min(state.width, primary.width) : state.width);
  const height = Math.max(
    MIN_HEIGHT,
    primary ? Math.min(state.height, primary.height) : state.height,
  );
  if (state.x === undefined || state.y === undefined) return { width, height };
  const saved: Rectangle = { x: state.x, y: state.y, width: state.width, height: state.height };
  const home = workAreas.find((area) => {
    const shared = overlap(saved, area);
    // The title bar (top edge) has to be reachable to move the window.
    return (
      shared.width >= MIN_VISIBLE_WIDTH && shared.height >= MIN_VISIBLE_HEIGHT && saved.y >= area.y
    );
  });
  if (!home) return { width, height };
  return {
    x: state.x,
    y: state.y,
    width: Math.max(MIN_WIDTH, Math.min(state.width, home.width)),
    height: Math.max(MIN_HEIGHT, Math.min(state.height, home.height)),
  };
}

/** Saves the window's normal (un-maximized) bounds when it moves, resizes or closes. */
export function trackWindowState(window: BrowserWindow, file: string): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (window.isDestroyed()) return;
    const bounds = window.getNormalBounds();
    try {
      saveWindowState(file, { ...bounds, maximized: window.isMaximized() });
    } catch {
      // Losing the window position is not worth bothering the clinician about.
    }
  };
  const saveSoon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', save);
}
