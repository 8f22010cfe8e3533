// `npm start`: builds when the sources are newer than out/, then runs Physioplan in Electron
// when its binary is installed (trying once to fetch it with Electron's own installer when it
// is missing), otherwise in the browser host. Prints one line naming the host and data folder.
//
//   npm start                     whichever host is available
//   npm start -- --browser        always the browser host
//   npm start -- --electron       Electron or fail (retries the download)
//   npm start -- --data-dir DIR   another data folder (both hosts)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { browserHostEnvironment } from '../browser-host/host-environment';
import { defaultDataDir } from '../core/data-dir';
import {
  ensureElectronSqlite,
  readElectronTarget,
  runCommand,
  verifyElectronSqlite,
  type RunCommand,
} from './electron-sqlite';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** What the build reads; out/ is stale when any of it is newer than the oldest output. */
const BUILD_INPUTS = [
  'electron',
  'renderer',
  'shared',
  'resources',
  'electron.vite.config.ts',
  'package.json',
];
const BUILD_OUTPUTS = [
  'out/main/index.js',
  'out/main/browser-host.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
];
/** Files that only npm start itself reads, not the app. */
const NOT_BUILD_INPUTS = [path.join('electron', 'tools')];

const INSTALL_RETRY_MS = 24 * 60 * 60 * 1000;
const INSTALL_TIMEOUT_MS = 90_000;

function newestMtime(root: string, entry: string): number {
  const full = path.join(root, entry);
  if (NOT_BUILD_INPUTS.includes(entry)) return 0;
  let stats: fs.Stats;
  try {
    stats = fs.statSync(full);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const child of fs.readdirSync(full)) {
    if (child === 'node_modules' || child.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(root, path.join(entry, child)));
  }
  return newest;
}

/** True when an output is missing or any source is newer than the oldest output. */
export function buildIsStale(root: string): boolean {
  let oldestOutput = Infinity;
  for (const output of BUILD_OUTPUTS) {
    try {
      oldestOutput = Math.min(oldestOutput, fs.statSync(path.join(root, output)).mtimeMs);
    } catch {
      return true;
    }
  }
  return BUILD_INPUTS.some((input) => newestMtime(root, input) > oldestOutput);
}

/** Builds the app with electron-vite (output on this terminal); false when the build failed. */
export function runBuild(root: string): boolean {
  const electronVite = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  return (
    spawnSync(process.execPath, [electronVite, 'build'], { stdio: 'inherit', cwd: root }).status ===
    0
  );
}

/** The Electron executable, or null when the package is there without its binary. */
export function electronBinary(root: string): string | null {
  try {
    const resolved: unknown = createRequire(path.join(root, 'package.json'))('electron');
    return typeof resolved === 'string' && fs.existsSync(resolved) ? resolved : null;
  } catch {
    // node_modules/electron/index.js throws when path.txt is missing (binary never fetched).
    return null;
  }
}

interface InstallAttempt {
  at: string;
  ok: boolean;
  message: string;
}

function attemptFile(root: string): string {
  return path.join(root, 'node_modules', '.cache', 'physioplan', 'electron-install-attempt.json');
}

/** A failed download is not retried on every start (offline machines would wait each time). */
export function recentFailedAttempt(root: string, now: Date): InstallAttempt | null {
  try {
    const attempt = JSON.parse(fs.readFileSync(attemptFile(root), 'utf8')) as InstallAttempt;
    const age = now.getTime() - new Date(attempt.at).getTime();
    return !attempt.ok && age >= 0 && age < INSTALL_RETRY_MS ? attempt : null;
  } catch {
    return null;
  }
}

export function tryInstallElectron(
  root: string,
  now: Date,
  run: RunCommand = runCommand,
): InstallAttempt {
  const installer = path.join(root, 'node_modules', 'electron', 'install.js');
  const result = fs.existsSync(installer)
    ? run(process.execPath, [installer], {
        cwd: path.dirname(installer),
        timeoutMs: INSTALL_TIMEOUT_MS,
      })
    : { ok: false, output: 'the electron package is not installed' };
  const lines = result.output
    .trim()
    .split('\n')
    .filter((line) => line.trim() !== '');
  const attempt: InstallAttempt = {
    at: now.toISOString(),
    ok: result.ok,
    message: (lines.find((line) => /error/i.test(line)) ?? lines.at(-1) ?? '').trim().slice(0, 200),
  };
  fs.mkdirSync(path.dirname(attemptFile(root)), { recursive: true });
  fs.writeFileSync(attemptFile(root), JSON.stringify(attempt));
  return attempt;
}

