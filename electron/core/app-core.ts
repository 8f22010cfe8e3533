// Opens a data folder and returns the dispatcher both hosts carry. The dispatcher stays the
// same object for the life of the app while the database behind it may change: a restore or
// an import closes the database and opens the new one, and a database that cannot be used
// puts the core in recovery mode instead of failing (or, worse, starting afresh over it).
import fs from 'node:fs';
import path from 'node:path';
import { api, isMethodName, type MethodName } from '../../shared/api';
import { openAccessMethods } from '../../shared/contract/access';
import { databaseSwitchingMethods } from '../../shared/contract/backups';
import { recoveryModeMethods } from '../../shared/contract/recovery';
import type { BackupRef, CoreStatus, RestoreResult } from '../../shared/domain/backups';
import type { ApiErrorData, Result } from '../../shared/errors';
import { openAccessHandlers } from './access/access-handlers';
import { createAccessService, type AccessService, type KeyStore } from './access/access-service';
import { PRODUCTION_KDF, type KdfParams } from './access/key-wrap';
import type { Dispatch, HandlerMap } from '../../shared/api';
import { createDispatcher, INTERNAL_ERROR } from './api/dispatch';
import { createHandlers } from './api/handlers';
import { auditKeyFrom } from './audit/audit-key';
import { bindAudit } from './audit/audit-log';
import {
  backupIfDue,
  createBackup,
  findBackup,
  listBackups,
  requireRestorable,
  type BackupEnv,
} from './backups/backup-service';
import { extractRecordExport } from './backups/record-file';
import { switchRecord } from './backups/record-switch';
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
import type { DatabaseKey } from './db/database-key';
import { migrations } from './db/migrations';
import { closeDatabase, closeQuietly, DATABASE_FILE_NAME, useSqliteBinding } from './db/open';
import { classifyStartupError, openCheckedDatabase, StartupProblem } from './db/open-checked';
import { AppError } from './errors';
import { createPrivateFile, tightenDataFolder } from './file-modes';
import type { HostInfo } from './host-info';
import { recoveryRefusal } from './recovery/recovery-mode';
import { recoveryDispatcher } from './api/recovery-dispatcher';
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
  /** scrypt cost for the clinic passphrase and clinicians' PINs (tests pass a cheap one). */
  kdf?: KdfParams;
  /** Keeps the data key for this OS account (Electron's safeStorage); none in the browser host. */
  keyStore?: KeyStore;
  /** Wall-clock milliseconds for the idle lock (tests move it by hand). */
  idleNow?: () => number;
  /** Opens at once with this key and answers without sign-in: a scratch core checking a record. */
  checkWithKey?: DatabaseKey;
}

export interface AppCore {
  /** The context of the open database; throws while the core is in recovery mode. */
  readonly ctx: CoreContext;
  readonly dispatch: Dispatch;
  /** Who may use the record: setup, passphrase, sign-in, lock (also used directly by hosts). */
  readonly access: AccessService;
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
  | { mode: 'sealed' }
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
  const lock = acquireDataLock(dataDir, host.kind, new Date());
  const resourcesDir = options.resourcesDir ?? defaultResourcesDir();
  const clock = options.clock ?? systemClock;
  const newId = options.newId ?? uuidV7;
  const kdf = options.kdf ?? PRODUCTION_KDF;
  const file = databasePath(dataDir);
  const gate = new CallGate();
  let state: State = { mode: 'sealed' };
  const access = createAccessService({
    dataDir,
    databaseFile: file,
    clock,
    newId,
    log,
    migrations,
    kdf,
    keyStore: options.keyStore ?? null,
    now: options.idleNow ?? (() => Date.now()),
    open: (key) => {
      start(key);
    },
    database: () => (state.mode === 'normal' ? state.live.ctx.db : null),
    inRecovery: () => state.mode === 'recovery',
  });
  const env: BackupEnv = {
    dataDir,
    clock,
    log,
    migrations,
    get key() {
      return access.key;
    },
  };

  function requireKey(): DatabaseKey {
    const key = access.key;
    if (!key) throw new AppError('LOCKED', 'Open the clinic record with its passphrase first.');
    return key;
  }

