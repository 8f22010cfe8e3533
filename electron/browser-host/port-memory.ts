// The browser host listens on the same port from one start to the next, remembered in the data
// folder, so the window's address (its origin) stays the same. The browser keeps per origin
// what makes a start quick and familiar: the screens' language last used on this computer
// (window storage) and the app's code with its compiled form (cache). With a new port each
// start, both were lost every time. A remembered port that something else has taken gives way
// to a free one, which is remembered instead.
import fs from 'node:fs';
import path from 'node:path';
import { PRIVATE_FILE_MODE } from '../core/file-modes';

const PORT_FILE = 'browser-host-port';

/** The port the last start listened on, if it was remembered and is a usable one. */
export function rememberedPort(dataDir: string): number | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dataDir, PORT_FILE), 'utf8');
  } catch {
    return undefined;
  }
  const port = Number(text.trim());
  return Number.isInteger(port) && port >= 1024 && port <= 65535 ? port : undefined;
}

export function rememberPort(dataDir: string, port: number): void {
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(path.join(dataDir, PORT_FILE), `${port}\n`, { mode: PRIVATE_FILE_MODE });
}