type HostChoice =
  { kind: 'electron'; electron: string; sqliteBinding: string } | { kind: 'browser'; why: string };

function chooseHost(
  root: string,
  force: 'electron' | 'browser' | undefined,
  log: (line: string) => void,
): HostChoice {
  if (force === 'browser') return { kind: 'browser', why: '' };
  let electron = electronBinary(root);
  if (electron === null) {
    const failed = force === 'electron' ? null : recentFailedAttempt(root, new Date());
    if (failed) {
      return {
        kind: 'browser',
        why: `Electron is not installed (download failed ${failed.at.slice(0, 16)}Z; npm start -- --electron retries)`,
      };
    }
    log(
      `Electron is not installed; trying once to download it (up to ${INSTALL_TIMEOUT_MS / 1000} s)…`,
    );
    const attempt = tryInstallElectron(root, new Date());
    electron = electronBinary(root);
    if (electron === null)
      return {
        kind: 'browser',
        why: `Electron could not be downloaded (${attempt.message || 'no details'})`,
      };
  }
  const target = readElectronTarget(root);
  const sqlite = ensureElectronSqlite({ root, target, log });
  if (!sqlite.ok)
    return {
      kind: 'browser',
      why: `better-sqlite3 could not be built for Electron ${target.version} (${sqlite.reason})`,
    };
  if (sqlite.built) {
    const check = verifyElectronSqlite(electron, root, sqlite.binding);
    if (!check.ok) {
      fs.rmSync(sqlite.binding, { force: true });
      return {
        kind: 'browser',
        why: `the Electron build of better-sqlite3 does not load (${check.output.trim().slice(0, 200)})`,
      };
    }
  }
  return { kind: 'electron', electron, sqliteBinding: sqlite.binding };
}

function forward(child: ChildProcess): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

export function main(): void {
  const { values, tokens } = parseArgs({
    options: {
      browser: { type: 'boolean', default: false },
      electron: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      port: { type: 'string' },
    },
    tokens: true,
  });
  const log = (line: string) => console.log(`Physioplan: ${line}`);
  const envHost = process.env['PHYSIOPLAN_HOST'];
  // --no-open (print the address instead of opening a window) only exists in the browser host.
  const force =
    values.browser || values['no-open'] || envHost === 'browser'
      ? 'browser'
      : values.electron || envHost === 'electron'
        ? 'electron'
        : undefined;

  if (buildIsStale(ROOT)) {
    log('building…');
    if (!runBuild(ROOT)) {
      console.error('Physioplan: the build failed (see above).');
      process.exit(1);
    }
  }

  const choice = chooseHost(ROOT, force, log);
  if (choice.kind === 'browser') {
    if (force === 'electron') {
      console.error(`Physioplan: cannot start Electron: ${choice.why}.`);
      process.exit(1);
    }
    if (choice.why) log(`${choice.why}; using the browser host.`);
    const passOn = tokens.flatMap((token) =>
      token.kind === 'option' && token.name !== 'browser' && token.name !== 'electron'
        ? [token.rawName, ...(token.value === undefined ? [] : [token.value])]
        : [],
    );
    // The browser host prints the line naming itself and the data folder.
    forward(
      spawn(process.execPath, [path.join(ROOT, 'out', 'main', 'browser-host.js'), ...passOn], {
        stdio: 'inherit',
        env: browserHostEnvironment(),
      }),
    );
    return;
  }

  const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : defaultDataDir();
  const args = [ROOT];
  if (process.platform === 'linux' && process.getuid?.() === 0) {
    // Chromium will not start as root with its OS sandbox on (containers, CI). Say so: the
    // renderer then runs without the OS-level half of its sandbox.
    args.push('--no-sandbox');
    log("running as root, so Chromium's OS sandbox is off; run Physioplan as a normal user.");
  }
  log(`Electron host — data in ${dataDir}`);
  forward(
    spawn(choice.electron, args, {
      stdio: 'inherit',
      env: {
        ...process.env,
        PHYSIOPLAN_DATA_DIR: dataDir,
        PHYSIOPLAN_SQLITE_BINDING: choice.sqliteBinding,
      },
    }),
  );
}
