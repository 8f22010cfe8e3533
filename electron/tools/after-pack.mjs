// electron-builder afterPack hook (electron-builder.yml): burns the fuses into the packaged
// Electron binary before it is signed. PHYSIOPLAN_FUSES=test keeps the inspect fuse on.
import path from 'node:path';
import { register } from 'tsx/esm/api';

register();
const { applyFuses, fuseVariantFromEnv } = await import('./fuses.ts');

/** @param {{ appOutDir: string, electronPlatformName: string, packager: { appInfo: { productFilename: string }, executableName?: string } }} context */
export default async function afterPack(context) {
  const name = context.packager.appInfo.productFilename;
  const executables = {
    darwin: `${name}.app`,
    mas: `${name}.app`,
    win32: `${name}.exe`,
    linux: context.packager.executableName ?? name,
  };
  const executable = executables[context.electronPlatformName];
  if (!executable) throw new Error(`No fuse target for platform ${context.electronPlatformName}`);
  const variant = fuseVariantFromEnv(process.env);
  await applyFuses(path.join(context.appOutDir, executable), variant);
  console.log(`Physioplan: ${variant} fuses burnt into ${executable}`);
}
