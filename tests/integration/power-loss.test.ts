// The power-loss test. A SIGKILL keeps the operating system's page cache, so it cannot show
// writes that were acknowledged before they reached the disk. Here the writer runs under a
// shim (tests/support/power-loss-shim.c) that keeps, for each database file, only the
// content it had at its last fsync; after a kill at a random moment that "disk" is copied
// back as the data folder, as after a power cut, and must hold every acknowledged patient.
// A control round with SQLite's syncing turned off must lose writes, or the model is blind.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditKeyFrom } from '../../electron/core/audit/audit-key';
import { bindAudit, verifyAuditLog } from '../../electron/core/audit/audit-log';
import { bundleScript } from '../support/bundle-script';
import { openTestDatabase, tempDir, testDataKey } from '../support/core';

const ROUNDS = 6;
const root = path.resolve(import.meta.dirname, '../..');
let writer = '';
let shim = '';

beforeAll(async () => {
  writer = await bundleScript('tests/support/power-loss-writer.ts', 'power-loss-writer');
  shim = path.join(root, '.tmp', `power-loss-shim-${process.pid}.so`);
  execFileSync('cc', [
    '-shared',
    '-fPIC',
    '-o',
    shim,
    path.join(root, 'tests/support/power-loss-shim.c'),
    '-ldl',
  ]);
});
afterAll(() => {
  fs.rmSync(writer, { force: true });
  fs.rmSync(shim, { force: true });
});

/** Runs the writer until `delayMs` after it is ready, kills it, returns acknowledged ids. */
function runUntilPowerCut(
  dataDir: string,
  disk: string,
  runId: string,
  delayMs: number,
  syncOff: boolean,
): Promise<string[]> {
  const reportFile = `${disk}-${runId}.report`;
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [writer, dataDir, reportFile, runId, ...(syncOff ? ['off'] : [])],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          LD_PRELOAD: shim,
          POWERLOSS_WATCH_DIR: fs.realpathSync(dataDir),
          POWERLOSS_SHADOW_DIR: disk,
        },
      },
    );
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      if (timer === undefined && chunk.toString().includes('READY')) {
        timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (_code, signal) => {
      clearTimeout(timer);
      const text = fs.existsSync(reportFile) ? fs.readFileSync(reportFile, 'utf8') : '';
      fs.rmSync(reportFile, { force: true });
      if (signal !== 'SIGKILL') {
        reject(new Error(`writer exited by itself:\n${text}\n${stderr}`));
        return;
      }
      const complete = text.slice(0, text.lastIndexOf('\n') + 1).split('\n');
      const errors = complete.filter((line) => line.startsWith('ERROR'));
      if (errors.length > 0) reject(new Error(errors.join('\n')));
      else resolve(complete.filter((l) => l.startsWith('P ')).map((l) => l.slice(2)));
    });
  });
}

/** Makes folder `to` hold exactly the files of folder `from`. */
function mirror(from: string, to: string): void {
  for (const name of fs.readdirSync(to)) {
    fs.rmSync(path.join(to, name), { recursive: true, force: true });
  }
  for (const name of fs.readdirSync(from)) {
    const file = path.join(from, name);
    if (!name.startsWith('.') && fs.statSync(file).isFile())
      fs.copyFileSync(file, path.join(to, name));
  }
}

/** Acknowledged patients missing after the power cut (integrity and audit chain checked). */
function missingAfterPowerCut(dataDir: string, acknowledged: Set<string>): string[] {
  // The writer made the clinic key; the test knows the passphrase it was wrapped with.
  const db = openTestDatabase(dataDir);
  bindAudit(db, { key: auditKeyFrom(testDataKey(dataDir)), actor: () => null });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(verifyAuditLog(db)).toMatchObject({ ok: true });
    const present = new Set(db.prepare('SELECT id FROM patients').pluck().all() as string[]);
    return [...acknowledged].filter((id) => !present.has(id));
  } finally {
    db.close();
  }
}

async function powerCutRounds(
  rounds: number,
  seed: number,
  syncOff: boolean,
): Promise<{ acknowledged: number; missing: string[] }> {
  const dataDir = tempDir('physioplan-power-');
  const disk = tempDir('physioplan-disk-');
  const acknowledged = new Set<string>();
  let missing: string[] = [];
  for (let round = 1; round <= rounds; round += 1) {
    // 150–450 ms of writing: past start-up, often past a WAL checkpoint.
    const delay = 150 + ((seed * 7919 + round * 104_729) % 300);
    // The check below closed the database cleanly: the disk starts as the folder is.
    mirror(dataDir, disk);
    const ids = await runUntilPowerCut(dataDir, disk, `r${round}`, delay, syncOff);
    for (const id of ids) acknowledged.add(id);
    // After the cut only what was synced is left; it becomes the data folder.
    mirror(disk, dataDir);
    missing = missingAfterPowerCut(dataDir, acknowledged);
    if (missing.length > 0) break;
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(disk, { recursive: true, force: true });
  return { acknowledged: acknowledged.size, missing };
}

describe('power loss', () => {
  const seed = Number(process.env['POWER_SEED'] ?? Date.now() % 1_000_000);

  it(
    `keeps every acknowledged write through ${ROUNDS} power cuts (seed ${seed})`,
    { timeout: 90_000 },
    async () => {
      const { acknowledged, missing } = await powerCutRounds(ROUNDS, seed, false);
      console.log(`power-loss test (seed ${seed}): ${acknowledged} acknowledged patients kept`);
      expect(acknowledged).toBeGreaterThan(ROUNDS);
      expect(missing, `acknowledged patients lost (seed ${seed})`).toEqual([]);
    },
  );

  it(
    'catches lost writes when SQLite does not sync (the model can see a power cut)',
    {
      timeout: 30_000,
    },
    async () => {
      const { acknowledged, missing } = await powerCutRounds(1, seed, true);
      expect(acknowledged).toBeGreaterThan(0);
      expect(missing.length).toBeGreaterThan(0);
    },
  );
});
