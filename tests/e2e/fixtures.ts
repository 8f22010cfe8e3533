// Every end-to-end test gets its own browser host on a fresh data folder.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

const HOST_ENTRY = path.resolve(import.meta.dirname, '../../out/main/browser-host.js');

export interface RunningHost {
  url: string;
  process: ChildProcess;
  output: string[];
}

export async function startHost(dataDir: string): Promise<RunningHost> {
  const child = spawn(process.execPath, [HOST_ENTRY, '--no-open', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Browser host did not start:\n${output.join('')}`)),
      30_000,
    );
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      const match = /PHYSIOPLAN_URL=(\S+)/.exec(output.join(''));
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Browser host exited with ${code}:\n${output.join('')}`));
    });
  });
  return { url, process: child, output };
}

export async function stopHost(host: RunningHost): Promise<void> {
  if (host.process.exitCode !== null) return;
  const exited = new Promise((resolve) => host.process.once('exit', resolve));
  host.process.kill('SIGTERM');
  await exited;
}

export interface AppFixture {
  page: Page;
  dataDir: string;
  /** Stops the host and starts it again on the same data folder, then reloads the page. */
  restart(): Promise<void>;
  /** Opens a route, e.g. "/settings". */
  goto(route: string): Promise<void>;
}

export const test = base.extend<{ app: AppFixture }>({
  app: async ({ page }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'physioplan-e2e-'));
    let host = await startHost(dataDir);
    await page.goto(host.url);
    const fixture: AppFixture = {
      page,
      dataDir,
      restart: async () => {
        await stopHost(host);
        host = await startHost(dataDir);
        await page.goto(host.url);
      },
      goto: async (route) => {
        await page.goto(`${new URL(host.url).origin}/#${route}`);
      },
    };
    await use(fixture);
    await stopHost(host);
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };
