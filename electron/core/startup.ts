// Work done once each time the core opens a database, after migrations (e.g. loading or
// upgrading built-in library content). Each task runs in order; keep them fast.
import type { CoreContext } from './context';

export type StartupTask = (ctx: CoreContext) => void;

export const startupTasks: readonly StartupTask[] = [];
