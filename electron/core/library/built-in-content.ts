// Built-in library content (resources/library/**/*.json, written by us): loaded on first run and
// upgraded item by item when its contentVersion rises. Clinicians' own items and their
// customised copies have no built-in key, so they are never touched.
import fs from 'node:fs';
import path from 'node:path';
import { readContentFile } from './content-file';
import {
  builtInLibraryFileSchema,
  draftOfItem,
  type BuiltInItem,
} from '../../../shared/domain/library';
import type { CoreContext } from '../context';
import { saveImage } from '../images/image-store';
import { drawingPaths, readDrawing } from './built-in-drawings';
import {
  attachBuiltInTranslations,
  isTranslationPath,
  translationsDiffer,
} from './built-in-translations';
import { libraryRepository } from './library-repository';

export interface BuiltInLoadReport {
  added: number;
  upgraded: number;
  /** Same content version, but its translations changed (a translation file arrived). */
  retranslated: number;
  unchanged: number;
  /** Problems with the content files (logged; the app still starts). */
  problems: string[];
}

function jsonFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json') && !isTranslationPath(name))
    .map((name) => path.join(dir, name))
    .sort();
}

/** Reads every content file; a broken file is reported and skipped, the others still load. */
export function readBuiltInContent(dir: string): {
  items: BuiltInItem[];
  problems: string[];
  /** Where each item's drawing would be (drawings/<key>.png beside its content file). */
  drawingFiles: Map<string, string>;
  /** Translation entries written for an older content version ("key (lang)"), left out. */
  staleTranslations: string[];
} {
  const items: BuiltInItem[] = [];
  const drawingFiles = new Map<string, string>();
  const problems: string[] = [];
  const keys = new Map<string, string>();
  for (const file of jsonFiles(dir)) {
    const name = path.relative(dir, file);
    const data = readContentFile(file, name, builtInLibraryFileSchema, problems);
    if (data === null) continue;
    for (const item of data.items) {
      const earlier = keys.get(item.key);
      if (earlier !== undefined) {
        problems.push(
          `${name}: key ${item.key} is already used in ${earlier}; this copy is ignored`,
        );
        continue;
      }
      keys.set(item.key, name);
      items.push(item);
      drawingFiles.set(item.key, drawingPaths(file, item.key).png);
    }
  }
  return attachBuiltInTranslations(dir, { items, problems, drawingFiles });
}

/** The item's line drawing first, stored in the image store, then any photos already stored. */
function imagesWithDrawing(
  ctx: CoreContext,
  key: string,
  photos: BuiltInItem['images'],
  drawingFile: string | undefined,
  problems: string[],
): BuiltInItem['images'] {
  if (drawingFile === undefined) return photos;
  try {
    const drawing = readDrawing(drawingFile);
    if (!drawing) return photos;
    saveImage(ctx.db, ctx.clock, drawing);
    return [drawing.ref, ...photos.filter((p) => p.sha256 !== drawing.ref.sha256)];
  } catch (error) {
    problems.push(
      `${key}: drawing not loaded (${error instanceof Error ? error.message : String(error)})`,
    );
    return photos;
  }
}

export function loadBuiltInLibrary(ctx: CoreContext, dir: string): BuiltInLoadReport {
  const { items, problems, drawingFiles } = readBuiltInContent(dir);
  const repo = libraryRepository(ctx.db);
  const report: BuiltInLoadReport = {
    added: 0,
    upgraded: 0,
    retranslated: 0,
    unchanged: 0,
    problems,
  };
  const now = ctx.clock().toISOString();
  ctx.db.transaction(() => {
    for (const item of items) {
      const { key, contentVersion, ...draft } = item;
      // Content files cannot carry photo bytes; keep only photos already stored.
      const missing = new Set(repo.missingImages(draft.images.map((i) => i.sha256)));
      const photos = draft.images.filter((i) => !missing.has(i.sha256));
      const row = repo.rowByBuiltInKey(key);
      // Drawings are read only for items being added or upgraded, so most start-ups skip them.
      const changes = !row || row.content_version < contentVersion;
      const images = changes
        ? imagesWithDrawing(ctx, key, photos, drawingFiles.get(key), problems)
        : photos;
      if (!row) {
        repo.insert({
          id: ctx.newId(),
          draft: { ...draft, images },
          builtInKey: key,
          contentVersion,
          copiedFromId: null,
          source: null,
          sourceHash: null,
          archived: false,
          now,
        });
        report.added += 1;
      } else if (row.content_version < contentVersion) {
        // The clinician's choice to archive a built-in item survives the upgrade.
        repo.updateContent(row.id, { draft: { ...draft, images }, now, contentVersion });
        repo.replaceImages(row.id, images);
        report.upgraded += 1;
      } else if (translationsDiffer(row.body, item)) {
        // Only the translations changed: the English, photos and archiving stay as they are.
        const { translations: _old, ...stored } = draftOfItem(repo.itemFromRow(row));
        const translated = draft.translations
          ? { ...stored, translations: draft.translations }
          : stored;
        repo.updateContent(row.id, { draft: translated, now });
        report.retranslated += 1;
      } else {
        report.unchanged += 1;
      }
    }
  })();
  return report;
}

export function builtInLibraryTask(ctx: CoreContext, resourcesDir: string): void {
  const report = loadBuiltInLibrary(ctx, path.join(resourcesDir, 'library'));
  if (report.added > 0 || report.upgraded > 0 || report.retranslated > 0) {
    ctx.log.info(
      `Built-in library: ${report.added} added, ${report.upgraded} upgraded, ${report.retranslated} with new translations`,
    );
  }
  for (const problem of report.problems) ctx.log.error(`Built-in library content: ${problem}`);
}
