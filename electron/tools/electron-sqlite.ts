// The SQLite driver (better-sqlite3-multiple-ciphers, the SQLCipher-capable build of
// better-sqlite3 the core opens every database with) for Electron's ABI, kept beside (never
// over) the Node build.
//
// Electron embeds its own Node with a different ABI, so the better_sqlite3.node that Node
// (vitest, the browser host, the CLI) uses cannot load in Electron and the other way round.
// Rebuilding in place would break `npm test` until someone rebuilt again, so the Electron
// build goes to node_modules/.cache/physioplan/ and the main process loads it through
// better-sqlite3's `nativeBinding` option (PHYSIOPLAN_SQLITE_BINDING, set by npm start).
// A packaged app needs none of this: the packager rebuilds native modules for Electron.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ElectronTarget {
  version: string;
  /** NODE_MODULE_VERSION of Electron's Node (node_modules/electron/abi_version). */
  abi: string;
  platform: NodeJS.Platform;
  arch: string;
}

export interface CommandResult {
  ok: boolean;
  output: string;
}

/** Runs a command with a time limit; never throws. */
export type RunCommand = (
  command: string,
  args: string[],
  options: { cwd: string; timeoutMs: number; env?: NodeJS.ProcessEnv },
) => CommandResult;

export const runCommand: RunCommand = (command, args, options) => {
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    timeout: options.timeoutMs,
    encoding: 'utf8',
    env: options.env ?? process.env,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`;
  return { ok: result.status === 0 && !result.error, output };
};

export function readElectronTarget(root: string): ElectronTarget {
  const electronDir = path.join(root, 'node_modules', 'electron');
  const pkg = JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const abi = fs.readFileSync(path.join(electronDir, 'abi_version'), 'utf8').trim();
  return { version: pkg.version, abi, platform: process.platform, arch: process.arch };
}

/** The driver the core loads (electron/core/db/open.ts); same API and binary name as better-sqlite3. */
export const SQLITE_PACKAGE = 'better-sqlite3-multiple-ciphers';

function sqlitePackageDir(root: string): string {
  return path.join(root, 'node_modules', SQLITE_PACKAGE);
}

function sqliteVersion(root: string): string {
  const pkg = JSON.parse(
    fs.readFileSync(path.join(sqlitePackageDir(root), 'package.json'), 'utf8'),
  ) as {
    version: string;
  };
  return pkg.version;
}

/** Where the Electron build of better-sqlite3 lives for this Electron and this better-sqlite3. */
export function electronSqliteBindingPath(root: string, target: ElectronTarget): string {
  const folder = `${SQLITE_PACKAGE}-${sqliteVersion(root)}-electron-v${target.abi}-${target.platform}-${target.arch}`;
  return path.join(root, 'node_modules', '.cache', 'physioplan', folder, 'better_sqlite3.node');
}

const BUILT_FILE = path.join('build', 'Release', 'better_sqlite3.node');

/** npm ships node-gyp; when started through npm its path is known, otherwise try beside node. */
export function findNodeGyp(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [
    env['npm_execpath']
      ? path.join(
          path.dirname(env['npm_execpath']),
          '..',
          'node_modules',
          'node-gyp',
          'bin',
          'node-gyp.js',
        )
      : '',
    path.join(
      path.dirname(process.execPath),
      '..',
      'lib',
      'node_modules',
      'npm',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js',
    ),
  ];
  return candidates.find((candidate) => candidate !== '' && fs.existsSync(candidate)) ?? null;
}

export interface EnsureOptions {
  root: string;
  target: ElectronTarget;
  run?: RunCommand;
  log?: (line: string) => void;
  env?: NodeJS.ProcessEnv;
}

export type EnsureResult =
  { ok: true; binding: string; built: boolean } | { ok: false; reason: string };

/**
 * Returns the Electron build of better-sqlite3, making it first if needed: a prebuilt binary
 * through prebuild-install (what better-sqlite3's own install does), else a compile with
 * node-gyp against Electron's headers. Both need the network once; the result is cached.
 */
export function ensureElectronSqlite(options: EnsureOptions): EnsureResult {
  const run = options.run ?? runCommand;
  const log = options.log ?? (() => undefined);
  const binding = electronSqliteBindingPath(options.root, options.target);
  if (fs.existsSync(binding)) return { ok: true, binding, built: false };

  const { target } = options;
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'physioplan-sqlite-electron-'));
  try {
    const source = sqlitePackageDir(options.root);
    fs.copyFileSync(path.join(source, 'package.json'), path.join(stage, 'package.json'));
    log(`Fetching better-sqlite3 for Electron ${target.version} (ABI ${target.abi})…`);
    const prebuilt = run(
      process.execPath,
      [
        path.join(options.root, 'node_modules', 'prebuild-install', 'bin.js'),
        '--runtime=electron',
        `--target=${target.version}`,
        `--arch=${target.arch}`,
        `--platform=${target.platform}`,
      ],
      { cwd: stage, timeoutMs: 60_000 },
    );
    let failure = prebuilt.ok ? '' : `prebuild-install: ${lastLine(prebuilt.output)}`;
    if (!fs.existsSync(path.join(stage, BUILT_FILE))) {
      const nodeGyp = findNodeGyp(options.env);
      if (nodeGyp === null) {
        failure += '; node-gyp not found';
      } else {
        log(
          'No prebuilt binary; compiling better-sqlite3 against Electron headers (a few minutes)…',
        );
        for (const entry of ['binding.gyp', 'src', 'deps']) {
          fs.cpSync(path.join(source, entry), path.join(stage, entry), { recursive: true });
        }
        const compiled = run(
          process.execPath,
          [
            nodeGyp,
            'rebuild',
            '--release',
            '--runtime=electron',
            `--target=${target.version}`,
            `--arch=${target.arch}`,
            '--dist-url=https://electronjs.org/headers',
          ],
          { cwd: stage, timeoutMs: 15 * 60_000 },
        );
        if (!compiled.ok) failure += `; node-gyp: ${lastLine(compiled.output)}`;
      }
    }
    const built = path.join(stage, BUILT_FILE);
    if (!fs.existsSync(built))
      return { ok: false, reason: failure.replace(/^; /, '') || 'no binary was produced' };
    fs.mkdirSync(path.dirname(binding), { recursive: true });
    // Copy then rename so an interrupted start never leaves a truncated addon in the cache.
    fs.copyFileSync(built, `${binding}.partial`);
    fs.renameSync(`${binding}.partial`, binding);
    return { ok: true, binding, built: true };
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

/**
 * Loads the binding inside Electron running as plain Node, so an ABI mismatch shows up here
 * with a clear message instead of as a database error in the window.
 */
export function verifyElectronSqlite(
  electronPath: string,
  root: string,
  binding: string,
  run: RunCommand = runCommand,
): CommandResult {
  const script = `const Database = require(${JSON.stringify(sqlitePackageDir(root))}); new Database(':memory:', { nativeBinding: ${JSON.stringify(binding)} }).close();`;
  return run(electronPath, ['-e', script], {
    cwd: root,
    timeoutMs: 30_000,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
}

function lastLine(output: string): string {
  const lines = output
    .trim()
    .split('\n')
    .filter((line) => line.trim() !== '');
  return (lines.at(-1) ?? 'failed').slice(0, 300);
}
