// Cold start of the browser host to the first usable screen, as `npm start` does it: start the
// built host on an existing clinic's data folder, then Chromium with the launcher's own
// arguments (an app window on the host's address, headless here), and wait until the first
// screen is ready to use. Two figures:
// - app.cold-start-to-usable: a working day's start. Like the launcher, the window keeps its
//   profile in the data folder and the host its remembered port, so the browser has the app's
//   code and its compiled form from earlier starts (two untimed starts come first).
// - app.first-start-to-usable: the first start on a computer: a new, empty profile each time. The record is encrypted and
// the browser host keeps no key, so that screen is "Open the clinic record" with its passphrase
// field (after the passphrase and PIN, two key derivations of about 0.65 s each lead to the
// Patients list). Playwright only watches, over the DevTools port. Needs `npm run build` first.
//
// BENCH app.cold-start-to-usable: median from starting the host to usable (target ≤ 1500 ms on
// a quiet machine), with its parts: host ready (address printed), browser start and page to
// usable, and the page's first contentful paint.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { browserHostEnvironment } from '../../electron/browser-host/host-environment';
import { browserArguments } from '../../electron/browser-host/launcher';
import { FIRST_SCREEN_MARK } from '../../shared/user-timing';
import { stats, report } from './bench-utils';
import { patientDraft } from '../support/records';
import { TEST_ADMIN, TEST_PASSPHRASE } from '../support/test-keys';

const CHROMIUM = process.env['PHYSIOPLAN_BROWSER'] ?? '/usr/bin/chromium';
const HOST_ENTRY = path.resolve(import.meta.dirname, '../../out/main/browser-host.js');
const LAUNCHES = 7;
/** Untimed starts before a working day's are timed: the browser compiles and keeps the code. */
const EARLIER_STARTS = 2;
const PATIENTS = 40;
const TIMEOUT_MS = 60_000;

async function startHost(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  // The environment npm start gives the host (start-host.ts).
  const child = spawn(process.execPath, [HOST_ENTRY, '--no-open', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: browserHostEnvironment(),
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /PHYSIOPLAN_URL=(\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)));
  });
  return { url, child };
}

async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** The list of patients is shown and "New patient" can be clicked. */
async function waitUsable(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'New patient' }).waitFor({ timeout: TIMEOUT_MS });
  await page.getByRole('table', { name: 'Patients' }).waitFor({ timeout: TIMEOUT_MS });
}

/**
 * The first screen of a start: the record is encrypted and the browser host keeps no key, so
 * it is "Open the clinic record" with its passphrase field ready to type in.
 */
async function waitFirstScreen(page: Page): Promise<void> {
  await page
    .getByRole('heading', { name: 'Open the clinic record' })
    .waitFor({ timeout: TIMEOUT_MS });
  await page.getByRole('button', { name: 'Open', exact: true }).waitFor({ timeout: TIMEOUT_MS });
}

