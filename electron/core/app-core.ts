// Opens a data folder and returns the dispatcher both hosts carry. The dispatcher stays the
// same object for the life of the app while the database behind it may change: a restore or
// an import closes the database and opens the new one, and a database that cannot be used
// puts the core in recovery mode instead of failing (or, worse, starting afresh over it).
import fs from 'node:fs';
import path from 'node:path';
import { isMethodName } from '../../shared/api';
import { databaseSwitchingMethods, recoveryMethods } from '../../shared/contract/backups';
import type { BackupRef, CoreStatus, RestoreResult } from '../../shared/domain/backups';
import type { Result } from '../../shared/errors';
import { createDispatcher, type Dispatch } from './api/dispatch';
import { createHandlers } from './api/handlers';
import { recordAudit } from './audit/audit-log';
import {
  backupIfDue,
  createBackup,
  findBackup,
  listBackups,
  pruneBackups,
  requireRestorable,
  type BackupEnv,
} from './backups/backup-service';
import { folderForWriting } from './backups/backup-folder';
import { installDatabaseFile, keepCopyAside } from './backups/database-swap';
import { extractRecordExport } from './backups/record-file';
import { checkRecordContents, type ScratchCore } from './backups/record-validation';
import { CallGate } from './call-gate';
import {
  consoleLogger,
  systemClock,
  uuidV7,
  type Clock,
  type CoreContext,
  type IdGenerator,
  type Logger,
} from './context';
import type { CoreControl } from './core-control';
import { acquireDataLock } from './data-lock';
import { checkDatabaseFile, timestampForFile } from './db/backup';
import { migrations } from './db/migrations';
import { closeDatabase, closeQuietly, DATABASE_FILE_NAME, useSqliteBinding } from './db/open';
import { classifyStartupError, openCheckedDatabase, StartupProblem } from './db/open-checked';
import { AppError } from './errors';
import { createPrivateFile, tightenDataFolder } from './file-modes';
import type { HostInfo } from './host-info';
import { recoveryDispatcher, recoveryRefusal } from './recovery/recovery-mode';
import { recoveryStatus } from './recovery/recovery-status';
import { defaultResourcesDir } from './resources';
import { startupTasks } from './startup';

export interface CoreOptions {
  dataDir: string;
  host: HostInfo;
  clock?: Clock;
  newId?: IdGenerator;
  log?: Logger;
  /** Make a backup at start-up when the newest is more than a day old (default true). */
  dailyBackup?: boolean;
  /** Path of a better-sqlite3 addon built for the running runtime, if not the default one. */
  sqliteNativeBinding?: string | undefined;
  /** Where built-in content and fonts are; found next to the code when absent. */
  resourcesDir?: string;
  /**
   * Tests only: open without taking the data folder's instance lock, to act as a second
   * connection to a folder this process already holds (e.g. the library index seeing writes
   * made by another connection). Hosts and the CLI never set it.
   */
  withoutInstanceLock?: boolean;
}

export interface AppCore {
  /** The context of the open database; throws while the core is in recovery mode. */
  readonly ctx: CoreContext;
  readonly dispatch: Dispatch;
  status(): CoreStatus;
  close(): void;
}

export function databasePath(dataDir: string): string {
  return path.join(dataDir, DATABASE_FILE_NAME);
}

interface Live {
  ctx: CoreContext;
  dispatch: Dispatch;
}

type State =
  | { mode: 'normal'; live: Live }
  | { mode: 'recovery'; problem: StartupProblem; dispatch: Dispatch; status: CoreStatus | null }
  | { mode: 'switching' }
  | { mode: 'closed' };

