// The browser host: the same core behind 127.0.0.1 on a random port, serving the built
// renderer and one POST /api/invoke endpoint. A window signs in by opening a one-time launch
// address (/session?code=…), which sets this launch's HttpOnly session cookie and is dead
// after that first use; the secret itself is never shown to anyone.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Dispatch } from '../../shared/api';
import type { Logger } from '../core/context';
import { bodyLimit, describeBytes, IN_FLIGHT_BODY_LIMIT } from './body-limits';
import {
  checkApiRequest,
  checkHost,
  sameSecret,
  SECURITY_HEADERS,
  sessionCookie,
} from './security';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** How long an unused launch address stays valid. */
const LAUNCH_CODE_LIFETIME_MS = 5 * 60 * 1000;

export interface BrowserHost {
  /** The app's address, with no secret in it. */
  readonly url: string;
  readonly port: number;
  /** The session secret the cookie carries (tests only: never print or pass it on). */
  readonly token: string;
  /** A new one-time address that signs one window in; `onUsed` runs when it is used. */
  launchUrl(onUsed?: () => void): string;
  close(): Promise<void>;
}

export interface BrowserHostOptions {
  dispatch: Dispatch;
  rendererDir: string;
  log: Logger;
  /** Listen on exactly this port (fails when it is taken). */
  port?: number;
  /** Listen on this port when it is free, else on any free one. */
  preferredPort?: number;
  token?: string;
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const rendererDir = path.resolve(options.rendererDir);
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(
      `The renderer is not built (no ${path.join(rendererDir, 'index.html')}). Run: npm run build`,
    );
  }
  let port = 0;
  const launchCodes = new Map<string, { expires: number; onUsed: (() => void) | undefined }>();

  function startSession(url: URL, response: http.ServerResponse): void {
    const given = url.searchParams.get('code') ?? '';
    const now = Date.now();
    const match = [...launchCodes.entries()].find(
      ([code, entry]) => entry.expires > now && sameSecret(given, code),
    );
    if (match === undefined) {
      return reject(
        response,
        403,
        'This Physioplan sign-in address was already used or has expired. Close this window and start Physioplan again.',
      );
    }
    launchCodes.delete(match[0]);
    match[1].onUsed?.();
    response.writeHead(303, {
      Location: '/',
      'Set-Cookie': sessionCookie(port, token),
      'Cache-Control': 'no-store',
    });
    response.end();
  }

  let bodiesInFlight = 0;
  const server = http.createServer((request, response) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/api/invoke') {
      void handleApi(request, response, url.searchParams.get('method'));
      return;
    }
    const host = checkHost(request, port);
    if (!host.ok) return reject(response, host.status, host.reason);
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return reject(response, 405, 'Method not allowed');
    if (url.pathname === '/session') return startSession(url, response);
    serveStatic(url.pathname, response);
  });

  // A client that asks before sending a large body (Expect: 100-continue) is told no at once.
  server.on('checkContinue', (request: http.IncomingMessage, response: http.ServerResponse) => {
    const method = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams.get('method');
    if (Number(request.headers['content-length'] ?? 0) <= bodyLimit(method)) {
      response.writeContinue();
    }
    server.emit('request', request, response);
  });

  async function handleApi(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    declared: string | null,
  ): Promise<void> {
    if (request.method !== 'POST') return reject(response, 405, 'Method not allowed');
    const verdict = checkApiRequest(request, port, token);
    if (!verdict.ok) return reject(response, verdict.status, verdict.reason);
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return reject(response, 415, 'Expected application/json');
    }
    const limit = bodyLimit(declared);
    let text: string;
    try {
      text = await readBody(request, limit, (delta) => {
        bodiesInFlight += delta;
        return bodiesInFlight <= IN_FLIGHT_BODY_LIMIT;
      });
    } catch (error) {
      if (!(error instanceof BodyRefusedError)) throw error;
      // Answer, then drain the rest unread: the client sees the 413 instead of a reset.
      response.setHeader('Connection', 'close');
      reject(response, error.status, error.message);
      request.resume();
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return reject(response, 400, 'Malformed JSON');
    }
    const { method, input } = (body ?? {}) as { method?: unknown; input?: unknown };
    if (declared !== null && method !== declared) {
      return reject(response, 400, 'The method in the address and in the body differ');
    }
    const result = await options.dispatch(method, input);
    response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    response.end(JSON.stringify(result));
  }

  function serveStatic(pathname: string, response: http.ServerResponse): void {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return reject(response, 400, 'Bad path');
    }
    const requested = path.resolve(rendererDir, `.${path.posix.normalize(decoded)}`);
    const inside = requested === rendererDir || requested.startsWith(rendererDir + path.sep);
    let file =
      inside && fs.existsSync(requested) && fs.statSync(requested).isFile()
        ? requested
        : path.join(rendererDir, 'index.html');
    if (!inside) file = path.join(rendererDir, 'index.html');
    const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, {
      'Content-Type': type,
      'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'max-age=3600',
    });
    fs.createReadStream(file).pipe(response);
  }

  const listen = (on: number) =>
    new Promise<void>((resolve, rejectListen) => {
      server.once('error', rejectListen);
      server.listen(on, '127.0.0.1', () => {
        server.off('error', rejectListen);
        resolve();
      });
    });
  try {
    await listen(options.port ?? options.preferredPort ?? 0);
  } catch (error) {
    const taken = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    if (options.port !== undefined || options.preferredPort === undefined || !taken) throw error;
    await listen(0);
  }
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    port,
    token,
    launchUrl(onUsed) {
      const code = randomBytes(32).toString('base64url');
      launchCodes.set(code, { expires: Date.now() + LAUNCH_CODE_LIFETIME_MS, onUsed });
      return `http://127.0.0.1:${port}/session?code=${code}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

class BodyRefusedError extends Error {
  constructor(
    readonly status: 413 | 503,
    message: string,
  ) {
    super(message);
  }
}

function tooLarge(limit: number): BodyRefusedError {
  return new BodyRefusedError(
    413,
    `This request is too large: Physioplan accepts at most ${describeBytes(limit)} for it.`,
  );
}

/**
 * Reads the body up to `limit` bytes. `reserve(delta)` counts bytes held by all requests and
 * answers false when the host holds too much already; everything held is given back at the end.
 */
function readBody(
  request: http.IncomingMessage,
  limit: number,
  reserve: (delta: number) => boolean,
): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, rejectRead) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (error: BodyRefusedError | null) => {
      if (done) return;
      done = true;
      request.off('data', onData);
      reserve(-size);
      if (error) rejectRead(error);
      else resolve(Buffer.concat(chunks).toString('utf8'));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      const roomLeft = reserve(chunk.length);
      if (size > limit) return finish(tooLarge(limit));
      if (!roomLeft) {
        return finish(
          new BodyRefusedError(
            503,
            'Physioplan is receiving other large files. Try again in a moment.',
          ),
        );
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.on('end', () => finish(null));
    request.on('error', () => finish(new BodyRefusedError(413, 'The request was cut off.')));
  });
}

function reject(response: http.ServerResponse, status: number, reason: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(reason);
}
