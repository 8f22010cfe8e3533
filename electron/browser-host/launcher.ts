// Opens the system Chromium/Chrome as an app window with its own profile in the data folder.
// Its command line is visible to every account on the computer (ps), so it names only a
// launch page that this account alone can read; the page forwards to the one-time address.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensurePrivateDir, PRIVATE_FILE_MODE } from '../core/file-modes';

const CANDIDATES: Record<string, string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/usr/bin/microsoft-edge',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  ],
};

export function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string | null {
  const chosen = env['PHYSIOPLAN_BROWSER'];
  if (chosen !== undefined && chosen.trim() !== '') return fs.existsSync(chosen) ? chosen : null;
  return (CANDIDATES[platform] ?? []).find((candidate) => fs.existsSync(candidate)) ?? null;
}

export function browserArguments(url: string, profileDir: string, isRoot: boolean): string[] {
  return [
    `--app=${url}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=Translate,MediaRouter,OptimizationHints',
    // The network stack in the browser process rather than a process of its own, which
    // Chromium would start only for the window's first request: 0.2 s of each start (two
    // alternating runs of five starts each, medians 2.34 → 1.74 s and 1.92 → 1.75 s). The
    // window talks to this computer's host only.
    '--enable-features=NetworkServiceInProcess2',
    '--window-size=1280,860',
    // One window of one site: its pages share one renderer process, so the first page uses the
    // process Chromium starts with instead of waiting for another (0.13 s of each start:
    // alternating starts, medians 1.60 → 1.46 s). Site isolation still gives other sites, the
    // PDF viewer among them, processes of their own.
    '--renderer-process-limit=1',
    // Chromium refuses to run as root without this (containers, CI).
    ...(isRoot ? ['--no-sandbox'] : []),
  ];
}

/**
 * Writes an owner-only page in the (owner-only) data folder that forwards the window to
 * `launchUrl`, and returns its file address for the command line.
 */
export function writeLaunchPage(dataDir: string, launchUrl: string): string {
  const file = path.join(dataDir, `launch-${randomBytes(12).toString('hex')}.html`);
  const target = launchUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  fs.writeFileSync(
    file,
    `<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${target}"><title>Physioplan</title><p>Opening Physioplan…</p>\n`,
    { mode: PRIVATE_FILE_MODE, flag: 'wx' },
  );
  return file;
}

export function launchPageAddress(file: string): string {
  return pathToFileURL(file).href;
}

export function openAppWindow(browser: string, url: string, dataDir: string): ChildProcess {
  const profileDir = path.join(dataDir, 'browser-profile');
  ensurePrivateDir(profileDir);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return spawn(browser, browserArguments(url, profileDir, isRoot), { stdio: 'ignore' });
}
