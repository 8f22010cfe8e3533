// The browser host's folder list: one level under the home folder, hidden folders and files
// left out, nothing outside the home folder, and a clear message for a folder that is gone.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFolders } from '../../electron/core/library/folder-browser';
import { tempDir } from '../support/core';

function home(): string {
  const dir = tempDir('physioplan-home-');
  fs.mkdirSync(path.join(dir, 'Downloads', 'free-exercise-db'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'Documents'));
  fs.mkdirSync(path.join(dir, '.cache'));
  fs.writeFileSync(path.join(dir, 'notes.txt'), 'x');
  return dir;
}

describe('folder list', () => {
  it('lists the folders of the home folder, sorted, without hidden ones or files', async () => {
    const dir = home();
    const listing = await listFolders(undefined, dir);
    expect(listing).toMatchObject({ home: dir, path: dir, parent: null });
    expect(listing.folders.map((f) => f.name)).toEqual(['Documents', 'Downloads']);
    const inner = await listFolders(path.join(dir, 'Downloads'), dir);
    expect(inner.parent).toBe(dir);
    expect(inner.folders).toEqual([
      { name: 'free-exercise-db', path: path.join(dir, 'Downloads', 'free-exercise-db') },
    ]);
  });

  it('refuses folders outside the home folder and says so', async () => {
    const dir = home();
    await expect(listFolders(path.join(dir, '..'), dir)).rejects.toThrow(
      `Choose a folder inside your home folder (${dir}).`,
    );
    await expect(listFolders('/etc', dir)).rejects.toThrow(/inside your home folder/);
    await expect(listFolders(path.join(dir, 'Gone'), dir)).rejects.toThrow(/cannot be opened/);
  });
});
