// One exclusive OS-level lock per data folder, across processes: a second host is refused
// naming the first, the command line cannot restore under a running host, the lock outlives
// a refused opener and a deleted note, and it is gone when its holder dies.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../../electron/cli/index';
import { DataFolderInUseError } from '../../electron/core/data-lock';
import { bundleScript } from '../support/bundle-script';
import { openTestCore, tempDir, TEST_PASSPHRASE } from '../support/core';

let holderScript = '';
const running: ChildProcess[] = [];

beforeAll(async () => {
  holderScript = await bundleScript('tests/support/lock-holder.ts', 'lock-holder');
});
afterAll(() => fs.rmSync(holderScript, { force: true }));
afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Starts a host stand-in; resolves with its first line (READY or REFUSED …) and the child. */
function startHolder(dataDir: string, kind: 'browser' | 'electron') {
  const child = spawn(process.execPath, [holderScript, dataDir, kind], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  running.push(child);
  return new Promise<{ line: string; child: ChildProcess }>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve({ line: out.split('\n')[0] ?? '', child });
    });
    child.once('error', reject);
    child.once('exit', () => resolve({ line: out.split('\n')[0] ?? '', child }));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** The command line, given the clinic passphrase in a file as an administrator would. */
async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const secret = path.join(tempDir('physioplan-secret-'), 'passphrase.txt');
  fs.writeFileSync(secret, `${TEST_PASSPHRASE}\n`, { mode: 0o600 });
  const code = await runCli([...args, '--passphrase-file', secret], {
    write: (t) => (out += t),
    error: (t) => (err += t),
  });
  return { code, out, err };
}

describe('data folder lock', () => {
  it(
    'refuses a second host, naming the first, and keeps the lock after the second exits',
    { timeout: 30_000 },
    async () => {
      const dir = tempDir('physioplan-lock-');
      // A clinic that was set up (the command line has a record to describe).
      openTestCore(dir).close();
      const first = await startHolder(dir, 'browser');
      expect(first.line).toBe('READY');
      const second = await startHolder(dir, 'electron');
      expect(second.line).toContain('Physioplan is running on this data folder');
      expect(second.line).toContain(`the browser window, process ${first.child.pid ?? ''}`);
      await exited(second.child);
      expect(second.child.exitCode).toBe(1);

      // The refused process is gone; someone deletes the note too: the lock still holds.
      fs.rmSync(path.join(dir, 'physioplan.lock'), { force: true });
      expect(() => openTestCore(dir)).toThrow(DataFolderInUseError);
      const stats = await cli('stats', '--data-dir', dir);
      expect(stats.out).toContain('In use by: another Physioplan process');
      expect(stats.out).not.toContain('In use by: nobody');
    },
  );

  it('refuses a command-line restore while a host runs', { timeout: 30_000 }, async () => {
    const dir = tempDir('physioplan-lock-');
    const seed = openTestCore(dir);
    seed.close();
    expect((await cli('backup', '--data-dir', dir)).code).toBe(EXIT.ok);
    const host = await startHolder(dir, 'browser');
    expect(host.line).toBe('READY');
    const restore = await cli('restore', '--latest', '--yes', '--data-dir', dir);
    expect(restore.code).toBe(EXIT.inUse);
    expect(restore.err).toContain(`the browser window, process ${host.child.pid ?? ''}`);
    const stats = await cli('stats', '--data-dir', dir);
    expect(stats.out).toContain(`In use by: the browser window, process ${host.child.pid ?? ''}`);
  });

  it('frees the folder when its holder dies, even by SIGKILL', { timeout: 30_000 }, async () => {
    const dir = tempDir('physioplan-lock-');
    const host = await startHolder(dir, 'electron');
    expect(host.line).toBe('READY');
    host.child.kill('SIGKILL');
    await exited(host.child);
    const core = openTestCore(dir);
    expect(core.status()).toEqual({ mode: 'normal' });
    // This process holds it now: a host started meanwhile is refused.
    const late = await startHolder(dir, 'browser');
    expect(late.line).toContain(`process ${process.pid}`);
    core.close();
    const again = await startHolder(dir, 'browser');
    expect(again.line).toBe('READY');
  });
});
