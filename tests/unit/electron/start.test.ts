// npm start's decisions: rebuild when stale, find Electron, try its installer once, and
// build better-sqlite3 for Electron beside the Node build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  electronSqliteBindingPath,
  ensureElectronSqlite,
  type ElectronTarget,
  type RunCommand,
} from '../../../electron/tools/electron-sqlite';
import {
  buildIsStale,
  electronBinary,
  recentFailedAttempt,
  tryInstallElectron,
} from '../../../electron/tools/start-host';

let root: string;
const target: ElectronTarget = { version: '41.0.4', abi: '145', platform: 'linux', arch: 'x64' };

function write(relative: string, content = '', mtime?: Date): void {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  if (mtime) fs.utimesSync(file, mtime, mtime);
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'physioplan-start-'));
  write(
    'node_modules/better-sqlite3-multiple-ciphers/package.json',
    JSON.stringify({ name: 'better-sqlite3-multiple-ciphers', version: '12.11.1' }),
  );
  for (const entry of ['binding.gyp', 'src/better_sqlite3.cpp', 'deps/sqlite3/sqlite3.c'])
    write(`node_modules/better-sqlite3-multiple-ciphers/${entry}`);
  write(
    'node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node',
    'node build',
  );
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('build staleness', () => {
  const old = new Date('2026-01-01T00:00:00Z');
  const later = new Date('2026-01-02T00:00:00Z');
  const outputs = [
    'out/main/index.js',
    'out/main/browser-host.js',
    'out/preload/index.cjs',
    'out/renderer/index.html',
  ];

  it('builds when an output is missing', () => {
    write('electron/main/index.ts', '', old);
    expect(buildIsStale(root)).toBe(true);
  });

  it('skips the build when every output is newer than the sources', () => {
    write('electron/main/index.ts', '', old);
    write('renderer/src/main.tsx', '', old);
    for (const output of outputs) write(output, '', later);
    for (const dir of ['electron', 'electron/main', 'renderer', 'renderer/src'])
      fs.utimesSync(path.join(root, dir), old, old);
    expect(buildIsStale(root)).toBe(false);
  });

  it('rebuilds after a source file changes, but not after a change to npm start itself', () => {
    for (const output of outputs) write(output, '', later);
    write('electron/tools/start.ts', '', new Date('2026-02-01T00:00:00Z'));
    fs.utimesSync(path.join(root, 'electron'), old, old);
    expect(buildIsStale(root)).toBe(false);
    write('shared/api.ts', '', new Date('2026-02-01T00:00:00Z'));
    expect(buildIsStale(root)).toBe(true);
  });
});

describe('finding Electron', () => {
  it('treats the package without its binary as missing', () => {
    write('package.json', '{}');
    write(
      'node_modules/electron/index.js',
      "throw new Error('Electron failed to install correctly');",
    );
    expect(electronBinary(root)).toBeNull();
  });

  it('returns the binary when the installer has put it in place', () => {
    write('package.json', '{}');
    write('node_modules/electron/dist/electron', '#!/bin/sh');
    write(
      'node_modules/electron/index.js',
      `module.exports = ${JSON.stringify(path.join(root, 'node_modules/electron/dist/electron'))};`,
    );
    expect(electronBinary(root)).toBe(path.join(root, 'node_modules/electron/dist/electron'));
  });

  it('tries the installer once and remembers a failure for a day', () => {
    write('node_modules/electron/install.js');
    const run = vi.fn<RunCommand>(() => ({
      ok: false,
      output: 'RequestError: getaddrinfo ENOTFOUND github.com\n',
    }));
    const now = new Date('2026-03-01T10:00:00Z');
    const attempt = tryInstallElectron(root, now, run);
    expect(run).toHaveBeenCalledTimes(1);
    expect(attempt).toMatchObject({
      ok: false,
      message: 'RequestError: getaddrinfo ENOTFOUND github.com',
    });
    expect(recentFailedAttempt(root, new Date('2026-03-01T20:00:00Z'))).not.toBeNull();
    expect(recentFailedAttempt(root, new Date('2026-03-02T11:00:00Z'))).toBeNull();
  });
});

describe('better-sqlite3 for Electron', () => {
  it('reuses a cached Electron build without running anything', () => {
    const binding = electronSqliteBindingPath(root, target);
    fs.mkdirSync(path.dirname(binding), { recursive: true });
    fs.writeFileSync(binding, 'electron build');
    const run = vi.fn<RunCommand>();
    expect(ensureElectronSqlite({ root, target, run })).toEqual({
      ok: true,
      binding,
      built: false,
    });
    expect(run).not.toHaveBeenCalled();
  });

  it('fetches a prebuilt binary for Electron into the cache, leaving the Node build alone', () => {
    const run = vi.fn<RunCommand>((_command, args, options) => {
      expect(args).toEqual(expect.arrayContaining(['--runtime=electron', '--target=41.0.4']));
      fs.mkdirSync(path.join(options.cwd, 'build', 'Release'), { recursive: true });
      fs.writeFileSync(
        path.join(options.cwd, 'build', 'Release', 'better_sqlite3.node'),
        'electron build',
      );
      return { ok: true, output: '' };
    });
    const result = ensureElectronSqlite({ root, target, run });
    expect(result).toMatchObject({ ok: true, built: true });
    const binding = electronSqliteBindingPath(root, target);
    expect(binding).toContain(
      path.join(
        'node_modules',
        '.cache',
        'physioplan',
        'better-sqlite3-multiple-ciphers-12.11.1-electron-v145-linux-x64',
      ),
    );
    expect(fs.readFileSync(binding, 'utf8')).toBe('electron build');
    expect(
      fs.readFileSync(
        path.join(
          root,
          'node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node',
        ),
        'utf8',
      ),
    ).toBe('node build');
  });

  it('compiles with node-gyp when no prebuilt binary can be fetched', () => {
    const gyp = path.join(root, 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    write(path.relative(root, gyp));
    const run = vi.fn<RunCommand>((_command, args, options) => {
      if (args[0] === gyp) {
        expect(fs.existsSync(path.join(options.cwd, 'binding.gyp'))).toBe(true);
        expect(args).toEqual(
          expect.arrayContaining([
            'rebuild',
            '--runtime=electron',
            '--dist-url=https://electronjs.org/headers',
          ]),
        );
        fs.mkdirSync(path.join(options.cwd, 'build', 'Release'), { recursive: true });
        fs.writeFileSync(
          path.join(options.cwd, 'build', 'Release', 'better_sqlite3.node'),
          'compiled',
        );
        return { ok: true, output: '' };
      }
      return { ok: false, output: 'prebuild-install warn install No prebuilt binaries found' };
    });
    const env = { npm_execpath: path.join(root, 'npm', 'bin', 'npm-cli.js') };
    expect(ensureElectronSqlite({ root, target, run, env })).toMatchObject({
      ok: true,
      built: true,
    });
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('says why when neither way works, and caches nothing', () => {
    const run = vi.fn<RunCommand>(() => ({
      ok: false,
      output: 'gyp ERR! stack Error: getaddrinfo ENOTFOUND electronjs.org',
    }));
    const gyp = path.join(root, 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    write(path.relative(root, gyp));
    const result = ensureElectronSqlite({
      root,
      target,
      run,
      env: { npm_execpath: path.join(root, 'npm', 'bin', 'npm-cli.js') },
    });
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('ENOTFOUND') });
    expect(fs.existsSync(electronSqliteBindingPath(root, target))).toBe(false);
  });
});
