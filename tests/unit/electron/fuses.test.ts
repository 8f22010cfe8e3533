// The packaged app's fuses: burnt as configured into a binary, and only the test build keeps
// the inspect fuse that Playwright's _electron needs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FuseV1Options } from '@electron/fuses';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  applyFuses,
  fuseMismatches,
  fuseSettings,
  fuseVariantFromEnv,
} from '../../../electron/tools/fuses';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ENABLE = 0x31;
const DISABLE = 0x30;
/** Electron 41's wire is longer than @electron/fuses 1.8 knows; the extra fuse must survive. */
const WIRE_LENGTH = 9;

let dir: string;
let binary: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'physioplan-fuses-'));
  binary = path.join(dir, 'physioplan');
  // A stand-in executable: some bytes, the sentinel, version 1, the wire length, every fuse on.
  fs.writeFileSync(
    binary,
    Buffer.concat([
      Buffer.from('\x7fELF fake electron binary '),
      Buffer.from(SENTINEL),
      Buffer.from([1, WIRE_LENGTH]),
      Buffer.alloc(WIRE_LENGTH, ENABLE),
      Buffer.from(' trailing bytes'),
    ]),
  );
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function wire(): number[] {
  const bytes = fs.readFileSync(binary);
  const start = bytes.indexOf(SENTINEL) + SENTINEL.length + 2;
  return [...bytes.subarray(start, start + WIRE_LENGTH)];
}

describe('fuses', () => {
  it('turns off running as Node, NODE_OPTIONS and inspect, and turns on asar integrity and asar-only loading', async () => {
    await applyFuses(binary, 'release');
    const fuses = wire();
    expect(fuses[FuseV1Options.RunAsNode]).toBe(DISABLE);
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(DISABLE);
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(DISABLE);
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ENABLE);
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ENABLE);
    expect(fuses[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(DISABLE);
    expect(fuses[8]).toBe(ENABLE);
    expect(await fuseMismatches(binary, 'release')).toEqual([]);
    expect(fs.readFileSync(binary).subarray(0, 4).toString('latin1')).toBe('\x7fELF');
  });

  it('keeps only the inspect fuse on in the test build', async () => {
    await applyFuses(binary, 'test');
    expect(wire()[FuseV1Options.EnableNodeCliInspectArguments]).toBe(ENABLE);
    expect(await fuseMismatches(binary, 'release')).toEqual(['EnableNodeCliInspectArguments']);
    const differences = Object.entries(fuseSettings('test')).filter(
      ([index, on]) => fuseSettings('release')[Number(index) as FuseV1Options] !== on,
    );
    expect(differences.map(([index]) => FuseV1Options[Number(index)])).toEqual([
      'EnableNodeCliInspectArguments',
    ]);
  });

  it('reports an unflipped binary', async () => {
    expect(await fuseMismatches(binary, 'release')).toEqual(
      expect.arrayContaining([
        'RunAsNode',
        'EnableNodeOptionsEnvironmentVariable',
        'EnableNodeCliInspectArguments',
      ]),
    );
  });

  it('refuses a file that is not an Electron binary', async () => {
    fs.writeFileSync(binary, 'just text');
    await expect(applyFuses(binary, 'release')).rejects.toThrow(/sentinel/);
  });

  it('are burnt by the electron-builder afterPack hook', () => {
    const hook = path.resolve(import.meta.dirname, '../../../electron/tools/after-pack.mjs');
    const context = {
      appOutDir: dir,
      electronPlatformName: 'linux',
      packager: { appInfo: { productFilename: 'Physioplan' }, executableName: 'physioplan' },
    };
    const script = `const { default: afterPack } = await import(${JSON.stringify(pathToFileURL(hook).href)}); await afterPack(${JSON.stringify(context)});`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('release fuses burnt into physioplan');
    expect(wire()[FuseV1Options.RunAsNode]).toBe(DISABLE);
  });

  it('picks the test build only when asked', () => {
    expect(fuseVariantFromEnv({})).toBe('release');
    expect(fuseVariantFromEnv({ PHYSIOPLAN_FUSES: 'test' })).toBe('test');
    expect(fuseVariantFromEnv({ PHYSIOPLAN_FUSES: 'yes please' })).toBe('release');
  });
});
