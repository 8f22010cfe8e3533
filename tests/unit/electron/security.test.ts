// The Electron host's guards: CSP, external links, navigation, new windows, webviews,
// permissions and outgoing requests.
import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../electron/core/context';
import {
  contentSecurityPolicy,
  guardWebContents,
  isAllowedRequestUrl,
  isAppUrl,
  isSafeExternalUrl,
  secureSession,
  type GuardDeps,
} from '../../../electron/main/security';
import { fakeEvent, FakeWebContents, resetFakeElectron, type FakeElectron } from './fake-electron';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('Content-Security-Policy', () => {
  it('allows scripts only from the app itself and nothing by default', () => {
    const csp = directives(contentSecurityPolicy());
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
  });

  it('never allows eval, remote hosts or wildcards outside development', () => {
    const policy = contentSecurityPolicy();
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/https?:/);
    expect(policy).not.toContain('*');
    expect(directives(policy).get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('opens up only the local dev server in development', () => {
    const csp = directives(contentSecurityPolicy({ devServerOrigin: 'http://localhost:5173' }));
    expect(csp.get('script-src')).toContain('http://localhost:5173');
    expect(csp.get('connect-src')).toContain('ws://localhost:5173');
    expect(csp.get('default-src')).toEqual(["'none'"]);
  });
});

describe('external links', () => {
  it.each([
    'https://www.jospt.org/doi/10.2519/jospt.2014.0303',
    'http://example.org/leaflet',
    'HTTPS://EXAMPLE.ORG/',
  ])('opens %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'smb://attacker/share',
    'ms-msdt:/id PCWDiagnostic',
    'app://physioplan/index.html',
    'https://user:secret@example.org/',
    'not a url',
    '',
    `https://example.org/${'a'.repeat(3000)}`,
    42,
    null,
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('app and request URLs', () => {
  it('knows its own origin and nothing else', () => {
    expect(isAppUrl('app://physioplan/index.html#/settings')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('http://localhost:5173/')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', { devServerOrigin: 'http://localhost:5173' })).toBe(
      true,
    );
  });

  it('lets no request leave the machine', () => {
    expect(isAllowedRequestUrl('app://physioplan/assets/index.js')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequestUrl('blob:app://physioplan/1234')).toBe(true);
    expect(isAllowedRequestUrl('https://fonts.googleapis.com/css')).toBe(false);
    expect(isAllowedRequestUrl('http://127.0.0.1:8080/api')).toBe(false);
    expect(isAllowedRequestUrl('file:///etc/hosts')).toBe(false);
    expect(isAllowedRequestUrl('ws://localhost:5173/')).toBe(false);
  });
});

describe('web contents guards', () => {
  let contents: FakeWebContents;
  let deps: GuardDeps & { openExternal: ReturnType<typeof vi.fn> };

  beforeEach(() => {
    contents = new FakeWebContents();
    deps = { openExternal: vi.fn(() => Promise.resolve()), log: silentLogger };
    guardWebContents(contents as unknown as WebContents, deps);
  });

  it('keeps in-app navigation', () => {
    const event = fakeEvent('app://physioplan/index.html#/settings');
    contents.emit('will-navigate', event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('stops navigation to a web page and opens it in the system browser instead', () => {
    const event = fakeEvent('https://example.org/exercise');
    contents.emit('will-navigate', event);
    expect(event.defaultPrevented).toBe(true);
    expect(deps.openExternal).toHaveBeenCalledWith('https://example.org/exercise');
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'app://other/index.html'])(
    'stops navigation to %s and opens nothing',
    (url) => {
      const event = fakeEvent(url);
      contents.emit('will-navigate', event);
      expect(event.defaultPrevented).toBe(true);
      expect(deps.openExternal).not.toHaveBeenCalled();
    },
  );

  it('stops redirects away from the app', () => {
    const event = fakeEvent('https://example.org/');
    contents.emit('will-redirect', event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('keeps sub-frames to blob: documents of the app and nothing else', () => {
    const preview = fakeEvent('blob:app://physioplan/5b1c', false);
    contents.emit('will-frame-navigate', preview);
    expect(preview.defaultPrevented).toBe(false);
    const foreign = fakeEvent('https://example.org/', false);
    contents.emit('will-frame-navigate', foreign);
    expect(foreign.defaultPrevented).toBe(true);
    const foreignBlob = fakeEvent('blob:https://example.org/5b1c', false);
    contents.emit('will-frame-navigate', foreignBlob);
    expect(foreignBlob.defaultPrevented).toBe(true);
  });

  it('denies every new window and hands only http(s) links to the system browser', () => {
    const handler = contents.windowOpenHandler;
    expect(handler).toBeDefined();
    expect(handler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'app://physioplan/index.html' })).toEqual({ action: 'deny' });
    expect(deps.openExternal).toHaveBeenCalledTimes(1);
    expect(deps.openExternal).toHaveBeenCalledWith('https://example.org/');
  });

  it('blocks webviews', () => {
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('logs, rather than crashes, when the system browser fails to open', async () => {
    const log = { info: vi.fn(), error: vi.fn() };
    const failing = new FakeWebContents();
    guardWebContents(failing as unknown as WebContents, {
      openExternal: () => Promise.reject(new Error('no browser')),
      log,
    });
    failing.emit('will-navigate', fakeEvent('https://example.org/'));
    await vi.waitFor(() =>
      expect(log.error).toHaveBeenCalledWith('Could not open a link', expect.any(Error)),
    );
  });
});

describe('session guards', () => {
  let session: FakeElectron['session']['defaultSession'];

  beforeEach(() => {
    session = resetFakeElectron().session.defaultSession;
    secureSession(session as unknown as Session, {
      openExternal: () => Promise.resolve(),
      log: silentLogger,
    });
  });

  it('denies every permission request and check', () => {
    const [requestHandler] = session.setPermissionRequestHandler.mock.calls[0] as [
      (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
    ];
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      const callback = vi.fn();
      requestHandler({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    const [checkHandler] = session.setPermissionCheckHandler.mock.calls[0] as [() => boolean];
    expect(checkHandler()).toBe(false);
    const [deviceHandler] = session.setDevicePermissionHandler.mock.calls[0] as [() => boolean];
    expect(deviceHandler()).toBe(false);
  });

  it('puts our CSP on every response, replacing any other', () => {
    const [listener] = session.webRequest.onHeadersReceived.mock.calls[0] as [
      (
        details: { responseHeaders?: Record<string, string[]> },
        callback: (r: unknown) => void,
      ) => void,
    ];
    const callback = vi.fn();
    listener(
      {
        responseHeaders: {
          'content-security-policy': ['default-src *'],
          'Content-Type': ['text/html'],
        },
      },
      callback,
    );
    const { responseHeaders } = callback.mock.calls[0]?.[0] as {
      responseHeaders: Record<string, unknown>;
    };
    expect(responseHeaders['Content-Security-Policy']).toBe(contentSecurityPolicy());
    expect(responseHeaders['content-security-policy']).toBeUndefined();
    expect(responseHeaders['X-Content-Type-Options']).toBe('nosniff');
    expect(responseHeaders['Content-Type']).toEqual(['text/html']);
  });

  it('cancels requests that would leave the machine', () => {
    const [listener] = session.webRequest.onBeforeRequest.mock.calls[0] as [
      (details: { url: string }, callback: (r: { cancel: boolean }) => void) => void,
    ];
    const answers: Record<string, boolean> = {};
    for (const url of ['https://cdn.example.org/lib.js', 'app://physioplan/index.html']) {
      listener({ url }, (response) => {
        answers[url] = response.cancel;
      });
    }
    expect(answers).toEqual({
      'https://cdn.example.org/lib.js': true,
      'app://physioplan/index.html': false,
    });
  });

  it('refuses downloads (files are saved through the save dialog)', () => {
    const call = session.on.mock.calls.find(([name]) => name === 'will-download') as
      [string, (event: ReturnType<typeof fakeEvent>) => void] | undefined;
    expect(call).toBeDefined();
    const event = fakeEvent();
    call?.[1](event);
    expect(event.defaultPrevented).toBe(true);
  });
});
