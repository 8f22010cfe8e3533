// Opens a data folder and returns the dispatcher both hosts carry.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { createDispatcher, type Dispatch } from './api/dispatch';
import { createHandlers } from './api/handlers';
import {
  consoleLogger,
  systemClock,
  uuidV7,
  type Clock,
  type CoreContext,
  type IdGenerator,
  type Logger,
} from './context';
import { backupsDir, snapshotTo, timestampForFile } from './db/backup';
import { migrate } from './db/migrate';
import { migrations } from './db/migrations';
import { closeDatabase, DATABASE_FILE_NAME, openDatabase } from './db/open';
import type { HostInfo } from './host-info';
import { defaultResourcesDir } from './resources';
import { startupTasks } from './startup';

export interface CoreOptions {
  dataDir: string;
  host: HostInfo;
  clock?: Clock;
  newId?: IdGenerator;
  log?: Logger;
  /** Path of a better-sqlite3 addon built for the running runtime, if not the default one. */
  sqliteNativeBinding?: string | undefined;
  /** Where built-in content and fonts are; found next to the code when absent. */
  resourcesDir?: string;
}

export interface AppCore {
  readonly ctx: CoreContext;
  readonly dispatch: Dispatch;
  close(): void;
}

export function databasePath(dataDir: string): string {
  return path.join(dataDir, DATABASE_FILE_NAME);
}

export function openCore(options: CoreOptions): AppCore {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const clock = options.clock ?? systemClock;
  const db: Database.Database = openDatabase(databasePath(options.dataDir), {
    nativeBinding: options.sqliteNativeBinding,
  });
  try {
    migrate(db, migrations, {
      backupBeforeMigrating: (fromVersion) => {
        snapshotTo(
          db,
          path.join(
            backupsDir(options.dataDir),
            `pre-migration-v${fromVersion}-${timestampForFile(clock())}.sqlite`,
          ),
        );
      },
    });
    const ctx: CoreContext = {
      db,
      clock,
      newId: options.newId ?? uuidV7,
      dataDir: options.dataDir,
      log: options.log ?? consoleLogger,
      resourcesDir: options.resourcesDir ?? defaultResourcesDir(),
    };
    for (const task of startupTasks) task(ctx);
    const dispatch = createDispatcher(createHandlers(ctx, options.host), ctx.log);
    return { ctx, dispatch, close: () => closeDatabase(db) };
  } catch (error) {
    closeDatabase(db);
    throw error;
  }
}