/** Chromium as the launcher starts it (app window on the address), watched over DevTools. */
async function openAppWindow(
  url: string,
  profile: string,
): Promise<{ page: Page; close(): Promise<void> }> {
  const args = [
    ...browserArguments(url, profile, true),
    '--headless',
    '--disable-gpu',
    '--remote-debugging-port=0',
  ];
  const child = spawn(CHROMIUM, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  const endpoint = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no DevTools port:\n${output}`)), TIMEOUT_MS);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on (ws:\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  if (!context) throw new Error('Chromium opened no window');
  const page = context.pages()[0] ?? (await context.waitForEvent('page'));
  return {
    page,
    close: async () => {
      await browser.close();
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** First launch (not timed): creates the clinic record, then adds patients through the API. */
async function prepareClinic(dataDir: string): Promise<void> {
  const { url, child } = await startHost(dataDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(url);
    // The launch address trades its one-time code for the session cookie, which page.request
    // shares with the page.
    const call = async (method: string, input: unknown) => {
      const response = await page.request.post(
        `${new URL(url).origin}/api/invoke?method=${method}`,
        { data: { method, input } },
      );
      const result = (await response.json()) as { ok: boolean; error?: unknown };
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
    };
    await call('access.setup', {
      clinicPassphrase: TEST_PASSPHRASE,
      adminName: TEST_ADMIN.name,
      secretKind: 'pin',
      secret: TEST_ADMIN.pin,
    });
    for (let i = 0; i < PATIENTS; i++) {
      await call('patients.create', {
        patient: patientDraft({
          firstName: `Runner${i}`,
          lastName: `Patient${String(i).padStart(2, '0')}`,
          dateOfBirth: '1985-06-14',
          conditions: ['Plantar heel pain'],
        }),
      });
    }
    await page.reload();
    await waitUsable(page);
  } finally {
    await browser.close();
    await stopHost(child);
  }
}

/** Wall-clock time (ms since the epoch) of a page's FIRST_SCREEN_MARK, set after it painted. */
async function firstScreenPaintedAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    (mark) => {
      const entry = performance.getEntriesByName(mark)[0];
      return entry ? performance.timeOrigin + entry.startTime : false;
    },
    FIRST_SCREEN_MARK,
    { timeout: TIMEOUT_MS },
  );
  return (await handle.jsonValue()) as number;
}

/** Now, in ms since the epoch: the page's marks count the same way (timeOrigin + startTime). */
const wallClock = () => performance.timeOrigin + performance.now();

/** Starts the host and a window on `profile`; the parts of the time to the first screen. */
async function timedStart(
  dataDir: string,
  profile: string,
): Promise<{
  total: number;
  observed: number;
  hostReady: number;
  browserToUsable: number;
  firstPaint: number;
}> {
  const start = wallClock();
  const { url, child } = await startHost(dataDir);
  const hostAt = wallClock();
  const window = await openAppWindow(url, profile);
  try {
    await waitFirstScreen(window.page);
    const observedAt = wallClock();
    const paintedAt = await firstScreenPaintedAt(window.page);
    return {
      total: paintedAt - start,
      observed: observedAt - start,
      hostReady: hostAt - start,
      browserToUsable: paintedAt - hostAt,
      firstPaint: await window.page.evaluate(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
      ),
    };
  } finally {
    await window.close();
    await stopHost(child);
  }
}

async function series(
  name: string,
  dataDir: string,
  profileFor: () => string,
  extra: Record<string, unknown>,
): Promise<void> {
  const runs = [];
  for (let launch = 0; launch < LAUNCHES; launch++)
    runs.push(await timedStart(dataDir, profileFor()));
  const median = (samples: number[]) => Math.round(stats(samples).median_ms);
  report(name, {
    ...stats(runs.map((r) => r.total)),
    observed_over_devtools_median_ms: median(runs.map((r) => r.observed)),
    host_ready_median_ms: median(runs.map((r) => r.hostReady)),
    browser_to_usable_median_ms: median(runs.map((r) => r.browserToUsable)),
    first_contentful_paint_median_ms: median(runs.map((r) => r.firstPaint)),
    first_screen: 'Open the clinic record (passphrase ready)',
    patients: PATIENTS,
    ...extra,
    load_average: os.loadavg().map((n) => Math.round(n * 100) / 100),
  });
}

async function main(): Promise<void> {
  if (!fs.existsSync(HOST_ENTRY)) throw new Error(`${HOST_ENTRY} is missing: run npm run build`);
  if (!fs.existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'physioplan-bench-cold-'));
  await prepareClinic(dataDir);

  // The launcher's own profile folder (launcher.ts openAppWindow).
  const profile = path.join(dataDir, 'browser-profile');
  fs.mkdirSync(profile, { recursive: true, mode: 0o700 });
  for (let start = 0; start < EARLIER_STARTS; start++) await timedStart(dataDir, profile);
  await series('app.cold-start-to-usable', dataDir, () => profile, {
    profile: `kept in the data folder, after ${EARLIER_STARTS} earlier starts`,
    target_median_ms: 1500,
  });
  await series(
    'app.first-start-to-usable',
    dataDir,
    () => fs.mkdtempSync(path.join(dataDir, 'profile-')),
    { profile: 'new and empty each start' },
  );
  // Chromium's helper processes may still be closing files in the profiles for a moment.
  fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
}

await main();
