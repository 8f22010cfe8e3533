// What encryption at rest costs: the same calls through the same handlers on the encrypted
// clinic database and on a plain copy of it, in one run (target: ≤ 15 % slower).
// - library search as the clinician types (10,000 items);
// - opening a plan of 200 items;
// - the home programme PDF of that plan (its version read from the database, then rendered).
// The page cache is reset between figures by opening each database on its own connection;
// SQLCipher decrypts pages as SQLite reads them, so reads that miss SQLite's cache pay it.
import fs from 'node:fs';
import path from 'node:path';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api';
import type { Dispatch } from '../../shared/api';
import { createDispatcher } from '../../electron/core/api/dispatch';
import { createHandlers } from '../../electron/core/api/handlers';
import { bindAudit } from '../../electron/core/audit/audit-log';
import { auditKeyFrom } from '../../electron/core/audit/audit-key';
import type { CoreContext } from '../../electron/core/context';
import type { CoreControl } from '../../electron/core/core-control';
import type Database from 'better-sqlite3';
import CipherDatabase from 'better-sqlite3-multiple-ciphers';
import { applyDatabaseKey, DatabaseKey } from '../../electron/core/db/database-key';
import { databasePath } from '../../electron/core/app-core';
import { openDatabase } from '../../electron/core/db/open';
import { openTestCore, TEST_KDF, tempDir, testDataKey, type TestCore } from '../support/core';
import {
  calfStretch,
  heelDrop,
  nightSplint,
  seedLibraryItem,
  seedPlan,
  towelCurls,
} from '../support/plan-fixtures';
import { measure, report, type Stats } from './bench-utils';
import { queries, seedLibrary } from './library-data';

const LIBRARY_ITEMS = 10_000;
const repoRoot = path.resolve(import.meta.dirname, '../..');
const PLAN_ITEMS = 200;

type Call = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

function caller(dispatch: Dispatch): Call {
  return async (method, input) => {
    const result = await dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as never;
  };
}

async function seed(core: TestCore): Promise<{ planId: string; versionId: string }> {
  seedLibrary(core, LIBRARY_ITEMS);
  const library = [heelDrop, calfStretch, towelCurls, nightSplint].map((d) =>
    seedLibraryItem(core, d),
  );
  const items = Array.from({ length: PLAN_ITEMS }, (_, i) => library[i % library.length] ?? '');
  const { plan } = await seedPlan(core, [{ items }], 'Bench plan');
  const issued = await core.call('plans.issue', { planId: plan.id, revision: plan.revision });
  return { planId: plan.id, versionId: issued.version.id };
}

/**
 * The core's handlers on a given connection, without the sign-in check in front (the same
 * on both sides, so the figures differ by the cipher alone).
 */
function dispatcherOn(core: TestCore, db: Database.Database): Dispatch {
  const ctx: CoreContext = { ...core.ctx, db };
  const refuse = () => {
    throw new Error('not part of the benchmark');
  };
  const control: CoreControl = {
    env: { dataDir: core.dataDir, clock: ctx.clock, log: ctx.log, migrations: [], key: null },
    appVersion: 'bench',
    access: core.access,
    kdf: TEST_KDF,
    status: refuse,
    restoreBackup: refuse,
    importRecord: refuse,
  };
  return createDispatcher(
    createHandlers(ctx, { kind: 'browser', appVersion: 'bench' }, control),
    ctx.log,
  );
}

async function figures(call: Call, ids: { planId: string; versionId: string }) {
  const searchAll = async () => {
    for (const query of queries) await call('library.search', { query });
  };
  return {
    search: await measure(searchAll, 20, 2),
    planOpen: await measure(() => call('plans.get', { planId: ids.planId }), 60, 5),
    pdf: await measure(() => call('pdf.homeProgramme', { planVersionId: ids.versionId }), 15, 2),
  };
}

function compare(name: string, encrypted: Stats, plain: Stats, extra: object = {}): void {
  report(name, {
    median_ms: encrypted.median_ms,
    plain_median_ms: plain.median_ms,
    slower_pct: Math.round((encrypted.median_ms / plain.median_ms - 1) * 1000) / 10,
    target_slower_pct: 15,
    runs: encrypted.runs,
    ...extra,
  });
}

async function main(): Promise<void> {
  // No built-in library (the generated one is the library), but the print fonts.
  const resourcesDir = tempDir('physioplan-bench-resources-');
  fs.symlinkSync(path.join(repoRoot, 'resources', 'fonts'), path.join(resourcesDir, 'fonts'));
  const core = openTestCore(undefined, { resourcesDir });
  const ids = await seed(core);
  // A plain copy of the very same database: an encrypted snapshot, then decrypted in place.
  const plainFile = path.join(tempDir('physioplan-bench-plain-'), 'plain.sqlite');
  core.ctx.db.prepare('VACUUM INTO ?').run(plainFile);
  const decrypt = new CipherDatabase(plainFile);
  applyDatabaseKey(decrypt, testDataKey(core.dataDir));
  decrypt.pragma(`rekey = ''`);
  decrypt.close();
  const plainDb = openDatabase(plainFile, {});
  bindAudit(plainDb, { key: auditKeyFrom(DatabaseKey.random()), actor: () => null });
  const plain = caller(dispatcherOn(core, plainDb));
  const encrypted = caller(dispatcherOn(core, core.ctx.db));
  try {
    // Alternate the order so neither side always runs on a warmer machine.
    const encryptedFirst = await figures(encrypted, ids);
    const plainFirst = await figures(plain, ids);
    const plainSecond = await figures(plain, ids);
    const encryptedSecond = await figures(encrypted, ids);
    const best = (a: Stats, b: Stats) => (a.median_ms <= b.median_ms ? a : b);
    compare(
      'encryption.library-search-prefix-queries',
      best(encryptedFirst.search, encryptedSecond.search),
      best(plainFirst.search, plainSecond.search),
      { items: LIBRARY_ITEMS, queries_per_run: queries.length },
    );
    compare(
      'encryption.plans-get-200-items',
      best(encryptedFirst.planOpen, encryptedSecond.planOpen),
      best(plainFirst.planOpen, plainSecond.planOpen),
    );
    compare(
      'encryption.pdf-home-programme-200-items',
      best(encryptedFirst.pdf, encryptedSecond.pdf),
      best(plainFirst.pdf, plainSecond.pdf),
    );
    // A cold start: a new connection (empty page cache) opens the plan; every page it reads
    // is decrypted on the way in.
    const key = testDataKey(core.dataDir);
    const coldOpen = (file: string, withKey: boolean) => async () => {
      const db = openDatabase(file, withKey ? { key } : {});
      bindAudit(db, { key: auditKeyFrom(key), actor: () => null });
      try {
        await caller(dispatcherOn(core, db))('plans.get', { planId: ids.planId });
      } finally {
        db.close();
      }
    };
    const liveFile = databasePath(core.dataDir);
    compare(
      'encryption.open-connection-and-plans-get',
      await measure(coldOpen(liveFile, true), 20, 2),
      await measure(coldOpen(plainFile, false), 20, 2),
    );
    report('encryption.database-size', { bytes: databaseBytes(core), items: LIBRARY_ITEMS });
  } finally {
    plainDb.close();
    core.close();
  }
}

function databaseBytes(core: TestCore): number {
  return (
    (core.ctx.db.prepare('PRAGMA page_count').get() as { page_count: number }).page_count *
    (core.ctx.db.prepare('PRAGMA page_size').get() as { page_size: number }).page_size
  );
}

await main();
