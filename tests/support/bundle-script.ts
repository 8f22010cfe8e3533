// Bundles a test's child-process script into one ES module inside the project (so it finds
// better-sqlite3 and sharp in node_modules) and returns its path.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '../..');

export async function bundleScript(entry: string, name: string): Promise<string> {
  const outfile = path.join(root, '.tmp', `${name}-${process.pid}.mjs`);
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    external: ['better-sqlite3', 'better-sqlite3-multiple-ciphers', 'sharp'],
    banner: {
      // CommonJS dependencies call require(); give the ES module one under a name no bundled
      // module declares.
      js: "import { createRequire as physioplanCreateRequire } from 'node:module'; const require = physioplanCreateRequire(import.meta.url);",
    },
    logLevel: 'silent',
  });
  return outfile;
}
