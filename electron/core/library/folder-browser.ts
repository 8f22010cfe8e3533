// The folders under the user's home, one level at a time, for the browser host's folder
// chooser: a page in a browser cannot hand over a path, so the core lists folders and the
// clinician picks one. Only folders inside the home folder are listed; hidden ones are left out.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FolderListing } from '../../../shared/contract/library';
import { AppError } from '../errors';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function insideHome(home: string, folder: string): boolean {
  const relative = path.relative(home, folder);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export async function listFolders(
  requested: string | undefined,
  home = os.homedir(),
): Promise<FolderListing> {
  const folder = path.resolve(home, requested ?? home);
  if (!insideHome(home, folder)) {
    throw new AppError('VALIDATION', `Choose a folder inside your home folder (${home}).`);
  }
  let entries;
  try {
    entries = await fs.readdir(folder, { withFileTypes: true });
  } catch {
    throw new AppError('NOT_FOUND', `The folder ${folder} cannot be opened. Choose another one.`);
  }
  const folders = entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort(collator.compare)
    .map((name) => ({ name, path: path.join(folder, name) }));
  return {
    home,
    path: folder,
    parent: folder === home ? null : path.dirname(folder),
    folders,
  };
}
