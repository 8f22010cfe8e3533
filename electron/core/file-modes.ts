// Owner-only permissions for what Physioplan keeps on disk: the data folder is 0700 and every
// file in it (database, WAL/SHM, lock, settings, backups, exports) 0600, so other accounts on
// the computer cannot read patient records. Windows keeps its own ACLs; nothing to do there.
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from './context';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;
const OPEN_TO_OTHERS = 0o077;
const applies = process.platform !== 'win32';

function tooOpen(file: string): boolean {
  try {
    return (fs.statSync(file).mode & OPEN_TO_OTHERS) !== 0;
  } catch {
    return false;
  }
}

/** Creates `dir` (and missing parents) owner-only; an existing one is made owner-only. */
export function ensurePrivateDir(dir: string): boolean {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (!applies || !tooOpen(dir)) return false;
  fs.chmodSync(dir, PRIVATE_DIR_MODE);
  return true;
}

/** Makes an existing file owner-only (no-op when it is missing). */
export function makePrivate(file: string): boolean {
  if (!applies || !tooOpen(file)) return false;
  try {
    fs.chmodSync(file, PRIVATE_FILE_MODE);
    return true;
  } catch {
    // A file owned by someone else: the start-up notice names the folder.
    return false;
  }
}

/** Creates an empty owner-only file if none exists, so SQLite's sidecars copy its mode. */
export function createPrivateFile(file: string): void {
  fs.closeSync(fs.openSync(file, 'a', PRIVATE_FILE_MODE));
  makePrivate(file);
}

/**
 * At start-up: the data folder, its files and its backups folder become owner-only. Said
 * once in the log when anything was open to others (an older version, a copy, an archive).
 */
export function tightenDataFolder(dataDir: string, log: Logger): void {
  let tightened = ensurePrivateDir(dataDir) ? 1 : 0;
  for (const folder of [dataDir, path.join(dataDir, 'backups')]) {
    let names: string[];
    try {
      names = fs.readdirSync(folder);
    } catch {
      continue;
    }
    if (folder !== dataDir && applies && tooOpen(folder)) {
      fs.chmodSync(folder, PRIVATE_DIR_MODE);
      tightened += 1;
    }
    for (const name of names) {
      const file = path.join(folder, name);
      if (fs.lstatSync(file).isFile() && makePrivate(file)) tightened += 1;
    }
  }
  if (tightened > 0) {
    log.info(
      `The data folder ${dataDir} could be read by other users of this computer; ${tightened} ${tightened === 1 ? 'item is' : 'items are'} now private to this account.`,
    );
  }
}
