// The browser host over real HTTP: only this launch's page may call the API, nothing is
// offered cross-origin, and every response carries the security headers.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookieName } from '../../electron/browser-host/security';
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server';
import { silentLogger } from '../../electron/core/context';
import { openTestCore, tempDir, type TestCore } from '../support/core';

let core: TestCore;
let host: BrowserHost;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function send(options: {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: options.method ?? 'POST',
        path: options.path ?? '/api/invoke',
        headers: { host: `127.0.0.1:${host.port}`, ...options.headers },
      },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

const call = JSON.stringify({ method: 'settings.get', input: {} });
const good = (): Record<string, string> => ({
  'content-type': 'application/json',
  origin: `http://127.0.0.1:${host.port}`,
  cookie: `${sessionCookieName(host.port)}=${host.token}`,
});

beforeAll(async () => {
  core = openTestCore();
  const rendererDir = tempDir('physioplan-renderer-');
  fs.writeFileSync(
    path.join(rendererDir, 'index.html'),
    '<!doctype html><title>Physioplan</title>',
  );
  host = await startBrowserHost({ dispatch: core.dispatch, rendererDir, log: silentLogger });
});
afterAll(async () => {
  await host.close();
  core.close();
});

describe('browser host security', () => {
  it('listens on the loopback address only', () => {
    expect(host.url.startsWith('http://127.0.0.1:')).toBe(true);
  });

  it('answers this launch’s page', async () => {
    const reply = await send({ headers: good(), body: call });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { paperSize: 'A4' } });
  });

  it.each([
    ['no session', (h: Record<string, string>) => ({ ...h, cookie: '' }), 401],
    [
      'a wrong session',
      (h: Record<string, string>) => ({
        ...h,
        cookie: `${sessionCookieName(host.port)}=${host.token.slice(0, -1)}x`,
      }),
      401,
    ],
    [
      'the secret in the query instead of the cookie',
      (h: Record<string, string>) => ({ ...h, cookie: '' }),
      401,
    ],
    [
      'a foreign Origin',
      (h: Record<string, string>) => ({ ...h, origin: 'https://evil.example' }),
      403,
    ],
    [
      'a null Origin (sandboxed frame)',
      (h: Record<string, string>) => ({ ...h, origin: 'null' }),
      403,
    ],
    [
      'a foreign Host (DNS rebinding)',
      (h: Record<string, string>) => ({ ...h, host: 'evil.example' }),
      421,
    ],
    [
      'a cross-site fetch',
      (h: Record<string, string>) => ({ ...h, 'sec-fetch-site': 'cross-site' }),
      403,
    ],
    [
      'a form post (text/plain)',
      (h: Record<string, string>) => ({ ...h, 'content-type': 'text/plain' }),
      415,
    ],
  ])('refuses %s and runs nothing', async (_label, headers, status) => {
    const before = await core.call('audit.list', {});
    // A new clinic already has its first-start backup; nothing may be added to it.
    const backupsBefore = (await core.call('backups.list', {})).backups;
    const reply = await send({
      path: `/api/invoke?token=${host.token}`,
      headers: headers(good()),
      body: JSON.stringify({ method: 'backups.create', input: {} }),
    });
    expect(reply.status).toBe(status);
    expect(reply.body).not.toContain('"ok"');
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
    expect((await core.call('audit.list', {})).entries).toEqual(before.entries);
    expect((await core.call('backups.list', {})).backups).toEqual(backupsBefore);
  });

  it('offers nothing to a CORS preflight', async () => {
    const reply = await send({
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
    expect(reply.headers['access-control-allow-headers']).toBeUndefined();
  });

  it('refuses pages requested under a foreign Host', async () => {
    const reply = await send({
      method: 'GET',
      path: '/',
      headers: { host: 'attacker.example:80' },
    });
    expect(reply.status).toBe(421);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const attempt of [
      '/../../../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2fetc%2fpasswd',
    ]) {
      const reply = await send({ method: 'GET', path: attempt });
      expect(reply.body).not.toContain('root:');
    }
  });

  it('sends the security headers on pages, API answers and refusals', async () => {
    const replies = [
      await send({ method: 'GET', path: '/' }),
      await send({ headers: good(), body: call }),
      await send({ headers: { ...good(), cookie: 'nope' }, body: call }),
    ];
    for (const reply of replies) {
      const csp = String(reply.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).not.toMatch(/unsafe-eval/);
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['x-frame-options']).toBe('DENY');
      expect(reply.headers['referrer-policy']).toBe('no-referrer');
      expect(reply.headers['access-control-allow-origin']).toBeUndefined();
    }
  });
});

/** Streams `total` bytes of JSON-ish body without a length; stops when the answer comes. */
function stream(target: string, total: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path: target,
        headers: { ...good(), host: `127.0.0.1:${host.port}`, 'transfer-encoding': 'chunked' },
      },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on('error', reject);
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const pump = () => {
      while (sent < total) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once('drain', pump);
      }
      request.end();
    };
    request.write('{"method":"patients.search","input":{"query":"');
    pump();
  });
}

describe('browser host request sizes', () => {
  it('answers an oversized form call with 413 and a message, not a reset', async () => {
    const reply = await stream('/api/invoke?method=patients.search', 8 * 1024 * 1024);
    expect(reply.status).toBe(413);
    expect(reply.body).toBe('This request is too large: Physioplan accepts at most 1.0 MB for it.');
  });

  it('refuses a declared length over the method’s limit before reading it', async () => {
    const reply = await send({
      path: '/api/invoke?method=settings.update',
      headers: { ...good(), 'content-length': String(300 * 1024 * 1024) },
    });
    expect(reply.status).toBe(413);
  });

  it('still takes a library pack of several megabytes', async () => {
    const reply = await stream('/api/invoke?method=library.importPack', 4 * 1024 * 1024);
    // Not refused for size: the (deliberately unfinished) JSON is what is wrong.
    expect(reply.status).toBe(400);
  });

  it('refuses a body whose method differs from the one its size was judged by', async () => {
    const backupsBefore = (await core.call('backups.list', {})).backups;
    const reply = await send({
      path: '/api/invoke?method=library.importPack',
      headers: good(),
      body: JSON.stringify({ method: 'backups.create', input: {} }),
    });
    expect(reply.status).toBe(400);
    expect((await core.call('backups.list', {})).backups).toEqual(backupsBefore);
  });
});
