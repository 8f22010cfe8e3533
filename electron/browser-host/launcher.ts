// Opens the system Chromium/Chrome as an app window with its own profile in the data folder.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

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
    '--window-size=1280,860',
    // Chromium refuses to run as root without this (containers, CI).
    ...(isRoot ? ['--no-sandbox'] : []),
  ];
}

export function openAppWindow(browser: string, url: string, dataDir: string): ChildProcess {
  const profileDir = path.join(dataDir, 'browser-profile');
  fs.mkdirSync(profileDir, { recursive: true });
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return spawn(browser, browserArguments(url, profileDir, isRoot), { stdio: 'ignore' });
}
