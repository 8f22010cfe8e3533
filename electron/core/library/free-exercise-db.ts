// Import from free-exercise-db (public domain: exercises.json plus an images folder; the mapping
// of an entry is in free-exercise-db-mapping.ts). Re-importing matches items by their source
// id, so nothing is duplicated and items a clinician edited here are kept as they are.
import fs from 'node:fs/promises';
import path from 'node:path';
import {
  FREE_EXERCISE_DB_SOURCE_PREFIX,
  libraryItemDraftSchema,
  type LibraryItemDraft,
} from '../../../shared/domain/library';
import type { ImportReport } from '../../../shared/domain/library-pack';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { applyImport, type PlannedItem } from './import-apply';
import { runImportJob, throwIfCancelled, type ImportControl } from './import-jobs';
import {
  failedReport,
  fieldName,
  fileError,
  formatMegabytes,
  ImportErrors,
  rawTitle,
} from './import-report';
import { acceptImportedImage, mapConcurrent, type PreparedImage } from './library-images';
import { libraryRepository } from './library-repository';
import { draftOf } from './library-service';
import { contentHash } from './stable-json';
import { exerciseSchema, mapExercise, type Exercise } from './free-exercise-db-mapping';

const SOURCE_PREFIX = FREE_EXERCISE_DB_SOURCE_PREFIX;
const MAX_JSON_BYTES = 50 * 1024 * 1024;
/** Where the project keeps photos: `images/` in the fixture layout, `exercises/` in the repo. */
const IMAGE_FOLDERS = ['images', 'exercises', '.'];

function isInside(root: string, file: string): boolean {
  return file.startsWith(root + path.sep);
}

/** Where a photo may be, or null when its path would lead out of the import folder. */
function photoCandidates(root: string, relative: string): string[] | null {
  if (path.isAbsolute(relative) || path.win32.isAbsolute(relative) || relative.includes('\0')) {
    return null;
  }
  const files = IMAGE_FOLDERS.map((dir) => path.resolve(root, dir, relative));
  return files.every((file) => isInside(root, file)) ? files : null;
}

/** Reads a photo unless it is missing, or 'outside' when a link leads out of the folder. */
async function readInside(realRoot: string, file: string): Promise<Buffer | 'outside' | null> {
  try {
    const real = await fs.realpath(file);
    if (!isInside(realRoot, real)) return 'outside';
    return await fs.readFile(real);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return null;
    throw error;
  }
}

export async function importFreeExerciseDb(
  ctx: CoreContext,
  folder: string,
): Promise<ImportReport> {
  const root = path.resolve(folder);
  const stat = await fs.stat(root).catch(() => null);
  if (!stat?.isDirectory()) {
    throw new AppError(
      'VALIDATION',
      `There is no folder at ${folder}. Choose the free-exercise-db folder.`,
      [{ path: ['folder'], message: 'Folder not found.' }],
    );
  }
  const jsonFile = path.join(root, 'exercises.json');
  const jsonStat = await fs.stat(jsonFile).catch(() => null);
  if (!jsonStat?.isFile()) {
    throw new AppError(
      'VALIDATION',
      `${folder} has no exercises.json. Choose the free-exercise-db folder that holds exercises.json and its images folder.`,
      [{ path: ['folder'], message: 'No exercises.json in this folder.' }],
    );
  }
  return runImportJob(
    ctx.db,
    (control) => importNow(ctx, root, jsonFile, jsonStat.size, control),
    () => fileError('exercises.json', 'You cancelled the import. Nothing was changed.'),
  );
}

