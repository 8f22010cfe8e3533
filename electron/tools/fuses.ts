// Electron fuses for the packaged app, burnt into the binary after packaging (see
// electron-builder.yml's afterPack). They switch off ways to run the app's Electron as
// something else: plain Node (RunAsNode), NODE_OPTIONS injection, --inspect debugging, and
// loading code from outside the integrity-checked app.asar.
//
// The "test" variant keeps the inspect fuse on: Playwright's _electron drives the app through
// --inspect / --remote-debugging-port, so an end-to-end run of a packaged build needs it.
import {
  flipFuses,
  FuseV1Options,
  FuseVersion,
  getCurrentFuseWire,
  type FuseV1Config,
} from '@electron/fuses';

export type FuseVariant = 'release' | 'test';

const ENABLE = 49; // '1' in the fuse wire
const DISABLE = 48; // '0'

/** Every fuse we know, decided explicitly. */
export function fuseSettings(variant: FuseVariant): Record<FuseV1Options, boolean> {
  return {
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: variant === 'test',
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    // We serve the renderer over app://, so file:// needs none of its old extra powers.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

export function fuseConfig(
  variant: FuseVariant,
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
): FuseV1Config {
  return {
    version: FuseVersion.V1,
    // Flipping fuses breaks the ad-hoc signature of an unsigned arm64 macOS build; re-sign it.
    resetAdHocDarwinSignature: platform === 'darwin' && arch === 'arm64',
    ...fuseSettings(variant),
  };
}

export function fuseVariantFromEnv(env: NodeJS.ProcessEnv): FuseVariant {
  return env['PHYSIOPLAN_FUSES'] === 'test' ? 'test' : 'release';
}

/** Fuse names whose state in the binary differs from the variant's settings. */
export async function fuseMismatches(
  electronPath: string,
  variant: FuseVariant,
): Promise<string[]> {
  const wire = (await getCurrentFuseWire(electronPath)) as unknown as Record<number, number>;
  const wanted = fuseSettings(variant);
  return Object.entries(wanted)
    .filter(([index, on]) => wire[Number(index)] !== (on ? ENABLE : DISABLE))
    .map(([index]) => FuseV1Options[Number(index)] ?? `fuse ${index}`);
}

/** Burns the fuses into a packaged Electron binary and checks they took. */
export async function applyFuses(electronPath: string, variant: FuseVariant): Promise<void> {
  await flipFuses(electronPath, fuseConfig(variant));
  const wrong = await fuseMismatches(electronPath, variant);
  if (wrong.length > 0)
    throw new Error(`These fuses did not take in ${electronPath}: ${wrong.join(', ')}`);
}
