// The kill test: a child process writes continuously through the core and reports each
// committed write; it is killed with SIGKILL at random moments, 50 times. After every kill
// the database must open, pass integrity_check, and hold every write that was reported.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditKeyFrom } from '../../electron/core/audit/audit-key';
import { bindAudit, verifyAuditLog } from '../../electron/core/audit/audit-log';
import { checkDatabaseFile } from '../../electron/core/db/backup';
import { migrations } from '../../electron/core/db/migrations';
import { bundleScript } from '../support/bundle-script';
import { openTestDatabase, tempDir, testDataKey } from '../support/core';
import { stepKind } from '../support/kill-writer-steps';

const KILLS = 50;
let bundle = '';

/** A small seeded generator, so a failing run can be repeated with KILL_SEED. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Round {
  lines: string[];
  exitSignal: NodeJS.Signals | null;
}

/** Starts the writer and SIGKILLs it `delayMs` after it is READY (or after spawn). */
function runAndKill(
  dataDir: string,
  runId: string,
  delayMs: number,
  beforeReady: boolean,
): Promise<Round> {
  const reportFile = path.join(dataDir, `..`, `${path.basename(dataDir)}-${runId}.report`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, dataDir, runId, reportFile], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    if (beforeReady) timer = setTimeout(kill, delayMs);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!beforeReady && timer === undefined && stdout.includes('READY')) {
        timer = setTimeout(kill, delayMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (_code, signal) => {
      clearTimeout(timer);
      const text = fs.existsSync(reportFile) ? fs.readFileSync(reportFile, 'utf8') : '';
      fs.rmSync(reportFile, { force: true });
      // A line cut off by the kill was never fully reported: ignore it.
      const complete = text.slice(0, text.lastIndexOf('\n') + 1);
      if (signal !== 'SIGKILL') reject(new Error(`writer exited by itself:\n${text}\n${stderr}`));
      else resolve({ lines: complete.split('\n').filter(Boolean), exitSignal: signal });
    });
  });
}

/** The writer's next settings write after step `n`. */
function nextSettingsWrite(n: number): number {
  let next = n + 1;
  while (stepKind(next) !== 'settings') next += 1;
  return next;
}

beforeAll(async () => {
  bundle = await bundleScript('tests/support/kill-writer.ts', 'kill-writer');
  return () => fs.rmSync(bundle, { force: true });
});

describe('kill test', () => {
  it(
    `keeps every reported write through ${KILLS} SIGKILLs at random moments`,
    { timeout: 240_000 },
    async () => {
      const seed = Number(process.env['KILL_SEED'] ?? Date.now() % 1_000_000);
      const next = random(seed);
      const dataDir = tempDir('physioplan-kill-');
      const patients = new Set<string>();
      const plans = new Map<string, number>();
      const visits = new Set<string>();
      let planWrites = 0;
      let settingsWrites = 0;
      let backupsWritten = 0;
      let killsDuringStartup = 0;
      for (let round = 1; round <= KILLS; round += 1) {
        const context = `seed ${seed}, round ${round}`;
        // One round in five is killed while the core is still opening (migrations, backups).
        const beforeReady = round > 1 && next() < 0.2;
        // After READY, up to 400 ms of writes: enough acknowledged writes per round even when the
        // machine is busy (the check below wants more patients than kills).
        const delay = beforeReady ? Math.floor(next() * 250) : Math.floor(next() * 400);
        const { lines } = await runAndKill(dataDir, `r${round}`, delay, beforeReady);
        const ready = lines.find((l) => l.startsWith('READY'));
        if (ready) expect(ready, context).toBe('READY normal');
        else killsDuringStartup += 1;
        expect(
          lines.filter((l) => l.startsWith('ERROR')),
          context,
        ).toEqual([]);
        const reportedNames = lines.filter((l) => l.startsWith('S ')).map((l) => l.slice(2));
        for (const l of lines.filter((x) => x.startsWith('P '))) patients.add(l.slice(2));
        for (const l of lines.filter((x) => x.startsWith('V '))) visits.add(l.slice(2));
        for (const l of lines.filter((x) => x.startsWith('L '))) {
          const [, id, revision] = l.split(' ');
          if (id !== undefined) plans.set(id, Math.max(plans.get(id) ?? 0, Number(revision)));
        }
        const backups = lines
          .filter((l) => l.startsWith('B '))
          .map((l) => JSON.parse(l.slice(2)) as { path: string });
        settingsWrites += reportedNames.length;
        planWrites += lines.filter((l) => l.startsWith('L ')).length;
        backupsWritten += backups.length;

        // The writer made the key; the test knows the passphrase it was wrapped with.
        const key = testDataKey(dataDir);
        const db = openTestDatabase(dataDir);
        bindAudit(db, { key: auditKeyFrom(key), actor: () => null });
        try {
          expect(db.pragma('integrity_check', { simple: true }), context).toBe('ok');
          expect(db.pragma('foreign_key_check'), context).toEqual([]);
          const present = new Set(db.prepare('SELECT id FROM patients').pluck().all() as string[]);
          expect(
            [...patients].filter((id) => !present.has(id)),
            context,
          ).toEqual([]);
          const storedVisits = new Set(
            db.prepare('SELECT id FROM visits').pluck().all() as string[],
          );
          expect(
            [...visits].filter((id) => !storedVisits.has(id)),
            context,
          ).toEqual([]);
          // Every reported plan is there, at least at the revision reported for it.
          const revisionOf = db.prepare('SELECT revision FROM plans WHERE id = ?').pluck();
          const behind = [...plans].filter(([id, revision]) => {
            const stored = revisionOf.get(id) as number | undefined;
            return stored === undefined || stored < revision;
          });
          expect(behind, context).toEqual([]);
          // Settings: the last reported name, or the next settings write if it committed unreported.
          const name = db
            .prepare('SELECT clinic_name FROM clinic_settings')
            .pluck()
            .get() as string;
          const last = reportedNames.at(-1);
          if (last !== undefined) {
            const n = Number(last.split('-').at(-1));
            expect([last, `r${round}-${nextSettingsWrite(n)}`], context).toContain(name);
          }
          expect(verifyAuditLog(db), context).toMatchObject({ ok: true });
        } finally {
          db.close();
        }
        const newestBackup = backups.at(-1);
        if (newestBackup) {
          expect(
            () => checkDatabaseFile(newestBackup.path, { migrations, label: 'Backup', key }),
            context,
          ).not.toThrow();
        }
      }
      console.log(
        `kill test (seed ${seed}): ${KILLS} kills survived, ${killsDuringStartup} during start-up; ` +
          `${patients.size} patients, ${plans.size} plans (${planWrites} plan writes), ${visits.size} visits, ${settingsWrites} settings writes, ${backupsWritten} backups reported and found`,
      );
      expect(patients.size).toBeGreaterThan(KILLS);
    },
  );
});
