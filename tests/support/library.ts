// Library test helpers: drafts with sensible defaults, and a core without built-in content.
import fs from 'node:fs';
import path from 'node:path';
import type { LibraryItemDraft } from '../../shared/domain/library';
import { emptyDraft } from '../../shared/domain/library-defaults';
import type { ItemKind } from '../../shared/domain/parameters';
import { openTestCore, tempDir, type TestCore } from './core';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const fixturesDir = path.join(repoRoot, 'tests/fixtures');
export const freeExerciseDbDir = path.join(fixturesDir, 'free-exercise-db');

/** A core whose resources folder has no built-in content, so tests see only their own items. */
export function openEmptyLibraryCore(dataDir = tempDir(), idPrefix?: string): TestCore {
  const resources = tempDir('physioplan-resources-');
  fs.mkdirSync(path.join(resources, 'library'));
  return openTestCore(dataDir, {
    resourcesDir: resources,
    ...(idPrefix === undefined ? {} : { idPrefix }),
  });
}

export function draft(
  title: string,
  fields: Partial<LibraryItemDraft> = {},
  kind: ItemKind = 'exercise',
): LibraryItemDraft {
  return { ...emptyDraft(kind), title, ...fields } as LibraryItemDraft;
}

export async function createItems(core: TestCore, drafts: LibraryItemDraft[]): Promise<string[]> {
  const ids: string[] = [];
  for (const d of drafts) ids.push((await core.call('library.create', { draft: d })).id);
  return ids;
}
