import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { checkApiRequest, sessionCookieName } from '../../../electron/browser-host/security';

const PORT = 41234;
const TOKEN = 'secret-token-for-this-launch';

function request(headers: Record<string, string>): IncomingMessage {
  return { headers } as unknown as IncomingMessage;
}

describe('browser host API checks', () => {
  const good = {
    host: `127.0.0.1:${PORT}`,
    origin: `http://127.0.0.1:${PORT}`,
    cookie: `theme=dark; ${sessionCookieName(PORT)}=${TOKEN}`,
  };

  it('accepts this launch’s page', () => {
    expect(checkApiRequest(request(good), PORT, TOKEN)).toEqual({ ok: true });
  });

  it.each([
    ['no session cookie', { ...good, cookie: '' }, 401],
    [
      'a wrong session cookie',
      { ...good, cookie: `${sessionCookieName(PORT)}=secret-token-for-this-launcX` },
      401,
    ],
    [
      'the cookie of a host on another port',
      { ...good, cookie: `${sessionCookieName(PORT + 1)}=${TOKEN}` },
      401,
    ],
    ['the secret as a header', { ...good, cookie: '', 'x-physioplan-token': TOKEN }, 401],
    ['a foreign Origin', { ...good, origin: 'https://evil.example' }, 403],
    ['another local port as Origin', { ...good, origin: 'http://127.0.0.1:1' }, 403],
    ['a rebinding Host', { ...good, host: 'evil.example' }, 421],
    ['a cross-site fetch', { ...good, 'sec-fetch-site': 'cross-site' }, 403],
  ])('rejects %s', (_label, headers, status) => {
    expect(checkApiRequest(request(headers), PORT, TOKEN)).toMatchObject({ ok: false, status });
  });
});