  function openLive(key: DatabaseKey): Live {
    const isNew = !fs.existsSync(file) || fs.statSync(file).size === 0;
    if (isNew && listBackups(env).length > 0) {
      throw new StartupProblem(
        'missing',
        `The clinic database was not found at ${file}, but there are backups of it. Restore one, or ask IT where the database went.`,
      );
    }
    // SQLite gives the WAL and SHM files the database file's mode: create it owner-only.
    if (!fs.existsSync(file)) createPrivateFile(file);
    const db = openCheckedDatabase(file, key, {
      migrations: env.migrations,
      auditKey: auditKeyFrom(key),
      backupBeforeMigrating: (opened) => {
        createBackup(opened, env, 'pre-migration');
      },
      prepare: (fresh) => {
        bindAudit(fresh, { key: auditKeyFrom(key), actor: () => access.actorId() });
      },
    });
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

  function start(key: DatabaseKey): void {
    try {
      state = { mode: 'normal', live: openLive(key) };
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

  /** Replaces the live database by `source` (already verified by the caller): backups/ decides. */
  function switchTo(source: string, label: string, kind: 'restore' | 'import'): RestoreResult {
    const key = requireKey();
    return switchRecord(
      {
        env,
        file,
        clock,
        log,
        key,
        liveDatabase() {
          if (state.mode === 'normal') return state.live.ctx.db;
          if (state.mode === 'recovery') return null;
          throw new AppError(
            'CONFLICT',
            'Physioplan is busy switching databases. Try again in a moment.',
          );
        },
        close() {
          if (state.mode === 'normal') closeQuietly(state.live.ctx.db);
          state = { mode: 'switching' };
        },
        reopen() {
          const live = openLive(key);
          state = { mode: 'normal', live };
          return live.ctx.db;
        },
        restart() {
          start(key);
        },
      },
      source,
      label,
      kind,
    );
  }

  const control: CoreControl = {
    env,
    appVersion: host.appVersion,
    access,
    kdf,
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
      checkDatabaseFile(backup.path, { migrations, label: 'This backup', key: requireKey() });
      await checkRecordContents(backup.path, 'This backup', openScratch, requireKey());
      return switchTo(backup.path, backup.fileName, 'restore');
    },
    async importRecord(exportFile: string, passphrase: string) {
      if (!path.isAbsolute(exportFile))
        throw new AppError('VALIDATION', 'Enter the full path of the export file.', [
          { path: ['path'], message: 'Enter the full path of the export file.' },
        ]);
      const incoming = path.join(dataDir, `import-${timestampForFile(clock())}.sqlite.partial`);
      try {
        extractRecordExport(exportFile, incoming, migrations, {
          passphrase,
          targetKey: requireKey(),
        });
        await checkRecordContents(
          incoming,
          'The database in this export',
          openScratch,
          requireKey(),
        );
        return switchTo(incoming, path.basename(exportFile), 'import');
      } finally {
        fs.rmSync(incoming, { force: true });
      }
    },
  };

  /** A core like this one on a scratch folder, to read a candidate record back before use. */
  function openScratch(scratchDir: string): ScratchCore {
    return openCore({
      ...options,
      dataDir: scratchDir,
      dailyBackup: false,
      log,
      keyStore: undefined,
      checkWithKey: requireKey(),
    });
  }

  function currentDispatch(): Dispatch {
    switch (state.mode) {
      case 'normal':
        return state.live.dispatch;
      case 'recovery':
        return state.dispatch;
      case 'sealed':
        return sealedDispatch;
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

  const sealedDispatch = accessOnlyDispatcher(access, log);

  const dispatch: Dispatch = (method, input) => {
    const run = (): Promise<Result<unknown>> => {
      // Closing or switching: that answer comes first, whoever is signed in.
      if (state.mode === 'closed' || state.mode === 'switching')
        return currentDispatch()(method, input);
      // Nobody signed in (or the idle lock came down): only opening and signing in answer.
      if (!(typeof method === 'string' && openAccessMethods.has(method))) {
        let refusal: ApiErrorData | null;
        try {
          refusal = access.refusal();
        } catch (error) {
          log.error('Could not check who is signed in', error);
          return Promise.resolve({ ok: false, error: INTERNAL_ERROR });
        }
        if (refusal) return Promise.resolve({ ok: false, error: refusal });
      }
      // Refused before input validation: the answer is the same whatever was sent.
      if (
        state.mode === 'recovery' &&
        isMethodName(method) &&
        !recoveryModeMethods.has(method) &&
        !openAccessMethods.has(method)
      ) {
        return Promise.resolve({ ok: false, error: recoveryRefusal(state.problem) });
      }
      return currentDispatch()(method, input);
    };
    return typeof method === 'string' && databaseSwitchingMethods.has(method)
      ? gate.exclusiveRun(run)
      : gate.shared(run);
  };

  try {
    access.start();
    // A scratch core checking a candidate record opens it with the clinic's key at once.
    if (options.checkWithKey) access.openForCheck(options.checkWithKey);
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
    access,
    status: () => control.status(),
    close() {
      if (state.mode === 'normal') closeDatabase(state.live.ctx.db);
      state = { mode: 'closed' };
      access.close();
      lock.release();
    },
  };
}

/** Before the record is open: the opening and sign-in methods answer, everything else is LOCKED. */
function accessOnlyDispatcher(access: AccessService, log: Logger): Dispatch {
  const refuse = (): never => {
    throw new AppError('LOCKED', 'Physioplan is locked. Open the clinic record first.');
  };
  const refusing = {} as Record<MethodName, () => never>;
  for (const name of Object.keys(api)) if (isMethodName(name)) refusing[name] = refuse;
  const handlers: HandlerMap = { ...refusing, ...openAccessHandlers(access) };
  return createDispatcher(handlers, log);
}
