// The browser host's secret stays out of what other accounts can see. The real entry point
// opens a stand-in browser that records its command line and environment (what `ps` shows
// everyone); nothing in them lets another process call the API, the launch page they name is
// unreadable to another account, and the owner's one-time address works exactly once.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleScript } from '../support/bundle-script';
import { tempDir } from '../support/core';

let hostScript = '';
let host: ChildProcess | undefined;
const work = tempDir('physioplan-launch-');
const dataDir = path.join(work, 'data');
const seen = { argv: path.join(work, 'argv.txt'), env: path.join(work, 'env.txt') };

beforeAll(async () => {
  hostScript = await bundleScript('electron/browser-host/index.ts', 'browser-host');
  const fakeBrowser = path.join(work, 'fake-chromium');
  fs.writeFileSync(
    fakeBrowser,
    `#!/bin/sh\nprintf '%s\\n' "$@" > "${seen.argv}"\nenv > "${seen.env}"\nexec sleep 120\n`,
    { mode: 0o755 },
  );
  host = spawn(process.execPath, [hostScript, '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PHYSIOPLAN_BROWSER: fakeBrowser },
  });
  await waitFor(() => fs.existsSync(seen.env) && fs.readFileSync(seen.env, 'utf8').length > 0);
}, 60_000);
afterAll(async () => {
  if (host && host.exitCode === null) {
    const exited = new Promise((resolve) => host?.once('exit', resolve));
    host.kill('SIGTERM');
    await exited;
  }
  fs.rmSync(hostScript, { force: true });
});

async function waitFor(ready: () => boolean): Promise<void> {
  for (let tries = 0; tries < 600 && !ready(); tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!ready()) throw new Error('timed out');
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function send(port: number, method: string, target: string, headers = {}, body?: string) {
  return new Promise<Reply>((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, method, path: target, headers },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** The host's listening port, as any account can see it (ss / /proc/net/tcp). */
function listeningPort(pid: number): number {
  const inodes = new Set(
    fs
      .readdirSync(`/proc/${pid}/fd`)
      .map((fd) => /socket:\[(\d+)\]/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1])
      .filter((inode): inode is string => inode !== undefined),
  );
  for (const line of fs.readFileSync('/proc/net/tcp', 'utf8').split('\n').slice(1)) {
    const fields = line.trim().split(/\s+/);
    const [local, , state] = [fields[1], fields[2], fields[3]];
    if (state === '0A' && fields[9] !== undefined && inodes.has(fields[9]) && local) {
      return parseInt(local.split(':')[1] ?? '0', 16);
    }
  }
  throw new Error('no listening socket');
}

// Answered before anyone signs in (app.info is LOCKED until then): proves the session, not the sign-in.
const invoke = JSON.stringify({ method: 'access.status', input: {} });

describe.skipIf(process.platform !== 'linux')('browser host launch', () => {
  it('gives nothing usable to a process that only sees command lines and environments', async () => {
    const pid = host?.pid ?? 0;
    const port = listeningPort(pid);
    const visible = [
      fs.readFileSync(seen.argv, 'utf8'),
      fs.readFileSync(seen.env, 'utf8'),
      fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', '\n'),
    ].join('\n');
    const app = /^--app=(.*)$/m.exec(visible)?.[1] ?? '';
    expect(app.startsWith('file://')).toBe(true);
    expect(visible).not.toMatch(/token=|code=|127\.0\.0\.1:\d+/);

    const candidates = new Set(visible.match(/[A-Za-z0-9_-]{20,}/g) ?? []);
    const origin = { host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}` };
    for (const secret of candidates) {
      for (const headers of [
        { 'x-physioplan-token': secret },
        { cookie: `physioplan-session-${port}=${secret}` },
      ]) {
        const reply = await send(
          port,
          'POST',
          `/api/invoke?token=${secret}`,
          { ...origin, 'content-type': 'application/json', ...headers },
          invoke,
        );
        expect(reply.status).toBe(401);
      }
      expect((await send(port, 'GET', `/session?code=${secret}`, origin)).status).toBe(403);
    }

    // Another account cannot read the launch page the command line names.
    const page = fileURLToPath(app);
    expect(fs.statSync(page).mode & 0o077).toBe(0);
    if (process.getuid?.() === 0) {
      expect(() =>
        execFileSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'cat', page], {
          stdio: 'pipe',
        }),
      ).toThrow();
    }
  });

  it('signs the owner’s window in once, with an HttpOnly SameSite=Strict cookie', async () => {
    const port = listeningPort(host?.pid ?? 0);
    const app = /^--app=(.*)$/m.exec(fs.readFileSync(seen.argv, 'utf8'))?.[1] ?? '';
    const page = fileURLToPath(app);
    const launch = /url=([^"]+)"/.exec(fs.readFileSync(page, 'utf8'))?.[1] ?? '';
    const target = new URL(launch);
    const headers = { host: `127.0.0.1:${port}` };

    const signIn = await send(port, 'GET', `${target.pathname}${target.search}`, headers);
    expect(signIn.status).toBe(303);
    const cookie = String(signIn.headers['set-cookie']);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    await waitFor(() => !fs.existsSync(page));

    const session = cookie.split(';')[0] ?? '';
    const answer = await send(
      port,
      'POST',
      '/api/invoke',
      { ...headers, 'content-type': 'application/json', cookie: session },
      invoke,
    );
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true, value: { stage: 'setup' } });

    const again = await send(port, 'GET', `${target.pathname}${target.search}`, headers);
    expect(again.status).toBe(403);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(again.body).toContain('already used or has expired');
  });
});
