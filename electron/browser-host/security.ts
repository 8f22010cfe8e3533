// Request checks and headers for the loopback server: only this launch's page may call the
// API (per-launch token, exact Host and Origin), and pages get strict security headers.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-physioplan-token';

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

/** API calls: same-origin only, and this launch's token. */
export function checkApiRequest(
  request: IncomingMessage,
  port: number,
  token: string,
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
  const given = request.headers[TOKEN_HEADER];
  if (typeof given !== 'string' || !sameSecret(given, token)) {
    return { ok: false, status: 401, reason: 'Missing or wrong token' };
  }
  return { ok: true };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
