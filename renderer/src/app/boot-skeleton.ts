// index.html draws the app's layout (#boot) before any code runs, so opening Physioplan never
// shows a blank page; it stays until the app knows what to show: its screens or recovery.
import { useLayoutEffect } from 'react';
import { FIRST_SCREEN_MARK } from '../../../shared/user-timing';

let firstScreenMarked = false;

/** Sets FIRST_SCREEN_MARK once, after the next frame: once what is on screen now is painted. */
function markAfterPaint(): void {
  if (firstScreenMarked) return;
  firstScreenMarked = true;
  // rAF runs before the frame is drawn; a task queued from it runs after.
  requestAnimationFrame(() => setTimeout(() => performance.mark(FIRST_SCREEN_MARK), 0));
}

/** Removes the boot skeleton once `ready`, before the browser paints what replaces it. */
export function useRemoveBootSkeleton(ready: boolean): void {
  useLayoutEffect(() => {
    if (!ready) return;
    document.getElementById('boot')?.remove();
    markAfterPaint();
  }, [ready]);
}
