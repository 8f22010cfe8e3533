// Test helpers: a core on a fresh temporary data folder with a fixed clock and ids.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api';
import type { ApiErrorData } from '../../shared/errors';
import { databasePath, openCore, type AppCore } from '../../electron/core/app-core';
import { silentLogger, type Logger } from '../../electron/core/context';
import { TEST_KDF, testDataKey as unwrapTestKey, unlockTestCore } from './test-keys';
import type { DatabaseKey } from '../../electron/core/db/database-key';
import { openDatabase } from '../../electron/core/db/open';

const knownKeys: DatabaseKey[] = [];

/**
 * Opens any database file a test core wrote (the live file, a backup, a kept-aside copy) with
 * whichever test clinic's key fits, or as plain SQLite when it is not encrypted.
 */
export function openTestFile(file: string, options: { readonly?: boolean } = {}) {
  const readonly = options.readonly ?? true;
  for (const key of [...knownKeys].reverse()) {
    try {
      return openDatabase(file, { key, readonly });
    } catch {
      // Another clinic's key; try the next.
    }
  }
  return openDatabase(file, { readonly });
}

export {
  unlockTestCore,
  TEST_ADMIN,
  TEST_EXPORT_PASSPHRASE,
  TEST_IMPORT_SECRETS,
  TEST_KDF,
  TEST_PASSPHRASE,
} from './test-keys';

/** The data key of a test data folder (set up with TEST_PASSPHRASE); remembered for openTestFile. */
export function testDataKey(dataDir: string): DatabaseKey {
  const key = unwrapTestKey(dataDir);
  if (!knownKeys.some((known) => known.equals(key))) knownKeys.push(key);
  return key;
}

/** Opens a test core's database file directly (encrypted), as a tampering test would. */
export function openTestDatabase(dataDir: string, options: { readonly?: boolean } = {}) {
  return openDatabase(databasePath(dataDir), { key: testDataKey(dataDir), ...options });
}

export function tempDir(prefix = 'physioplan-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A clock that starts at a fixed instant and moves one second per call. */
export function fixedClock(startIso = '2026-11-22T09:00:00.000Z'): () => Date {
  let t = Date.parse(startIso);
  return () => {
    const now = new Date(t);
    t += 1000;
    return now;
  };
}

/** Sortable, readable ids: id-000001, id-000002, ... */
export function sequentialIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(6, '0')}`;
}

export interface TestCore extends AppCore {
  dataDir: string;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  fail(method: MethodName, input: unknown): Promise<ApiErrorData>;
}

export interface TestCoreOptions {
  clock?: () => Date;
  dailyBackup?: boolean;
  /** Resources folder (built-in library content); the repository's own by default. */
  resourcesDir?: string;
  /** Prefix of the sequential ids; give a reopened data folder another one so ids stay unique. */
  idPrefix?: string;
  /** Leave the core locked (setup, passphrase or sign-in screen) instead of unlocking it. */
  locked?: boolean;
  /** Wall-clock milliseconds for the idle lock. */
  idleNow?: () => number;
  /** Where the core logs (silent by default). */
  log?: Logger;
  /** A second connection to a folder an open test core already holds (skips the instance lock). */
  secondConnection?: boolean;
}

export function openTestCore(dataDir = tempDir(), options: TestCoreOptions = {}): TestCore {
  const core = openCore({
    dataDir,
    ...(options.resourcesDir === undefined ? {} : { resourcesDir: options.resourcesDir }),
    host: { kind: 'test', appVersion: '0.0.0-test' },
    clock: options.clock ?? fixedClock(),
    newId: sequentialIds(options.idPrefix),
    log: options.log ?? silentLogger,
    kdf: TEST_KDF,
    ...(options.idleNow === undefined ? {} : { idleNow: options.idleNow }),
    ...(options.dailyBackup === undefined ? {} : { dailyBackup: options.dailyBackup }),
    ...(options.secondConnection ? { withoutInstanceLock: true } : {}),
  });
  if (!options.locked) unlockTestCore(core);
  if (core.access.key && !knownKeys.some((k) => core.access.key?.equals(k) === true))
    knownKeys.push(core.access.key);
  return {
    // The core's ctx is a getter (the database changes on restore), so it cannot be spread.
    get ctx() {
      return core.ctx;
    },
    dispatch: core.dispatch,
    access: core.access,
    status: () => core.status(),
    close: () => core.close(),
    dataDir,
    async call(method, input) {
      let result = await core.dispatch(method, input);
      // A restore out of recovery mode opens the record with nobody signed in yet.
      if (!result.ok && result.error.code === 'LOCKED' && !options.locked) {
        unlockTestCore(core);
        result = await core.dispatch(method, input);
      }
      if (!result.ok)
        throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
      return result.value as never;
    },
    async fail(method, input) {
      const result = await core.dispatch(method, input);
      if (result.ok) throw new Error(`${method} was expected to fail but succeeded`);
      return result.error;
    },
  };
}

/**
 * For a test file that opens several cores: returns `track`, which hands a core back and closes
 * it after the test it was opened in.
 */
export function closeAfterEach(): (core: TestCore) => TestCore {
  const open: TestCore[] = [];
  afterEach(() => {
    for (const core of open.splice(0)) core.close();
  });
  return (core) => {
    open.push(core);
    return core;
  };
}
