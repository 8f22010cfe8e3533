// Security guards for the Electron host, following Electron's security checklist: a strict
// Content-Security-Policy, no navigation, no new windows, no permissions, no webviews, no
// requests that leave the machine, and external links only as validated http(s) URLs handed
// to the system browser.
import type { Event, HandlerDetails, Session, WebContents } from 'electron';
import type { Logger } from '../core/context';

export const APP_SCHEME = 'app';
export const APP_HOST = 'physioplan';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

const MAX_EXTERNAL_URL_LENGTH = 2048;

export interface SecurityOptions {
  /** The Vite dev server origin in development (`http://localhost:5173`), else undefined. */
  devServerOrigin?: string | undefined;
}

/**
 * The Content-Security-Policy of the renderer. Scripts only from the app itself; styles
 * also inline because Mantine injects its CSS variables in <style> elements; images from
 * the app and data:/blob: URLs (logos and photos come out of the database as data); frames
 * only for blob: documents the app made itself (a PDF preview). Matches the <meta> policy in
 * renderer/index.html, which the browser host relies on.
 */
export function contentSecurityPolicy(options: SecurityOptions = {}): string {
  const dev = options.devServerOrigin;
  // Vite's dev server needs its React refresh preamble (inline) and a WebSocket for HMR;
  // a packaged or built app never gets these.
  const scriptSrc = dev ? `'self' 'unsafe-inline' ${dev}` : `'self'`;
  const connectSrc = dev ? `'self' ${dev} ${dev.replace(/^http/, 'ws')}` : `'self'`;
  return [
    `default-src 'none'`,
    `script-src ${scriptSrc}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self' data:`,
    `connect-src ${connectSrc}`,
    `media-src 'self' blob:`,
    `worker-src 'self' blob:`,
    `object-src 'none'`,
    `frame-src 'self' blob:`,
    `manifest-src 'none'`,
    `base-uri 'none'`,
    `form-action 'none'`,
    `frame-ancestors 'none'`,
  ].join('; ');
}

/** Headers added to every response the renderer receives. */
export function securityHeaders(options: SecurityOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}

/** True for an http(s) URL fit to hand to the system browser; everything else is refused. */
export function isSafeExternalUrl(raw: unknown): boolean {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_EXTERNAL_URL_LENGTH)
    return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  // user:pass@host hides the real destination from the clinician.
  if (url.username !== '' || url.password !== '') return false;
  return url.hostname !== '';
}

/** True for a URL of our own renderer (the app:// origin, or the dev server in development). */
export function isAppUrl(raw: string, options: SecurityOptions = {}): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true;
  return options.devServerOrigin !== undefined && url.origin === options.devServerOrigin;
}

/** Requests the renderer may make at all: its own files and in-memory data. */
export function isAllowedRequestUrl(raw: string, options: SecurityOptions = {}): boolean {
  if (isAppUrl(raw, options)) return true;
  const scheme = raw.slice(0, raw.indexOf(':') + 1).toLowerCase();
  if (scheme === 'data:' || scheme === 'blob:' || scheme === 'devtools:') return true;
  const dev = options.devServerOrigin;
  return dev !== undefined && raw.startsWith(`${dev.replace(/^http/, 'ws')}/`);
}

/** Sub-frame targets: our pages, blank frames, and blob: URLs minted by our own origin. */
export function isAllowedFrameUrl(raw: string, options: SecurityOptions = {}): boolean {
  if (raw === 'about:blank' || isAppUrl(raw, options)) return true;
  if (!raw.startsWith('blob:')) return false;
  return isAppUrl(raw.slice('blob:'.length), options);
}

export interface GuardDeps extends SecurityOptions {
  openExternal: (url: string) => Promise<void>;
  log: Logger;
}

/** Opens a link in the system browser if it is a safe http(s) URL; logs and drops it otherwise. */
export function openExternalSafely(url: string, deps: GuardDeps): void {
  if (!isSafeExternalUrl(url)) {
    deps.log.error('Refused to open a link that is not http(s)', url.slice(0, 200));
    return;
  }
  deps.openExternal(url).catch((error: unknown) => deps.log.error('Could not open a link', error));
}

/** Applied to every WebContents the app creates (see app 'web-contents-created'). */
export function guardWebContents(contents: WebContents, deps: GuardDeps): void {
  const onNavigate = (event: Event<{ url: string }>) => {
    if (isAppUrl(event.url, deps)) return;
    event.preventDefault();
    if (isSafeExternalUrl(event.url)) openExternalSafely(event.url, deps);
    else deps.log.error('Blocked navigation', event.url.slice(0, 200));
  };
  contents.on('will-navigate', onNavigate);
  contents.on('will-redirect', onNavigate);
  contents.on('will-frame-navigate', (event) => {
    // The main frame is handled by will-navigate; a sub-frame may only show the app's own
    // pages or a blob: document the app made (a PDF preview), never anything from outside.
    if (!event.isMainFrame && !isAllowedFrameUrl(event.url, deps)) {
      event.preventDefault();
      deps.log.error('Blocked a frame navigation', event.url.slice(0, 200));
    }
  });
  contents.setWindowOpenHandler((details: HandlerDetails) => {
    if (isSafeExternalUrl(details.url)) openExternalSafely(details.url, deps);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    deps.log.error('Blocked a <webview>');
  });
}

/** Session-wide guards: headers, permissions, outgoing requests, downloads. */
export function secureSession(session: Session, deps: GuardDeps): void {
  const headers = securityHeaders(deps);
  session.webRequest.onHeadersReceived((details, callback) => {
    const responseHeaders: Record<string, string | string[]> = {};
    // Drop any CSP a response brought along so ours is the only one.
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (!(name.toLowerCase() in lowerCaseKeys(headers))) responseHeaders[name] = value;
    }
    callback({ responseHeaders: { ...responseHeaders, ...headers } });
  });
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url, deps);
    if (!allowed)
      deps.log.error('Blocked a request that would leave the app', details.url.slice(0, 200));
    callback({ cancel: !allowed });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // Files are saved through the native save dialog (host.saveFile), never as downloads.
  session.on('will-download', (event) => event.preventDefault());
}

function lowerCaseKeys(record: Record<string, string>): Record<string, true> {
  return Object.fromEntries(Object.keys(record).map((key) => [key.toLowerCase(), true]));
}
