// index.html draws the app's layout (#boot) before any code runs, so opening Physioplan never
// shows a blank page; it stays until the app knows what to show: its screens or recovery.
import { useLayoutEffect } from 'react';

/** Removes the boot skeleton once `ready`, before the browser paints what replaces it. */
export function useRemoveBootSkeleton(ready: boolean): void {
  useLayoutEffect(() => {
    if (ready) document.getElementById('boot')?.remove();
  }, [ready]);
}
