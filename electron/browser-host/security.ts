// Request checks and headers for the loopback server: only this launch's page may call the
// API (a per-launch session cookie, exact Host and Origin), and pages get strict security
// headers. The session secret never appears on a command line, in an address or in the
// environment: the window gets it by trading a one-time launch code (see server.ts).
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Per port: hosts on other ports of 127.0.0.1 share cookies by host name. */
export function sessionCookieName(port: number): string {
  return `physioplan-session-${port}`;
}

/** HttpOnly (no script reads it), SameSite=Strict (no other site sends it), this session only. */
export function sessionCookie(port: number, secret: string): string {
  return `${sessionCookieName(port)}=${secret}; Path=/; HttpOnly; SameSite=Strict`;
}

function cookieValue(request: IncomingMessage, name: string): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Mantine sets inline style attributes on components.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=()',
};

export type RequestVerdict = { ok: true } | { ok: false; status: number; reason: string };

/** Host must name this server exactly (defeats DNS rebinding). */
export function checkHost(request: IncomingMessage, port: number): RequestVerdict {
  const host = request.headers.host;
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
    return { ok: false, status: 421, reason: 'Wrong Host header' };
  }
  return { ok: true };
}

/** API calls: same-origin only, and this launch's session cookie. */
export function checkApiRequest(
  request: IncomingMessage,
  port: number,
  secret: string,
): RequestVerdict {
  const host = checkHost(request, port);
  if (!host.ok) return host;
  const origin = request.headers.origin;
  if (
    origin !== undefined &&
    origin !== `http://127.0.0.1:${port}` &&
    origin !== `http://localhost:${port}`
  ) {
    return { ok: false, status: 403, reason: 'Foreign Origin' };
  }
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    return { ok: false, status: 403, reason: 'Cross-site request' };
  }
  const given = cookieValue(request, sessionCookieName(port));
  if (given === null || !sameSecret(given, secret)) {
    return { ok: false, status: 401, reason: 'Missing or wrong session' };
  }
  return { ok: true };
}

export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
