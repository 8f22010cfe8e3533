// Every end-to-end test gets its own browser host on a fresh data folder.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { TEST_ADMIN, TEST_PASSPHRASE } from '../support/test-keys';

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

/** Calls the core from the page, as the app does; answers the raw result (ok or error). */
export async function callApi(
  page: Page,
  method: string,
  input: unknown,
): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
  // The session is the page's HttpOnly cookie, sent by the browser with same-origin requests.
  return page.evaluate(
    async ({ method, input }) => {
      const response = await fetch(`/api/invoke?method=${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ method, input }),
      });
      return (await response.json()) as {
        ok: boolean;
        value?: unknown;
        error?: { code: string; message: string };
      };
    },
    { method, input },
  );
}

interface AccessStatusSeen {
  stage: string;
  clinicians: { id: string; name: string }[];
}

/**
 * Takes the app past its lock through the API, as a clinic that is already set up would be:
 * a new data folder gets the test passphrase and admin, a known one is opened and signed in.
 * (One spec, access.spec.ts, goes through the real screens instead.)
 */
export async function unlockApp(page: Page): Promise<void> {
  const call = async (method: string, input: unknown): Promise<AccessStatusSeen> => {
    const result = await callApi(page, method, input);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result)}`);
    return result.value as AccessStatusSeen;
  };
  let status = await call('access.status', {});
  if (status.stage === 'setup') {
    await call('access.setup', {
      clinicPassphrase: TEST_PASSPHRASE,
      adminName: TEST_ADMIN.name,
      secretKind: 'pin',
      secret: TEST_ADMIN.pin,
    });
  } else {
    if (status.stage === 'passphrase')
      status = await call('access.openClinic', { passphrase: TEST_PASSPHRASE });
    const id = status.clinicians.find((c) => c.name === TEST_ADMIN.name)?.id;
    if (status.stage === 'sign-in' && id)
      await call('access.signIn', { clinicianId: id, secret: TEST_ADMIN.pin });
  }
  await page.reload();
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
    await unlockApp(page);
    const fixture: AppFixture = {
      page,
      dataDir,
      restart: async () => {
        await stopHost(host);
        host = await startHost(dataDir);
        await page.goto(host.url);
        await unlockApp(page);
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