async function importNow(
  ctx: CoreContext,
  root: string,
  jsonFile: string,
  size: number,
  control: ImportControl,
): Promise<ImportReport> {
  const source = 'exercises.json';
  control.progress('reading', 0, 0);
  if (size > MAX_JSON_BYTES) {
    return fileError(
      source,
      `exercises.json is ${formatMegabytes(size)}; the limit is ${formatMegabytes(MAX_JSON_BYTES)}.`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(await fs.readFile(jsonFile, 'utf8'));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fileError(source, `exercises.json is not valid JSON (${detail}).`);
  }
  if (!Array.isArray(raw))
    return fileError(source, 'exercises.json should hold a list of exercises.');

  control.progress('checking', 0, raw.length);
  const errors = new ImportErrors();
  const exercises: { exercise: Exercise; draft: LibraryItemDraft }[] = [];
  const seen = new Map<string, number>();
  raw.forEach((entry: unknown, index) => {
    const parsed = exerciseSchema.safeParse(entry);
    if (!parsed.success) {
      errors.addIssues(index, rawTitle(entry, 'name'), parsed.error.issues);
      return;
    }
    const exercise = parsed.data;
    const earlier = seen.get(exercise.id);
    if (earlier !== undefined) {
      errors.add({
        itemIndex: index,
        itemTitle: exercise.name,
        field: 'id',
        message: `Same id as exercise ${earlier + 1}.`,
      });
    }
    seen.set(exercise.id, index);
    exercise.images.forEach((image, j) => {
      if (photoCandidates(root, image) === null) {
        errors.add({
          itemIndex: index,
          itemTitle: exercise.name,
          field: `images[${j}]`,
          message: `The photo path "${image}" points outside the import folder.`,
        });
      }
    });
    const draft = mapExercise(exercise);
    const checked = libraryItemDraftSchema.safeParse(draft);
    if (!checked.success) errors.addIssues(index, exercise.name, checked.error.issues);
    exercises.push({ exercise, draft });
  });
  if (errors.count > 0) return failedReport(source, errors);

  const photos = await readPhotos(root, exercises, errors, control);
  if (errors.count > 0) return failedReport(source, errors);
  throwIfCancelled(control.signal);

  control.progress('saving', 0, exercises.length);
  const repo = libraryRepository(ctx.db);
  const planned = exercises.map(({ exercise, draft: base }, index): PlannedItem => {
    const draft = { ...base, images: (photos.byExercise.get(index) ?? []).map((p) => p.ref) };
    const hash = contentHash(draft);
    const local = repo.rowBySource(SOURCE_PREFIX + exercise.id);
    if (!local) {
      return {
        index,
        title: exercise.name,
        outcome: 'added',
        id: ctx.newId(),
        draft,
        copiedFromId: null,
        source: SOURCE_PREFIX + exercise.id,
        sourceHash: hash,
        needsReview: true,
      };
    }
    if (local.source_hash === hash) {
      return {
        index,
        title: exercise.name,
        outcome: 'skipped',
        reason: 'Already up to date.',
        id: local.id,
      };
    }
    if (contentHash(draftOf(repo.itemFromRow(local))) !== local.source_hash) {
      return {
        index,
        title: exercise.name,
        outcome: 'skipped',
        reason: 'Edited in Physioplan since the last import: your version is kept.',
        id: local.id,
      };
    }
    return {
      index,
      title: exercise.name,
      outcome: 'updated',
      id: local.id,
      draft,
      sourceHash: hash,
      needsReview: true,
    };
  });
  return applyImport(ctx, source, planned, photos.all);
}

/** One photo read: the image, a problem with it, or null when the file is not there. */
type PhotoResult = PreparedImage | { problem: string } | null;

interface Photos {
  byExercise: Map<number, PreparedImage[]>;
  all: Map<string, PreparedImage>;
}

/** Reads and checks the photos that are present (the project ships only some of them). */
async function readPhotos(
  root: string,
  exercises: readonly { exercise: Exercise }[],
  errors: ImportErrors,
  control: ImportControl,
): Promise<Photos> {
  const wanted = exercises.flatMap(({ exercise }, index) =>
    exercise.images.map((image, j) => ({ index, j, image, title: exercise.name })),
  );
  const realRoot = await fs.realpath(root);
  // Photos are read four at a time; problems are kept per photo and reported afterwards in
  // the file's order, so the same folder always gives the same report.
  const found = await mapConcurrent(wanted, 4, async (photo, n): Promise<PhotoResult> => {
    throwIfCancelled(control.signal);
    if (n % 50 === 0) control.progress('photos', n, wanted.length);
    for (const file of photoCandidates(root, photo.image) ?? []) {
      const bytes = await readInside(realRoot, file);
      if (bytes === null) continue;
      if (bytes === 'outside') {
        return { problem: `The photo "${photo.image}" links to a file outside the import folder.` };
      }
      try {
        return await acceptImportedImage(bytes, `The photo ${path.relative(root, file)}`);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        return { problem: error.message };
      }
    }
    return null;
  });
  const photos: Photos = { byExercise: new Map(), all: new Map() };
  wanted.forEach((photo, n) => {
    const prepared = found[n];
    if (!prepared) return;
    if ('problem' in prepared) {
      errors.add({
        itemIndex: photo.index,
        itemTitle: photo.title,
        field: fieldName(['images', photo.j]),
        message: prepared.problem,
      });
      return;
    }
    const list = photos.byExercise.get(photo.index) ?? [];
    if (!list.some((p) => p.ref.sha256 === prepared.ref.sha256)) list.push(prepared);
    photos.byExercise.set(photo.index, list);
    photos.all.set(prepared.ref.sha256, prepared);
  });
  control.progress('photos', wanted.length, wanted.length);
  return photos;
}
