// Test helpers: a core on a fresh temporary data folder with a fixed clock and ids.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, onTestFinished } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api';
import type { ApiErrorData } from '../../shared/errors';
import { databasePath, openCore, type AppCore } from '../../electron/core/app-core';
import { silentLogger, type CoreContext } from '../../electron/core/context';
import { closeDatabase, openDatabase } from '../../electron/core/db/open';

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
}

export function openTestCore(dataDir = tempDir(), options: TestCoreOptions = {}): TestCore {
  const core = openCore({
    dataDir,
    ...(options.resourcesDir === undefined ? {} : { resourcesDir: options.resourcesDir }),
    host: { kind: 'test', appVersion: '0.0.0-test' },
    clock: options.clock ?? fixedClock(),
    newId: sequentialIds(options.idPrefix),
    log: silentLogger,
    ...(options.dailyBackup === undefined ? {} : { dailyBackup: options.dailyBackup }),
  });
  return {
    // The core's ctx is a getter (the database changes on restore), so it cannot be spread.
    get ctx() {
      return core.ctx;
    },
    dispatch: core.dispatch,
    status: () => core.status(),
    close: () => core.close(),
    dataDir,
    async call(method, input) {
      const result = await core.dispatch(method, input);
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

/**
 * A plain second SQLite connection to the database of an open test core, as another process
 * would have it (no core, so no instance lock), with a context for calling services directly.
 * Closed when the test ends.
 */
export function secondConnection(core: TestCore, idPrefix = 'other'): CoreContext {
  const db = openDatabase(databasePath(core.dataDir));
  onTestFinished(() => closeDatabase(db));
  return {
    db,
    clock: fixedClock('2026-11-22T12:00:00.000Z'),
    newId: sequentialIds(idPrefix),
    dataDir: core.dataDir,
    log: silentLogger,
  };
}
