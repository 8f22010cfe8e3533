// Work done once each time the core opens a database, after migrations (e.g. loading or
// upgrading built-in library content). Each task runs in order; keep them fast.
import type { CoreContext } from './context';
import { builtInLibraryTask } from './library/built-in-content';
import { defaultResourcesDir } from './resources';

export type StartupTask = (ctx: CoreContext) => void;

export const startupTasks: readonly StartupTask[] = [
  (ctx) => {
    builtInLibraryTask(ctx, ctx.resourcesDir ?? defaultResourcesDir());
  },
];