export function openCore(options: CoreOptions): AppCore {
  const { dataDir, host } = options;
  useSqliteBinding(options.sqliteNativeBinding);
  const log = options.log ?? consoleLogger;
  tightenDataFolder(dataDir, log);
  // Before anything touches the database: a second opener is refused here, naming the first.
  // Wall time on purpose: the holder note is for people, not part of the record.
  const lock = options.withoutInstanceLock
    ? { release: () => undefined }
    : acquireDataLock(dataDir, host.kind, new Date());
  const resourcesDir = options.resourcesDir ?? defaultResourcesDir();
  const clock = options.clock ?? systemClock;
  const newId = options.newId ?? uuidV7;
  const env: BackupEnv = { dataDir, clock, log, migrations };
  const file = databasePath(dataDir);
  const gate = new CallGate();
  let state: State = { mode: 'switching' };

  function openLive(): Live {
    const isNew = !fs.existsSync(file) || fs.statSync(file).size === 0;
    if (isNew && listBackups(env).length > 0) {
      throw new StartupProblem(
        'missing',
        `The clinic database was not found at ${file}, but there are backups of it. Restore one, or ask IT where the database went.`,
      );
    }
    const db = openCheckedDatabase(file, env);
    try {
      const ctx: CoreContext = { db, clock, newId, dataDir, log, resourcesDir };
      for (const task of startupTasks) task(ctx);
      // A new clinic gets its first backup at once: the Backups screen never promises one
      // that does not exist yet.
      if (options.dailyBackup ?? true) backupIfDue(db, env);
      return { ctx, dispatch: createDispatcher(createHandlers(ctx, host, control), log) };
    } catch (error) {
      closeQuietly(db);
      throw classifyStartupError(error, file);
    }
  }

  function start(): void {
    try {
      state = { mode: 'normal', live: openLive() };
    } catch (error) {
      const problem = classifyStartupError(error, file);
      log.error(`Starting in recovery mode: ${problem.message}`, problem.cause);
      state = {
        mode: 'recovery',
        problem,
        dispatch: recoveryDispatcher(problem, control, log),
        status: null,
      };
    }
  }

  /**
   * Replaces the live database by `source` (already verified by the caller). A safety backup
   * of the current one comes first; if the new one does not open, the old one is put back.
   */
  function switchTo(source: string, label: string, kind: 'restore' | 'import'): RestoreResult {
    const previous = state;
    if (previous.mode === 'switching' || previous.mode === 'closed') {
      throw new AppError(
        'CONFLICT',
        'Physioplan is busy switching databases. Try again in a moment.',
      );
    }
    const at = clock();
    const safety =
      previous.mode === 'normal'
        ? createBackup(
            previous.live.ctx.db,
            env,
            kind === 'restore' ? 'pre-restore' : 'pre-import',
            { prune: false },
          )
        : null;
    if (previous.mode === 'normal') closeQuietly(previous.live.ctx.db);
    state = { mode: 'switching' };
    let setAside: string | null = null;
    try {
      // A damaged or newer database is kept under another name, never deleted.
      if (previous.mode === 'recovery') setAside = keepCopyAside(file, 'set-aside', at);
      installDatabaseFile(source, file, migrations, at);
      state = { mode: 'normal', live: openLive() };
    } catch (error) {
      log.error(`The ${kind} failed; putting the previous database back`, error);
      try {
        if (safety) installDatabaseFile(safety.path, file, migrations, at);
        else if (setAside) fs.copyFileSync(setAside, file);
      } catch (rollbackError) {
        log.error('Putting the previous database back failed', rollbackError);
      }
      // Whatever is in place now opens normally or lands in recovery mode; never stuck.
      start();
      if (error instanceof AppError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new AppError(
        'IO',
        `The ${kind} did not complete and nothing was changed: ${reason.slice(0, 200)}`,
      );
    }
    try {
      recordAudit(state.live.ctx.db, clock, {
        entity: 'backup',
        entityId: label,
        action: kind === 'restore' ? 'restore' : 'import',
      });
    } catch (error) {
      log.error(`Could not record the ${kind} in the audit log`, error);
    }
    try {
      pruneBackups(
        env,
        folderForWriting(dataDir, true),
        new Set([label, ...(safety ? [safety.fileName] : [])]),
      );
    } catch (error) {
      log.error('Could not prune old backups after the switch', error);
    }
    return { restoredFrom: label, safetyBackup: safety };
  }

  const control: CoreControl = {
    env,
    appVersion: host.appVersion,
    status() {
      if (state.mode === 'recovery') {
        state.status ??= recoveryStatus(state.problem, env, file);
        return state.status;
      }
      return { mode: 'normal' };
    },
    async restoreBackup(ref: BackupRef) {
      const backup = findBackup(env, ref);
      requireRestorable(backup, env);
      checkDatabaseFile(backup.path, { migrations, label: 'This backup' });
      await checkRecordContents(backup.path, 'This backup', openScratch);
      return switchTo(backup.path, backup.fileName, 'restore');
    },
    async importRecord(exportFile: string) {
      if (!path.isAbsolute(exportFile))
        throw new AppError('VALIDATION', 'Enter the full path of the export file.', [
          { path: ['path'], message: 'Enter the full path of the export file.' },
        ]);
      const incoming = path.join(dataDir, `import-${timestampForFile(clock())}.sqlite.partial`);
      try {
        extractRecordExport(exportFile, incoming, migrations);
        await checkRecordContents(incoming, 'The database in this export', openScratch);
        return switchTo(incoming, path.basename(exportFile), 'import');
      } finally {
        fs.rmSync(incoming, { force: true });
      }
    },
  };

  /** A core like this one on a scratch folder, to read a candidate record back before use. */
  function openScratch(scratchDir: string): ScratchCore {
    return openCore({ ...options, dataDir: scratchDir, dailyBackup: false, log });
  }

  function currentDispatch(): Dispatch {
    switch (state.mode) {
      case 'normal':
        return state.live.dispatch;
      case 'recovery':
        return state.dispatch;
      case 'switching':
      case 'closed':
        return () =>
          Promise.resolve({
            ok: false,
            error: {
              code: 'CONFLICT',
              message: 'Physioplan is closing or switching databases. Try again in a moment.',
            },
          });
      default: {
        const unreachable: never = state;
        return unreachable;
      }
    }
  }

  const dispatch: Dispatch = (method, input) => {
    const run = (): Promise<Result<unknown>> => {
      // Refused before input validation: the answer is the same whatever was sent.
      if (state.mode === 'recovery' && isMethodName(method) && !recoveryMethods.has(method)) {
        return Promise.resolve({ ok: false, error: recoveryRefusal(state.problem) });
      }
      return currentDispatch()(method, input);
    };
    return typeof method === 'string' && databaseSwitchingMethods.has(method)
      ? gate.exclusiveRun(run)
      : gate.shared(run);
  };

  try {
    // SQLite gives the WAL and SHM files the database file's mode: create it owner-only.
    // (A missing database with backups beside it is the recovery screen's business.)
    if (!fs.existsSync(file) && listBackups(env).length === 0) createPrivateFile(file);
    start();
  } catch (error) {
    lock.release();
    throw error;
  }

  return {
    get ctx(): CoreContext {
      if (state.mode === 'normal') return state.live.ctx;
      throw new AppError(
        'CONFLICT',
        'The clinic database is not open (Physioplan is in recovery mode or closed).',
      );
    },
    dispatch,
    status: () => control.status(),
    close() {
      if (state.mode === 'normal') closeDatabase(state.live.ctx.db);
      state = { mode: 'closed' };
      lock.release();
    },
  };
}
