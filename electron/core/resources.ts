// Where the app's read-only resources (built-in library content, fonts) live. Hosts that know
// better (a packaged Electron app) pass `resourcesDir` to openCore; otherwise we look upwards
// from this module, which finds <repo>/resources both from source and from out/main.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function defaultResourcesDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth += 1) {
    const candidate = path.join(dir, 'resources');
    if (
      fs.existsSync(path.join(candidate, 'library')) ||
      fs.existsSync(path.join(candidate, 'fonts'))
    ) {
      return candidate;
    }
    dir = path.dirname(dir);
  }
  return path.resolve('resources');
}
